/**
 * Texts of the codes added for files from real offices (issue 10 §6): projected coordinates,
 * lost decimal points, BPS codes, files about another city, pseudonyms, new categories, and the
 * fields of defined programmes.
 * Indonesian first; `{name}` placeholders as in `messages.ts`.
 */
export const REAL_FILE_MESSAGES = {
  // File level
  crs_reprojected: {
    id: 'Koordinat dalam {crs} (meter) diubah ke lintang/bujur WGS84.',
    en: 'Coordinates in {crs} (metres) converted to WGS84 latitude/longitude.',
  },
  crs_unsupported: {
    id: 'Sistem koordinat "{crs}" tidak didukung. Gunakan WGS84 (EPSG:4326), UTM zona Indonesia (EPSG:32646–32654, 32746–32754) atau DGN95 (EPSG:23830–23845).',
    en: 'Coordinate system "{crs}" is not supported. Use WGS84 (EPSG:4326), an Indonesian UTM zone (EPSG:32646–32654, 32746–32754) or DGN95 (EPSG:23830–23845).',
  },
  utm_zone_guessed: {
    id: 'Koordinat dalam meter tanpa keterangan sistem koordinat; dibaca sebagai {crs}, satu-satunya zona UTM atau TM-3 Indonesia yang menempatkannya di Kota Kediri. Periksa hasilnya di peta.',
    en: 'Coordinates in metres with no coordinate system named; read as {crs}, the only Indonesian UTM or TM-3 zone that places them in Kota Kediri. Check the result on the map.',
  },
  projected_not_in_city: {
    id: 'Koordinat tampak dalam meter, tetapi tidak ada zona UTM Indonesia (46–54, utara dan selatan) maupun TM-3 DGN95 yang menempatkannya di Kota Kediri. Sebutkan sistem koordinatnya atau gunakan lintang/bujur.',
    en: 'The coordinates look like metres, but no Indonesian UTM zone (46–54, north and south) or DGN95 TM-3 zone places them in Kota Kediri. Name the coordinate system or use latitude/longitude.',
  },
  file_other_region: {
    id: 'File ini tentang wilayah lain: semua kode wilayahnya dari {regions}, bukan Kota Kediri (35.71). Tidak ada yang disimpan.',
    en: 'This file is about another area: all its area codes are from {regions}, not Kota Kediri (35.71). Nothing is saved.',
  },
  file_other_kecamatan: {
    id: 'File ini tentang wilayah lain: kecamatan {values} tidak ada di Kota Kediri (Mojoroto, Kota, Pesantren). Tidak ada yang disimpan.',
    en: 'This file is about another area: kecamatan {values} are not in Kota Kediri (Mojoroto, Kota, Pesantren). Nothing is saved.',
  },
  file_outside_city: {
    id: 'File ini tentang wilayah lain: tidak satu pun dari {points} titiknya berada di Kota Kediri dan tidak ada kelurahan Kota Kediri yang disebut. Tidak ada yang disimpan.',
    en: 'This file is about another area: none of its {points} points lies in Kota Kediri and no Kota Kediri kelurahan is named. Nothing is saved.',
  },
  pseudonym_derived: {
    id: 'Tidak ada kolom ID pasien: ID samaran dibuat dari {columns} dengan kunci rahasia di perangkat ini. Nama dan tanggal lahir tidak disimpan.',
    en: 'No patient id column: a pseudonymous id is derived from {columns} with a secret key kept on this device. Names and birth dates are not stored.',
  },
  // Row level
  category_new: {
    id: '{field}: "{value}" bukan kategori yang dikenal; disimpan sebagai kategori baru (dikelompokkan sebagai "lainnya") sampai digabung ke kategori yang ada.',
    en: '{field}: "{value}" is not a known category; kept as a new category (grouped as "other") until merged into a known one.',
  },
  decimal_point_fixed: {
    id: '{field}: "{value}" kehilangan tanda desimal; dibaca sebagai {fixed}.',
    en: '{field}: "{value}" lost its decimal point; read as {fixed}.',
  },
  decimal_point_none: {
    id: 'Koordinat "{value}" tampak kehilangan tanda desimal, tetapi tidak ada posisi desimal yang menempatkannya di Kota Kediri; lokasi diabaikan.',
    en: 'Coordinates "{value}" look as if they lost their decimal point, but no position of it places them in Kota Kediri; location ignored.',
  },
  decimal_point_ambiguous: {
    id: 'Koordinat "{value}" kehilangan tanda desimal dan bisa dibaca sebagai {candidates}; lokasi diabaikan.',
    en: 'Coordinates "{value}" lost their decimal point and could be read as {candidates}; location ignored.',
  },
  kode_bps_converted: {
    id: 'Kode desa BPS {value} dibaca sebagai kode Kemendagri {kode} ({nama}).',
    en: 'BPS village code {value} read as Kemendagri code {kode} ({nama}).',
  },
  kode_bps_unknown: {
    id: 'Kode {value} berbentuk kode desa BPS, tetapi tidak ada di daftar BPS Kota Kediri. Tulis kode Kemendagri (35.71.0x.1xxx) atau nama kelurahan.',
    en: 'Code {value} has the shape of a BPS village code but is not in the BPS list for Kota Kediri. Give the Kemendagri code (35.71.0x.1xxx) or the kelurahan name.',
  },
  kode_other_region: {
    id: 'Kode {value} milik wilayah lain ({region}), bukan Kota Kediri (35.71).',
    en: 'Code {value} belongs to another area ({region}), not Kota Kediri (35.71).',
  },
  // A defined programme's optional category without an "other" value to group it under.
  category_new_kept: {
    id: '{field}: "{value}" bukan kategori yang dikenal; disimpan sebagai kategori baru sampai digabung ke kategori yang ada.',
    en: '{field}: "{value}" is not a known category; kept as a new category until merged into a known one.',
  },
  person_id_nik: {
    id: '{field} tampak seperti NIK; gunakan ID samaran, bukan NIK.',
    en: '{field} looks like an NIK; use a pseudonymous id, not the NIK.',
  },
  rtrw_from_address: {
    id: 'RT {rt} / RW {rw} diambil dari alamat.',
    en: 'RT {rt} / RW {rw} taken from the address.',
  },
} as const;
