/**
 * The three kecamatan of Kota Kediri (code `35.71`), per Kepmendagri No 300.2.2-2138 Tahun 2025.
 * The kelurahan dump carries no kecamatan names, so they are listed here by hand.
 */
export const KECAMATAN: Readonly<Record<string, string>> = {
  '35.71.01': 'Mojoroto',
  '35.71.02': 'Kota',
  '35.71.03': 'Pesantren',
};

export const KOTA = { kode: '35.71', nama: 'Kota Kediri' } as const;

/** Kecamatan code `35.71.KK` of a kelurahan code `35.71.KK.1NNN`. */
export function kodeKecOf(kodeKel: string): string {
  const m = /^(35\.71\.\d{2})\.\d{4}$/.exec(kodeKel);
  if (!m || !(m[1] in KECAMATAN)) throw new Error(`not a Kota Kediri kelurahan code: ${kodeKel}`);
  return m[1];
}
