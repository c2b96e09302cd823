import { BPS_TO_KEMENDAGRI } from './bps-codes';
import type { GazetteerEntry } from './types';

type KelurahanMatch =
  | { kind: 'code'; entry: GazetteerEntry }
  | { kind: 'bps'; entry: GazetteerEntry }
  | { kind: 'bps_unknown' }
  | { kind: 'other_region'; region: string }
  | { kind: 'exact'; entry: GazetteerEntry }
  | { kind: 'fuzzy'; entry: GazetteerEntry; distance: number }
  | { kind: 'ambiguous'; candidates: GazetteerEntry[] }
  | { kind: 'unknown_code' }
  | { kind: 'none' };

/**
 * Spelling variants seen in the wild that plain normalisation does not join, as normalised keys
 * (see `nameKey`) → official name. Edit distance would find most of them too; listing them makes
 * them exact (no warning) and immune to the ambiguity check.
 */
const VARIANTS: Record<string, string> = {
  ngeletih: 'Ngletih',
  banjarmelati: 'Banjarmlati',
  singonegharan: 'Singonegaran',
  bandarlor: 'Bandar Lor',
  bandarlour: 'Bandar Lor',
  bandarkidul: 'Bandar Kidul',
  setonogedhong: 'Setonogedong',
  ringin: 'Ringinanom',
};

// eslint-disable-next-line no-control-regex
const ASCII_RE = /^[\x00-\x7f]*$/;
const PREFIX_RE = /^(?:kelurahan|kel|desa|ds)(?=[\s.:-]|$)[\s.:-]*/;

/**
 * Key for a kelurahan name: lowercase, accents stripped, a leading "Kelurahan"/"Kel."/"Desa"
 * removed, then only letters and digits ("Kel. Banjar Melati" → "banjarmelati").
 */
export function nameKey(text: string): string {
  // NFKD is slow; only text with non-ASCII characters needs it.
  const lower = (ASCII_RE.test(text) ? text : text.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
  return lower.replace(PREFIX_RE, '').replace(/[^a-z0-9]/g, '');
}

type ReadCode =
  | { scheme: 'kemendagri'; kode: string }
  | { scheme: 'bps'; digits: string }
  | { scheme: 'other_region'; region: string };

/**
 * A 10-digit village code, with or without separators: `35.71.01.1004`, `3571011004`,
 * `35 71 01 1004` (Kemendagri: the 7th digit is 1 for a kelurahan, 2 for a desa) or `3571010001`
 * (BPS: a 3-digit kecamatan code ending in 0, so the 7th digit is 0). A code whose province and
 * kab/kota are not the gazetteer's is another region's. Anything else is not a code (null).
 */
function readCode(text: string, cityPrefixes: ReadonlySet<string>): ReadCode | null {
  const digits = text.replace(/[\s.\-_/]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  if (!cityPrefixes.has(digits.slice(0, 4)))
    return { scheme: 'other_region', region: `${digits.slice(0, 2)}.${digits.slice(2, 4)}` };
  if (digits[6] === '0') return { scheme: 'bps', digits };
  const kode = `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  return { scheme: 'kemendagri', kode };
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Edits allowed for a fuzzy match: one per five letters, 1 to 3 ("pojk" ok, "bujal" ok). One per
 * four let another town's "Mojorejo" (Kota Madiun) pass as Mojoroto (2 edits in 8 letters).
 */
function allowedEdits(key: string): number {
  return Math.min(3, Math.max(1, Math.floor(key.length / 5)));
}

export interface KelurahanMatcher {
  /** Matches a cell that holds a code or a name; `kecamatan` narrows fuzzy candidates. */
  match(value: string, kecamatan?: string): KelurahanMatch;
  byKode(kode: string): GazetteerEntry | undefined;
  /** Whether a kecamatan cell names one of the gazetteer's kecamatan (one typo allowed). */
  isCityKecamatan(kecamatan: string): boolean;
}

/** Key of a kecamatan cell: "Kec. Mojoroto" → "mojoroto". */
function kecamatanKey(text: string): string {
  return nameKey(text.replace(/^\s*kec(amatan)?\.?/i, ''));
}

/**
 * Builds a matcher over the gazetteer. Results are cached per (value, kecamatan), so 100k rows
 * with a few dozen distinct spellings cost a few dozen matches.
 */
export function createKelurahanMatcher(gazetteer: readonly GazetteerEntry[]): KelurahanMatcher {
  const byKode = new Map(gazetteer.map((e) => [e.kode, e]));
  const byKey = new Map<string, GazetteerEntry>();
  for (const e of gazetteer) byKey.set(nameKey(e.nama), e);
  for (const [variant, nama] of Object.entries(VARIANTS)) {
    const e = gazetteer.find((g) => g.nama === nama);
    if (e !== undefined && !byKey.has(variant)) byKey.set(variant, e);
  }
  const cache = new Map<string, KelurahanMatch>();
  const cityPrefixes = new Set(gazetteer.map((e) => e.kode.replace(/\./g, '').slice(0, 4)));
  const kecKeys = [...new Set(gazetteer.map((e) => nameKey(e.nama_kec)))];
  /** The gazetteer's key for a kecamatan cell, '' when blank, null when it is none of them. */
  const cityKecamatan = (text: string | undefined): string | null => {
    const key = text === undefined ? '' : kecamatanKey(text);
    // "Kota Kediri" for Kecamatan Kota: the city's own name is no part of a kecamatan's.
    const k = key.replace(/kediri/g, '') || key;
    if (k === '' || kecKeys.includes(k)) return k;
    return kecKeys.find((g) => editDistance(k, g, 1) <= 1) ?? null;
  };

  function compute(value: string, kecamatan: string | undefined): KelurahanMatch {
    const trimmed = value.trim();
    if (trimmed === '') return { kind: 'none' };
    const code = readCode(trimmed, cityPrefixes);
    if (code?.scheme === 'other_region') return { kind: 'other_region', region: code.region };
    if (code?.scheme === 'bps') {
      const e = byKode.get(BPS_TO_KEMENDAGRI.get(code.digits) ?? '');
      return e ? { kind: 'bps', entry: e } : { kind: 'bps_unknown' };
    }
    if (code?.scheme === 'kemendagri') {
      const e = byKode.get(code.kode);
      return e ? { kind: 'code', entry: e } : { kind: 'unknown_code' };
    }
    const key = nameKey(trimmed);
    if (key === '') return { kind: 'none' };
    const exact = byKey.get(key);
    if (exact) return { kind: 'exact', entry: exact };
    const kecKey = cityKecamatan(kecamatan);
    // A kecamatan that is not the city's: the row is about another town, where a name that is
    // close to one of ours is another village, not a typo.
    if (kecKey === null) return { kind: 'none' };
    const pool = gazetteer.filter((e) => kecKey === '' || nameKey(e.nama_kec) === kecKey);
    const max = allowedEdits(key);
    let best: GazetteerEntry[] = [];
    let bestD = max + 1;
    for (const e of pool) {
      const d = editDistance(key, nameKey(e.nama), max);
      if (d < bestD) [best, bestD] = [[e], d];
      else if (d === bestD) best.push(e);
    }
    if (best.length === 0 || bestD > max) {
      // A truncated name: "Bandar" could be Bandar Lor or Bandar Kidul.
      const prefixed = key.length >= 4 ? pool.filter((e) => nameKey(e.nama).startsWith(key)) : [];
      if (prefixed.length === 1) return { kind: 'fuzzy', entry: prefixed[0], distance: 0 };
      if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed };
      return { kind: 'none' };
    }
    if (best.length > 1) return { kind: 'ambiguous', candidates: best };
    return { kind: 'fuzzy', entry: best[0], distance: bestD };
  }

  return {
    match(value, kecamatan) {
      const cacheKey = `${value}\u0000${kecamatan ?? ''}`;
      let hit = cache.get(cacheKey);
      if (hit === undefined) {
        hit = compute(value, kecamatan);
        cache.set(cacheKey, hit);
      }
      return hit;
    },
    byKode: (kode) => byKode.get(kode),
    isCityKecamatan: (kecamatan) => cityKecamatan(kecamatan) !== null,
  };
}
