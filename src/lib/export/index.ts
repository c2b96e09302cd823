export { recordsToCsv, csvCell } from './csv';
export { recordsToGeoJson, recordsToGeoJsonText } from './geojson';
export { BackupFormatError, parseBackup, serializeBackup, type Backup } from './backup';
export type { RecordsByTarget } from './types';
