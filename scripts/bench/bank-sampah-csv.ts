import type { KelurahanCollection } from '../../src/lib/model/kelurahan';

/**
 * A deterministic bank sampah CSV of `rows` rows in the shape people keep: Indonesian headers,
 * `;` separator, decimal commas, every row near a kelurahan's label point (so all are accepted).
 */
export function bankSampahCsv(fc: KelurahanCollection, rows: number, seed = 7): string {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lines = ['nama;kelurahan;rt;rw;alamat;lintang;bujur;jenis;status;nasabah;kg/bulan'];
  for (let i = 0; i < rows; i++) {
    const f = fc.features[i % fc.features.length].properties;
    // ±0.0004° (~45 m) around the label point keeps the point inside its kelurahan.
    const lat = f.label[1] + (rand() - 0.5) * 0.0008;
    const lng = f.label[0] + (rand() - 0.5) * 0.0008;
    const fmt = (v: number) => v.toFixed(6).replace('.', ',');
    lines.push(
      [
        `Bank Sampah Uji ${i + 1}`,
        f.nama,
        1 + (i % 12),
        1 + (i % 7),
        `Jl. Uji ${i + 1}`,
        fmt(lat),
        fmt(lng),
        'unit',
        i % 2 ? 'aktif' : 'tidak aktif',
        20 + (i % 80),
        `${10 + (i % 90)},5`,
      ].join(';'),
    );
  }
  return lines.join('\n');
}
