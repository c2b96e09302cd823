import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { MemorySyncStore } from './sync-memory-store.ts';

/** JSON with every object's keys sorted: equal records give equal text whatever their key order. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

interface StateRow {
  target: string;
  recordId: string;
  rev: number;
  record: unknown;
}

export interface StateDigest {
  /** sha256 hex over the sorted rows (target, recordId, rev, op, canonical JSON of the record). */
  sha256: string;
  live: number;
  tombstones: number;
}

function digest(rows: StateRow[]): StateDigest {
  // Sorted here, by code unit, not by the database's collation: both sides sort the same way.
  rows.sort((a, b) =>
    a.target !== b.target
      ? a.target < b.target
        ? -1
        : 1
      : a.recordId < b.recordId
        ? -1
        : a.recordId > b.recordId
          ? 1
          : 0,
  );
  const hash = createHash('sha256');
  let live = 0;
  for (const r of rows) {
    const op = r.record === null ? 'delete' : 'upsert';
    if (r.record !== null) live++;
    hash.update(`${r.target}\t${r.recordId}\t${r.rev}\t${op}\t${canonicalJson(r.record)}\n`);
  }
  return { sha256: hash.digest('hex'), live, tombstones: rows.length - live };
}

/** The server's final state: every row of `records`, tombstones included. */
export async function serverDigest(db: pg.Pool): Promise<StateDigest> {
  const { rows } = await db.query<{
    target: string;
    record_id: string;
    rev: number;
    data: unknown;
  }>(
    'SELECT target, record_id, rev, CASE WHEN deleted THEN NULL ELSE data END AS data FROM records',
  );
  return digest(
    rows.map((r) => ({ target: r.target, recordId: r.record_id, rev: r.rev, record: r.data })),
  );
}

/** A client's final state: every record it holds a server rev of, with its copy (null = deleted). */
export function clientDigest(store: MemorySyncStore): StateDigest {
  const rows: StateRow[] = [];
  for (const [key, rev] of store.serverRevs) {
    const held = store.records.get(key);
    const [target, recordId] = key.split('\u0000');
    rows.push({ target, recordId, rev, record: held?.record ?? null });
  }
  return digest(rows);
}

export interface ChangeCount {
  made: number;
  applied: number;
  /** Made by the client, not in the server's feed. */
  lost: number;
  /** In the feed more than once (the feed's unique change_id should make this impossible). */
  duplicated: number;
  /** In the feed under this client id, never made by it. */
  foreign: number;
}

/** What the server's change feed holds of each client's changes, by change id. */
export async function countApplied(
  db: pg.Pool,
  clients: readonly { clientId: string; made: readonly string[] }[],
): Promise<ChangeCount[]> {
  const { rows } = await db.query<{ client_id: string; change_id: string }>(
    'SELECT client_id, change_id FROM changes WHERE client_id = ANY($1::text[])',
    [clients.map((c) => c.clientId)],
  );
  const byClient = new Map<string, string[]>();
  for (const r of rows) {
    const list = byClient.get(r.client_id) ?? [];
    list.push(r.change_id);
    byClient.set(r.client_id, list);
  }
  return clients.map((c) => {
    const applied = byClient.get(c.clientId) ?? [];
    const made = new Set(c.made);
    const seen = new Set(applied);
    return {
      made: c.made.length,
      applied: applied.length,
      lost: c.made.filter((id) => !seen.has(id)).length,
      duplicated: applied.length - seen.size,
      foreign: [...seen].filter((id) => !made.has(id)).length,
    };
  });
}

/**
 * Records whose feed disagrees with their row: each applied change adds exactly one rev, so a
 * record at rev n has exactly n changes in the feed, the last at rev n. A lost or doubled write
 * shows here even if the counts by client balance out.
 */
export async function feedMismatches(db: pg.Pool): Promise<number> {
  const [{ n }] = (
    await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM records r
       LEFT JOIN (SELECT target, record_id, count(*) AS changes, max(rev) AS top
                  FROM changes GROUP BY target, record_id) c USING (target, record_id)
       WHERE c.changes IS DISTINCT FROM r.rev OR c.top IS DISTINCT FROM r.rev`,
    )
  ).rows;
  return n;
}
