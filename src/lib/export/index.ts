export { recordsToCsv, csvCell, type CsvExportOptions } from './csv';
export { recordsToGeoJson, recordsToGeoJsonText, type GeoJsonExportOptions } from './geojson';
export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupFormatError,
  parseBackup,
  serializeBackup,
  type Backup,
  type BackupTables,
} from './backup';
export { EXPORT_COLUMNS } from './columns';
export type { HomeCareLocation, KelurahanNames, RecordsByTarget } from './types';
