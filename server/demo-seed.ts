/**
 * `npm run server -- --demo`: fills a NEW database with the app's demo data (public/demo/),
 * decoded by the app's own pure decoder, with the same ids and batches the app gives it
 * (`demo:<target>:<n>` in batch `demo:<target>`), so a browser that holds the demo locally sees
 * the same records. Every record is rev 1 and in the change feed, so clients pull it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db, Queryable } from './db/database.ts';
import { audit } from './audit.ts';
import {
  decodeDefinedDemo,
  decodeDemoData,
  type DemoFiles,
} from '../src/lib/storage/demo-decode.ts';
import {
  DEFINED_DEMO_PROGRAMS,
  DEMO_FILES,
  type DemoManifest,
} from '../src/lib/storage/demo-format.ts';
import { SHIPPED_PROGRAMS } from '../src/lib/programs/registry.ts';
import { BATCH_TARGETS } from '../src/lib/model/records.ts';

/** Rows per INSERT: big enough to be quick, small enough for one parameter of JSON. */
const CHUNK = 2000;

async function insertRows(tx: Queryable, target: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    await tx.query(
      `INSERT INTO records (target, record_id, rev, kode, data, geom, batch_id, updated_by)
       SELECT $1, r->>'id', 1, r->>'kode', r,
         CASE WHEN jsonb_typeof(r->'lng') = 'number' AND jsonb_typeof(r->'lat') = 'number'
           THEN ST_SetSRID(ST_MakePoint((r->>'lng')::float8, (r->>'lat')::float8), 4326) END,
         r->>'batchId', 'demo'
       FROM jsonb_array_elements($2::jsonb) AS r`,
      [target, json],
    );
    await tx.query(
      `INSERT INTO changes (change_id, target, record_id, rev, op, data, kode, at, by, client_id)
       SELECT gen_random_uuid()::text, $1, e.r->>'id', 1, 'upsert', e.r, e.r->>'kode', now(), 'demo', 'demo'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(r, n) ORDER BY e.n`,
      [target, json],
    );
  }
}

/** Seeds the demo; false (and nothing written) when the database holds records already. */
export async function seedDemo(
  db: Db,
  demoDir: string,
): Promise<{ seeded: boolean; records: number }> {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(demoDir, file), 'utf8'));
  const manifest = read(DEMO_FILES.manifest) as DemoManifest;
  const files = Object.fromEntries(BATCH_TARGETS.map((t) => [t, read(DEMO_FILES[t])])) as DemoFiles;
  const demo = decodeDemoData(files);
  const defined = DEFINED_DEMO_PROGRAMS.map((id) => {
    const definition = SHIPPED_PROGRAMS.find((p) => p.id === id)!;
    return [id, decodeDefinedDemo(read(DEMO_FILES[id]), definition)] as const;
  });
  const now = new Date().toISOString();
  const stored = (target: keyof typeof DEMO_FILES, rows: readonly object[]) =>
    rows.map((row, i) => ({
      ...row,
      id: `demo:${target}:${i + 1}`,
      batchId: `demo:${target}`,
      sourceFile: `demo/${DEMO_FILES[target]}`,
      createdAt: now,
      updatedAt: now,
      rev: 1,
    }));
  const batches = [
    ...BATCH_TARGETS.map((t) => [t, stored(t, demo[t])] as const),
    ...defined.map(([id, rows]) => [id, stored(id, rows)] as const),
  ];
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE records IN EXCLUSIVE MODE');
    await tx.query('SELECT pg_advisory_xact_lock(2, 0)'); // the feed lock of sync/push.ts
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM records');
    if (n > 0) return { seeded: false, records: 0 };
    let records = 0;
    for (const [target, rows] of batches) {
      await insertRows(tx, target, rows);
      records += rows.length;
    }
    await tx.query(
      `INSERT INTO meta (key, value) VALUES ('data_label', $1::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [JSON.stringify(manifest.label)],
    );
    await audit(tx, { username: 'demo', action: 'seed.demo', detail: { records } });
    return { seeded: true, records };
  });
}
