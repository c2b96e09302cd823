import type { BatchTarget, Provenance } from '../model/records';
import type { RecordsByTarget } from './types';

/** How a column's value is written: text gets the formula guard, numbers never need it. */
type ColumnKind = 'text' | 'number' | 'boolean';

export interface ExportColumn<T> {
  /** Header; chosen so the import's column detection reads the file back. */
  header: string;
  kind: ColumnKind;
  get: (r: T) => string | number | boolean | null | undefined;
  /** Home Care home location: written only when asked for. */
  sensitive?: boolean;
}

const PROVENANCE: ExportColumn<Provenance>[] = [
  { header: 'batch_id', kind: 'text', get: (r) => r.batchId },
  { header: 'source_file', kind: 'text', get: (r) => r.sourceFile },
  { header: 'source_row', kind: 'number', get: (r) => r.sourceRow },
  { header: 'created_at', kind: 'text', get: (r) => r.createdAt },
  { header: 'updated_at', kind: 'text', get: (r) => r.updatedAt },
];

type Columns = { [T in BatchTarget]: ExportColumn<RecordsByTarget[T]>[] };

/**
 * Export columns per target in their stable order. `kelurahan` (the name) is filled from the
 * gazetteer by the serializer; it sits right after `kode`.
 */
export const EXPORT_COLUMNS: Columns = {
  bank_sampah: [
    { header: 'id', kind: 'text', get: (r) => r.id },
    { header: 'nama', kind: 'text', get: (r) => r.name },
    { header: 'kode', kind: 'text', get: (r) => r.kode },
    { header: 'rw', kind: 'number', get: (r) => r.rw },
    { header: 'rt', kind: 'number', get: (r) => r.rt },
    { header: 'alamat', kind: 'text', get: (r) => r.address },
    { header: 'lat', kind: 'number', get: (r) => r.lat },
    { header: 'lng', kind: 'number', get: (r) => r.lng },
    // The file's own word for a new category, so a re-import gives the same category back.
    { header: 'jenis', kind: 'text', get: (r) => r.newType ?? r.type },
    { header: 'status', kind: 'text', get: (r) => r.status },
    { header: 'tanggal_berdiri', kind: 'text', get: (r) => r.established },
    { header: 'jumlah_nasabah', kind: 'number', get: (r) => r.members },
    { header: 'kg_per_bulan', kind: 'number', get: (r) => r.kgPerMonth },
    ...PROVENANCE,
  ],
  prodamas: [
    { header: 'id', kind: 'text', get: (r) => r.id },
    { header: 'tahun', kind: 'number', get: (r) => r.year },
    { header: 'kode', kind: 'text', get: (r) => r.kode },
    { header: 'rw', kind: 'number', get: (r) => r.rw },
    { header: 'rt', kind: 'number', get: (r) => r.rt },
    { header: 'bidang', kind: 'text', get: (r) => r.category },
    { header: 'kegiatan', kind: 'text', get: (r) => r.title },
    { header: 'anggaran_rp', kind: 'number', get: (r) => r.budgetRp },
    { header: 'progres', kind: 'number', get: (r) => r.progress },
    { header: 'lat', kind: 'number', get: (r) => r.lat },
    { header: 'lng', kind: 'number', get: (r) => r.lng },
    ...PROVENANCE,
  ],
  home_care: [
    { header: 'id', kind: 'text', get: (r) => r.id },
    { header: 'tanggal', kind: 'text', get: (r) => r.date },
    { header: 'id_pasien', kind: 'text', get: (r) => r.patientId },
    { header: 'kode', kind: 'text', get: (r) => r.kode },
    { header: 'rw', kind: 'number', get: (r) => r.rw },
    { header: 'rt', kind: 'number', get: (r) => r.rt },
    { header: 'lat', kind: 'number', get: (r) => r.lat, sensitive: true },
    { header: 'lng', kind: 'number', get: (r) => r.lng, sensitive: true },
    { header: 'layanan', kind: 'text', get: (r) => r.service },
    { header: 'kelompok_pasien', kind: 'text', get: (r) => r.newGroup ?? r.group },
    ...PROVENANCE,
  ],
  population: [
    { header: 'id', kind: 'text', get: (r) => r.id },
    { header: 'tahun', kind: 'number', get: (r) => r.year },
    { header: 'kode', kind: 'text', get: (r) => r.kode },
    { header: 'jumlah_penduduk', kind: 'number', get: (r) => r.total },
    { header: 'jumlah_lansia', kind: 'number', get: (r) => r.elderly },
    { header: 'sumber', kind: 'text', get: (r) => r.source },
    { header: 'estimasi', kind: 'boolean', get: (r) => r.isEstimate },
    { header: 'jumlah_rt', kind: 'number', get: (r) => r.rtCount },
    { header: 'jumlah_rw', kind: 'number', get: (r) => r.rwCount },
    ...PROVENANCE,
  ],
};
