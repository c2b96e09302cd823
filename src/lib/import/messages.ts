import type { MessageCode } from './message-codes';
import { ENTRY_MESSAGES } from './messages-entry';
import { REAL_FILE_MESSAGES } from './messages-real-files';
import type { FieldName, ImportMessage } from './types';

export type Locale = 'id' | 'en';

/**
 * Every import message code with its text, Indonesian first. `{name}` is replaced by the message
 * parameter of that name; `{field}` by the field's label in the same language.
 */
const CORE_MESSAGES = {
  // File level
  file_empty: { id: 'File kosong.', en: 'The file is empty.' },
  file_too_large: {
    id: 'File terlalu besar ({sizeMb} MB); batasnya {limitMb} MB. Pecah file menjadi beberapa bagian.',
    en: 'The file is too large ({sizeMb} MB); the limit is {limitMb} MB. Split it into parts.',
  },
  too_many_rows: {
    id: 'Terlalu banyak baris ({rows}); batasnya {limit}.',
    en: 'Too many rows ({rows}); the limit is {limit}.',
  },
  file_binary: {
    id: 'Isi file bukan teks, XLSX atau GeoJSON (data biner).',
    en: 'The file is not text, XLSX or GeoJSON (binary data).',
  },
  file_unsupported: {
    id: 'Jenis file tidak didukung ({kind}). Gunakan CSV, XLSX atau GeoJSON.',
    en: 'Unsupported file type ({kind}). Use CSV, XLSX or GeoJSON.',
  },
  xls_legacy: {
    id: 'Format Excel lama (.xls) tidak didukung; simpan ulang sebagai .xlsx atau CSV.',
    en: 'The old Excel format (.xls) is not supported; save it again as .xlsx or CSV.',
  },
  extension_mismatch: {
    id: 'Nama file berakhiran .{ext}, tetapi isinya {format}; dibaca sebagai {format}.',
    en: 'The file name ends in .{ext} but the content is {format}; read as {format}.',
  },
  encoding_fallback: {
    id: 'File bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf khusus.',
    en: 'The file is not UTF-8; read as Windows-1252. Check special characters.',
  },
  csv_broken_quotes: {
    id: 'Tanda kutip tidak tertutup mulai baris {row}; batas baris tidak dapat dipercaya, file ditolak.',
    en: 'Unclosed quote from row {row}; row boundaries cannot be trusted, so the file is rejected.',
  },
  xlsx_unreadable: {
    id: 'File XLSX tidak dapat dibaca ({detail}).',
    en: 'The XLSX file cannot be read ({detail}).',
  },
  geojson_invalid: {
    id: 'GeoJSON tidak valid: {detail}.',
    en: 'Invalid GeoJSON: {detail}.',
  },
  no_data_rows: { id: 'Tidak ada baris data.', en: 'There are no data rows.' },
  program_unknown: {
    id: 'Program tidak dapat dikenali dari nama kolom; pilih program secara manual.',
    en: 'The programme cannot be recognised from the column names; choose it manually.',
  },
  program_detected: {
    id: 'Program dikenali dari nama kolom: {program}.',
    en: 'Programme recognised from the column names: {program}.',
  },
  missing_columns: {
    id: 'Kolom wajib tidak ditemukan: {fields}.',
    en: 'Required columns not found: {fields}.',
  },
  mapping_unknown_column: {
    id: 'Pemetaan kolom menyebut kolom "{column}" yang tidak ada di file.',
    en: 'The column mapping names a column "{column}" that is not in the file.',
  },
  column_defaulted: {
    id: 'Kolom {field} tidak ada; semua baris diisi "{value}".',
    en: 'No {field} column; every row is set to "{value}".',
  },
  personal_columns: {
    id: 'Kolom berisi data pribadi diabaikan dan tidak disimpan: {columns}. Sebaiknya hapus dari file.',
    en: 'Columns holding personal data are ignored and not stored: {columns}. Better remove them from the file.',
  },
  unknown_columns: {
    id: 'Kolom tidak dikenal, diabaikan: {columns}.',
    en: 'Unknown columns, ignored: {columns}.',
  },
  all_rows_invalid: {
    id: 'Semua baris ditolak; tidak ada yang dapat disimpan.',
    en: 'Every row was rejected; nothing can be saved.',
  },
  // Row level
  field_count: {
    id: 'Jumlah kolom {found}, seharusnya {expected}.',
    en: '{found} columns, expected {expected}.',
  },
  csv_bad_quotes: {
    id: 'Tanda kutip rusak di baris ini.',
    en: 'Malformed quotes in this row.',
  },
  required: { id: '{field} kosong.', en: '{field} is empty.' },
  number_invalid: {
    id: '{field}: "{value}" bukan angka.',
    en: '{field}: "{value}" is not a number.',
  },
  integer_invalid: {
    id: '{field}: "{value}" bukan bilangan bulat.',
    en: '{field}: "{value}" is not a whole number.',
  },
  out_of_range: {
    id: '{field}: {value} di luar rentang {min}–{max}.',
    en: '{field}: {value} is outside {min}–{max}.',
  },
  date_invalid: {
    id: '{field}: "{value}" bukan tanggal yang valid.',
    en: '{field}: "{value}" is not a valid date.',
  },
  date_us_order: {
    id: '{field}: "{value}" dibaca sebagai bulan/hari (urutan AS): {date}.',
    en: '{field}: "{value}" read as month/day (US order): {date}.',
  },
  date_future: {
    id: '{field} {value} ada di masa depan.',
    en: '{field} {value} is in the future.',
  },
  date_year_only: {
    id: '{field}: hanya tahun ({value}); disimpan sebagai {date}.',
    en: '{field}: year only ({value}); stored as {date}.',
  },
  enum_invalid: {
    id: '{field}: "{value}" tidak dikenal (pilihan: {allowed}).',
    en: '{field}: "{value}" is not recognised (choices: {allowed}).',
  },
  default_used: {
    id: '{field} kosong; diisi "{value}".',
    en: '{field} is empty; set to "{value}".',
  },
  coordinate_invalid: {
    id: '{field}: "{value}" bukan koordinat.',
    en: '{field}: "{value}" is not a coordinate.',
  },
  partial_location: {
    id: 'Hanya satu dari lintang/bujur terisi; lokasi diabaikan.',
    en: 'Only one of latitude/longitude is given; location ignored.',
  },
  zero_location: {
    id: 'Koordinat 0,0 dianggap kosong.',
    en: 'Coordinates 0,0 treated as empty.',
  },
  swapped_latlng: {
    id: 'Lintang dan bujur tertukar; diperbaiki menjadi lintang {lat}, bujur {lng}.',
    en: 'Latitude and longitude were swapped; fixed to latitude {lat}, longitude {lng}.',
  },
  lat_sign_fixed: {
    id: 'Lintang tanpa tanda minus (Kediri di selatan khatulistiwa); diperbaiki menjadi {lat}.',
    en: 'Latitude lacked its minus sign (Kediri is south of the equator); fixed to {lat}.',
  },
  outside_city: {
    id: 'Titik ({lat}, {lng}) di luar Kota Kediri.',
    en: 'Point ({lat}, {lng}) is outside Kota Kediri.',
  },
  kelurahan_unknown: {
    id: 'Kelurahan "{value}" tidak dikenal.',
    en: 'Unknown kelurahan "{value}".',
  },
  kelurahan_fuzzy: {
    id: 'Kelurahan "{value}" dibaca sebagai {nama}.',
    en: 'Kelurahan "{value}" read as {nama}.',
  },
  kelurahan_ambiguous: {
    id: 'Kelurahan "{value}" bisa berarti: {candidates}.',
    en: 'Kelurahan "{value}" could be: {candidates}.',
  },
  kode_name_mismatch: {
    id: 'Kode {kode} ({nama}) tidak cocok dengan nama "{value}"; kode yang dipakai.',
    en: 'Code {kode} ({nama}) does not match the name "{value}"; the code is used.',
  },
  kecamatan_mismatch: {
    id: 'Kecamatan "{value}" tidak cocok; {nama} ada di Kecamatan {nama_kec}.',
    en: 'Kecamatan "{value}" does not match; {nama} is in Kecamatan {nama_kec}.',
  },
  kelurahan_mismatch: {
    id: 'Titik berada di {located}, bukan di {stated} seperti tertulis; kelurahan tertulis yang dipakai.',
    en: 'The point lies in {located}, not in {stated} as stated; the stated kelurahan is used.',
  },
  kelurahan_from_location: {
    id: 'Kelurahan diambil dari lokasi: {nama}.',
    en: 'Kelurahan taken from the location: {nama}.',
  },
  no_kelurahan: {
    id: 'Tidak ada kelurahan maupun lokasi di Kota Kediri.',
    en: 'Neither a kelurahan nor a location inside Kota Kediri.',
  },
  duplicate: {
    id: 'Kemungkinan duplikat dari baris {row}.',
    en: 'Likely duplicate of row {row}.',
  },
  duplicate_existing: {
    id: 'Kemungkinan duplikat dari data yang sudah tersimpan.',
    en: 'Likely duplicate of a record already stored.',
  },
  duplicate_population: {
    id: 'Penduduk kelurahan ini untuk tahun ini sudah ada di baris {row}.',
    en: 'Population for this kelurahan and year is already in row {row}.',
  },
  patient_id_nik: {
    id: 'ID pasien tampak seperti NIK; gunakan ID samaran, bukan NIK.',
    en: 'The patient id looks like an NIK; use a pseudonymous id, not the NIK.',
  },
  text_too_long: {
    id: '{field} terlalu panjang ({length} karakter; maksimum {max}).',
    en: '{field} is too long ({length} characters; at most {max}).',
  },
  markup_text: {
    id: '{field} berisi teks mirip HTML/skrip; disimpan apa adanya sebagai teks biasa.',
    en: '{field} holds HTML/script-like text; it is stored verbatim as plain text.',
  },
  progress_invalid: {
    id: 'Progres "{value}" harus 0, 50 atau 100 %.',
    en: 'Progress "{value}" must be 0, 50 or 100 %.',
  },
  elderly_exceeds_total: {
    id: 'Jumlah lansia ({elderly}) melebihi jumlah penduduk ({total}).',
    en: 'Elderly ({elderly}) exceeds the total population ({total}).',
  },
  geometry_not_point: {
    id: 'Geometri {type} bukan titik; lokasi diabaikan.',
    en: 'Geometry {type} is not a point; location ignored.',
  },
} as const;

/**
 * Every code's text: the first set, the codes for real offices' files (issue 10) and those of
 * field entry (issue 11).
 */
export const MESSAGES = {
  ...CORE_MESSAGES,
  ...REAL_FILE_MESSAGES,
  ...ENTRY_MESSAGES,
} as const satisfies Record<MessageCode, Record<Locale, string>>;

/** Field labels for messages, Indonesian first. */
export const FIELD_LABELS: Record<FieldName, Record<Locale, string>> = {
  kode: { id: 'Kode wilayah', en: 'Area code' },
  kelurahan: { id: 'Kelurahan', en: 'Kelurahan' },
  kecamatan: { id: 'Kecamatan', en: 'Kecamatan' },
  rw: { id: 'RW', en: 'RW' },
  rt: { id: 'RT', en: 'RT' },
  rtrw: { id: 'RT/RW', en: 'RT/RW' },
  lat: { id: 'Lintang', en: 'Latitude' },
  lng: { id: 'Bujur', en: 'Longitude' },
  coords: { id: 'Koordinat', en: 'Coordinates' },
  name: { id: 'Nama', en: 'Name' },
  address: { id: 'Alamat', en: 'Address' },
  type: { id: 'Jenis', en: 'Type' },
  status: { id: 'Status', en: 'Status' },
  established: { id: 'Tanggal berdiri', en: 'Established' },
  members: { id: 'Jumlah nasabah', en: 'Members' },
  kgPerMonth: { id: 'Sampah (kg/bulan)', en: 'Waste (kg/month)' },
  year: { id: 'Tahun', en: 'Year' },
  category: { id: 'Bidang', en: 'Category' },
  title: { id: 'Judul kegiatan', en: 'Title' },
  budgetRp: { id: 'Anggaran (Rp)', en: 'Budget (Rp)' },
  progress: { id: 'Progres', en: 'Progress' },
  date: { id: 'Tanggal', en: 'Date' },
  patientId: { id: 'ID pasien', en: 'Patient id' },
  personName: { id: 'Nama (hanya untuk ID samaran)', en: 'Name (for the pseudonym only)' },
  birthDate: {
    id: 'Tanggal lahir (hanya untuk ID samaran)',
    en: 'Birth date (for the pseudonym only)',
  },
  service: { id: 'Layanan', en: 'Service' },
  group: { id: 'Kelompok pasien', en: 'Patient group' },
  total: { id: 'Jumlah penduduk', en: 'Population' },
  elderly: { id: 'Jumlah lansia', en: 'Elderly' },
  source: { id: 'Sumber', en: 'Source' },
  rtCount: { id: 'Jumlah RT', en: 'RT count' },
  rwCount: { id: 'Jumlah RW', en: 'RW count' },
};

/**
 * The message in one language, parameters filled in: `texts` (worded per language) first, then
 * the field label, then `params`.
 */
export function formatMessage(msg: ImportMessage, locale: Locale = 'id'): string {
  const template: string = MESSAGES[msg.code][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const worded = msg.texts?.[name];
    if (worded !== undefined) return worded[locale];
    if (name === 'field' && msg.field !== undefined) return FIELD_LABELS[msg.field][locale];
    const value = msg.params?.[name];
    if (value === undefined) return whole;
    if (name === 'fields' && typeof value === 'string')
      return value
        .split(',')
        .map((f) => (f in FIELD_LABELS ? FIELD_LABELS[f as FieldName][locale] : f))
        .join(', ');
    return String(value);
  });
}
