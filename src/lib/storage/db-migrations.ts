import type { Transaction } from 'dexie';
import type { BatchTarget } from '../model/records';
import { pagesOfRows } from './record-pages';

/** Schema upgrades, oldest first. Each runs inside Dexie's upgrade transaction. */

function isLngLat(v: unknown): v is [number, number] {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Number.isFinite(v[0]) &&
    Number.isFinite(v[1]) &&
    Math.abs(v[0]) <= 180 &&
    Math.abs(v[1]) <= 90
  );
}

/** v1 → v2: split `location` into `lng`/`lat`, add `updatedAt`, give batches a `kind`. */
export async function migrateV1toV2(tx: Transaction): Promise<void> {
  for (const name of ['bankSampah', 'prodamas', 'homeCare'] as const) {
    await tx
      .table(name)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        // Old rows are foreign input: anything that is not a valid [lng, lat] becomes null.
        const loc = row.location;
        row.lng = isLngLat(loc) ? loc[0] : null;
        row.lat = isLngLat(loc) ? loc[1] : null;
        delete row.location;
        row.updatedAt ??= row.createdAt;
      });
  }
  await tx
    .table('population')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.updatedAt ??= row.createdAt;
    });
  await tx
    .table('batches')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.kind = typeof row.id === 'string' && row.id.startsWith('demo') ? 'demo' : 'import';
    });
}

/** The v2 record tables by target. */
const V2_TABLES: Record<BatchTarget, string> = {
  bank_sampah: 'bankSampah',
  prodamas: 'prodamas',
  home_care: 'homeCare',
  population: 'population',
};

/**
 * v2 → v3: every record moves into the pages of its batch, in the order v2 kept them (by id),
 * with every field and its provenance as it was. A record whose batch row is missing keeps its
 * batchId and gets its own pages all the same: nothing is dropped.
 */
type Row = { batchId: string; createdAt: string };

export async function migrateV2toV3(tx: Transaction): Promise<void> {
  const created = new Map<string, string>();
  await tx
    .table('batches')
    .each((b: { id: string; createdAt: string }) => created.set(b.id, b.createdAt));
  for (const [target, name] of Object.entries(V2_TABLES) as [BatchTarget, string][]) {
    const rows: Row[] = await tx.table(name).toArray();
    await tx.table('pages').bulkAdd(pagesOfRows(target, rows, created));
  }
}
