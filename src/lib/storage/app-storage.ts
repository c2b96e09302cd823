/**
 * What the page's main thread asks of storage, as one module the records state imports
 * dynamically: Dexie and the repositories are a chunk of their own, fetched once the first map
 * is drawn (records load after it), not code the first picture waits for.
 */
export { openDb } from './db';
export { readAllInChunks, readDefined } from './records-read';
export { listBatches, undoBatch } from './batches-repo';
export { listPopulation } from './population-repo';
export {
  clearDemo,
  fetchDemoManifest,
  getDemoState,
  httpDemoSource,
  loadDemoIfFirstStart,
  restoreDemo,
} from './demo-repo';
export { exportBackupJson, restoreBackupJson } from './backup-repo';
export { requestPersistentStorage } from './persist';
export { listCustomPrograms, saveCustomProgram } from './programs-repo';
export { deleteCustomProgram } from './programs-delete';
export { addFieldRecord, deleteFieldRecords, updateFieldRecords } from './edits-repo';
export { lastUndoable, restoreRevision, undoLastChange } from './edits-undo';
export { listTombstones, recordHistory } from './revisions-repo';
export { EditRefusedError } from './edit-context';
export {
  checkDeviceName,
  clearFormDraft,
  DEVICE_NAME_MAX,
  DeviceNameError,
  getDeviceName,
  loadFormDraft,
  saveFormDraft,
  setDeviceName,
} from './device-repo';
export { deleteScenario, listScenarios, saveScenario } from './scenarios-repo';
