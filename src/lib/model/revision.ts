import type { DefinedRecord } from './defined-record';
import type { Program, RecordsByProgram } from './records';

/**
 * A change to one stored record (issue 11 §3): field entry writes one in the same transaction as
 * the record's page, so the pages hold the current state and the revisions how it got there.
 */
export type RevisionKind = 'create' | 'update' | 'delete' | 'restore' | 'undo';

/** Any stored record, built-in or a defined programme's: what a page holds. */
export interface StoredRecord {
  id: string;
  batchId: string;
  /** Absent = 1: every change increments it (the server sync of issue 12 compares it). */
  rev?: number;
  [field: string]: unknown;
}

/**
 * What a form may hand storage as a record: a typed record of a programme (an interface has no
 * index signature, so it is not a `StoredRecord` to TypeScript) or any stored record.
 */
export type RecordInput = StoredRecord | RecordsByProgram[Program] | DefinedRecord;

export interface Revision {
  /** `rev-…` */
  id: string;
  recordId: string;
  /** `bank_sampah` | `prodamas` | `home_care` | a defined programme's id (never population). */
  target: string;
  /**
   * ISO 8601. Strictly later than every earlier group's (storage moves it on by a millisecond
   * when two groups fall in one), so that `at` alone orders the history.
   */
  at: string;
  /** Who: the device's name now, a signed-in user once accounts exist. */
  by: string;
  kind: RevisionKind;
  /** Null when the record was absent before: a create, an undelete (restore or undo of a delete). */
  before: StoredRecord | null;
  /** Null when the change left the record absent (a delete: the revision IS the tombstone). */
  after: StoredRecord | null;
  /** The record's `rev` after this change (a delete counts too, so sync sees it as newer). */
  rev: number;
  /** One user action: a bulk edit of 12 records is 12 revisions of one group. */
  groupId: string;
  /** Set on the revisions of a group that was undone: the undo group's id. */
  undoneBy?: string;
}
