/**
 * What the sync state asks of storage, as one module it imports dynamically: an app never
 * connected to a server loads none of it beyond reading the one `syncMeta` row.
 */
export { openDb } from './db';
export { connectServer, disconnectServer, getSyncMeta, syncStatus } from './sync-meta';
export { DexieSyncStore, SyncDisconnectedError } from './sync-store';
export { dismissRejected, keepMine, keepTheirs } from './sync-resolve';
export { uploadLocalRecords } from './sync-upload';
export { runSync } from '../sync/engine';
export { HttpSyncApi, checkServerUrl } from '../browser/sync-http';
