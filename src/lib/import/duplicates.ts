import { nameKey } from './kelurahan-match';
import type { AnyImportedRecord, ImportTarget, ImportedRecords, RowReport } from './types';
import { normaliseWords } from './values';

/**
 * The key two records of a target share when they are likely the same thing: a bank sampah's
 * kelurahan and name; a Prodamas project's year, RT and title; a visit's patient, date and
 * service; a population figure's kelurahan and year. Storage can compute it for stored records
 * and pass them as `existingKeys`.
 */
export function duplicateKey<T extends ImportTarget>(target: T, r: ImportedRecords[T]): string {
  switch (target) {
    case 'bank_sampah': {
      const b = r as ImportedRecords['bank_sampah'];
      return `${b.kode}|${nameKey(b.name)}`;
    }
    case 'prodamas': {
      const p = r as ImportedRecords['prodamas'];
      return `${p.year}|${p.kode}|${p.rw ?? ''}|${p.rt ?? ''}|${p.category}|${normaliseWords(p.title)}`;
    }
    case 'home_care': {
      const h = r as ImportedRecords['home_care'];
      return `${h.patientId.trim().toLowerCase()}|${h.date}|${h.service}`;
    }
    default: {
      const p = r as ImportedRecords['population'];
      return `${p.year}|${p.kode}`;
    }
  }
}

/** Same-named sites closer than this are one site even across a kelurahan boundary. */
const NEAR_M = 100;

type Located = { lng: number | null; lat: number | null };

function distanceM(a: Located, b: Located): number {
  if (a.lng === null || a.lat === null || b.lng === null || b.lat === null) return Infinity;
  // Equirectangular: exact enough at 100 m.
  const kx = 111_320 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot((a.lng - b.lng) * kx, (a.lat - b.lat) * 110_574);
}

/** How duplicates of one kind of record are found (see `markDuplicates`). */
export interface DuplicateRule {
  key: (record: NonNullable<RowReport['record']>) => string;
  /** Keys are `kode|name`: the same name within `NEAR_M` is a duplicate too (sites). */
  nearName?: boolean;
  /** A duplicate contradicts the first row: the later one is rejected (population). */
  reject?: boolean;
}

/** The duplicate rule of a built-in target (keys as in `duplicateKey`). */
export function duplicateRule(target: ImportTarget): DuplicateRule {
  return {
    key: (r) => duplicateKey(target, r as AnyImportedRecord),
    nearName: target === 'bank_sampah',
    reject: target === 'population',
  };
}

/**
 * Marks likely duplicates among accepted rows (and against `existing` keys): a warning on the
 * later row naming the first. Two population figures for one kelurahan and year contradict each
 * other, so there the later row is rejected.
 */
export function markDuplicates(
  rule: DuplicateRule,
  rows: RowReport[],
  existing?: ReadonlySet<string>,
): void {
  const first = new Map<string, RowReport>();
  const byName = new Map<string, RowReport[]>();
  for (const row of rows) {
    const rec = row.record;
    if (rec === undefined) continue;
    const key = rule.key(rec);
    const earlier = first.get(key);
    let dup: RowReport | undefined = earlier;
    if (rule.nearName && 'lng' in rec) {
      // The key starts with the kode; the rest is the name key.
      const name = key.slice(key.indexOf('|') + 1);
      const same = byName.get(name);
      if (same === undefined) byName.set(name, [row]);
      else {
        dup ??= same.find(
          (o) => o.record !== undefined && 'lng' in o.record && distanceM(o.record, rec) <= NEAR_M,
        );
        same.push(row);
      }
    }
    if (earlier === undefined) first.set(key, row);
    if (dup !== undefined) {
      if (rule.reject) {
        row.messages.push({
          code: 'duplicate_population',
          severity: 'error',
          params: { row: dup.row },
        });
        row.record = undefined;
      } else
        row.messages.push({ code: 'duplicate', severity: 'warning', params: { row: dup.row } });
    } else if (existing?.has(key)) {
      row.messages.push({ code: 'duplicate_existing', severity: 'warning' });
    }
  }
}
