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

/** Same-named bank sampah closer than this are one unit even across a kelurahan boundary. */
const NEAR_M = 100;

function distanceM(a: AnyImportedRecord, b: AnyImportedRecord): number {
  if (!('lng' in a) || !('lng' in b)) return Infinity;
  const [pa, pb] = [a, b];
  if (pa.lng === null || pa.lat === null || pb.lng === null || pb.lat === null) return Infinity;
  // Equirectangular: exact enough at 100 m.
  const kx = 111_320 * Math.cos((pa.lat * Math.PI) / 180);
  return Math.hypot((pa.lng - pb.lng) * kx, (pa.lat - pb.lat) * 110_574);
}

/**
 * Marks likely duplicates among accepted rows (and against `existing` keys): a warning on the
 * later row naming the first. Two population figures for one kelurahan and year contradict each
 * other, so there the later row is rejected.
 */
export function markDuplicates(
  target: ImportTarget,
  rows: RowReport[],
  existing?: ReadonlySet<string>,
): void {
  const first = new Map<string, RowReport>();
  const byName = new Map<string, RowReport[]>();
  for (const row of rows) {
    const rec = row.record;
    if (rec === undefined) continue;
    const key = duplicateKey(target, rec);
    const earlier = first.get(key);
    let dup: RowReport | undefined = earlier;
    if (target === 'bank_sampah') {
      // The key starts with the kode; the rest is the name key.
      const name = key.slice(key.indexOf('|') + 1);
      const same = byName.get(name);
      if (same === undefined) byName.set(name, [row]);
      else {
        dup ??= same.find((o) => o.record !== undefined && distanceM(o.record, rec) <= NEAR_M);
        same.push(row);
      }
    }
    if (earlier === undefined) first.set(key, row);
    if (dup !== undefined) {
      if (target === 'population') {
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
