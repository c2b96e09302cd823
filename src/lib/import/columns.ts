import { SYNONYMS, type FieldSynonyms } from './column-synonyms';
import type { ColumnMapping, FieldName, ImportTarget } from './types';
import { normaliseWords } from './values';

/**
 * Header key: CamelCase split into words, then `normaliseWords` with underscores
 * ("Jumlah Nasabah (orang)" → "jumlah_nasabah_orang", "NamaBankSampah" → "nama_bank_sampah",
 * "IDPasien" → "id_pasien"). All-capital headers ("NAMOBJ") stay one word.
 */
export function headerKey(header: string): string {
  const split = header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return normaliseWords(split).replace(/ /g, '_');
}

/** Fields shared by every target: where a row is. */
export const COMMON_FIELDS: FieldName[] = [
  'kode',
  'kelurahan',
  'kecamatan',
  'rw',
  'rt',
  'rtrw',
  'lat',
  'lng',
  'coords',
];

/** Fields each target reads, in report order. */
export const TARGET_FIELDS: Record<ImportTarget, FieldName[]> = {
  bank_sampah: [
    ...COMMON_FIELDS,
    'name',
    'address',
    'type',
    'status',
    'established',
    'members',
    'kgPerMonth',
  ],
  // Prodamas reads an address only for the RT/RW written in it ("RT 02 RW 05 Kel. Pojok").
  prodamas: [...COMMON_FIELDS, 'year', 'category', 'title', 'budgetRp', 'progress', 'address'],
  // personName and birthDate are read only to derive a pseudonymous id when there is no id column.
  home_care: [...COMMON_FIELDS, 'date', 'patientId', 'service', 'group', 'personName', 'birthDate'],
  population: [
    'kode',
    'kelurahan',
    'kecamatan',
    'year',
    'total',
    'elderly',
    'source',
    'rtCount',
    'rwCount',
  ],
};

/** Fields that point to one target when detecting the programme from headers. */
const SIGNATURE: Record<ImportTarget, FieldName[]> = {
  bank_sampah: ['name', 'type', 'status', 'established', 'members', 'kgPerMonth'],
  prodamas: ['category', 'title', 'budgetRp', 'progress'],
  home_care: ['date', 'patientId', 'service', 'group'],
  population: ['total', 'elderly', 'rtCount', 'rwCount'],
};

/** Whether a header key matches a field by its words (after no exact synonym matched). */
function matchesWords(key: string, syn: FieldSynonyms): boolean {
  const words = key.split('_');
  const wrapped = `_${key}_`;
  const has = (w: string) => wrapped.includes(`_${w}_`);
  if ((syn.not ?? []).some(has)) return false;
  return (
    (syn.contains ?? []).some(has) ||
    (syn.first ?? []).includes(words[0]) ||
    (syn.last ?? []).includes(words[words.length - 1])
  );
}

/**
 * Gives each slot (a field) one column: exact synonyms first for every slot, then word rules slot
 * by slot in the order given, so earlier slots (place columns) are claimed first. Columns in
 * `taken` are left alone. Returns slot → header.
 */
export function claimColumns<K extends string>(
  headers: readonly string[],
  slots: readonly (readonly [slot: K, syn: FieldSynonyms])[],
  taken: ReadonlySet<string> = new Set(),
): Partial<Record<K, string>> {
  const keys = headers.map(headerKey);
  const used = new Set<number>(headers.flatMap((h, i) => (taken.has(h) ? [i] : [])));
  const mapping: Partial<Record<K, string>> = {};
  const claim = (slot: K, test: (key: string) => boolean) => {
    const i = keys.findIndex((k, idx) => !used.has(idx) && test(k));
    if (i >= 0) {
      mapping[slot] = headers[i];
      used.add(i);
    }
  };
  for (const [slot, syn] of slots) claim(slot, (k) => syn.exact.includes(k));
  for (const [slot, syn] of slots)
    if (mapping[slot] === undefined) claim(slot, (k) => matchesWords(k, syn));
  return mapping;
}

/**
 * Maps headers to fields for one target: exact synonyms first (for every field), then word
 * rules field by field in `TARGET_FIELDS` order, so a place column is claimed before a name.
 */
export function detectMapping(headers: readonly string[], target: ImportTarget): ColumnMapping {
  const mapping: ColumnMapping = claimColumns(
    headers,
    TARGET_FIELDS[target].map((f) => [f, SYNONYMS[f]] as const),
  );
  // A file with its own patient id never needs the name or birth date: leave them unread, so
  // they are reported as personal columns.
  if (mapping.patientId !== undefined) {
    delete mapping.personName;
    delete mapping.birthDate;
  }
  return mapping;
}

/**
 * The target whose signature fields the headers match best, or null when none or a tie. Population
 * needs its own signature; programmes also win ties against it.
 */
export function detectTarget(headers: readonly string[]): ImportTarget | null {
  let best: ImportTarget | null = null;
  let bestScore = 0;
  let tie = false;
  for (const target of Object.keys(SIGNATURE) as ImportTarget[]) {
    const mapping = detectMapping(headers, target);
    const score = SIGNATURE[target].filter((f) => mapping[f] !== undefined).length;
    if (score > bestScore) [best, bestScore, tie] = [target, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/** Makes headers unique ("nama", "nama (2)") and names blank ones by position ("kolom 3"). */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() === '' ? `kolom ${i + 1}` : h.trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Header words that mark personal data a Home Care file should not carry. */
const PERSONAL_WORDS = [
  'nama',
  'name',
  'nik',
  'ktp',
  'alamat',
  'address',
  'telepon',
  'telp',
  'hp',
  'phone',
  'tgl_lahir',
  'tanggal_lahir',
  'birth',
];

/** Columns of a Home Care file that look like personal data (they are never read or stored). */
export function personalColumns(headers: readonly string[], mapped: ReadonlySet<string>): string[] {
  return headers.filter((h) => {
    if (mapped.has(h)) return false;
    const k = `_${headerKey(h)}_`;
    return PERSONAL_WORDS.some((w) => k.includes(`_${w}_`));
  });
}
