/** Field entry (issue 11): the form of a programme, checked by the import's rules. Pure. */
export {
  builtInProgram,
  entryFields,
  entryNotes,
  entryText,
  leftOutFields,
  newEntryValues,
  type EntryField,
  type EntryInput,
} from './entry-form';
export {
  checkEntry,
  GPS_ACCURACY_LIMIT_M,
  type EntryContext,
  type EntryPlace,
  type EntryRecord,
  type EntryResult,
} from './entry-check';
export { plainNumber, recordToEntry, type EntryRecordLike } from './entry-record';
