/**
 * The change feed since a client's cursor, cut to what the user may read. The newest seq is read
 * first and the page is taken below it: pushes commit in seq order (push.ts), so every change up
 * to that seq is visible, and a cursor past changes the user may not see never skips one they may.
 */
import { iso, type Queryable } from '../db/database.ts';
import type { Actor } from '../auth/roles.ts';
import { mayRead } from './access.ts';
import type { Catalog } from './catalog.ts';
import type { PulledChange } from './types.ts';

interface Row extends Omit<PulledChange, 'recordId' | 'record'> {
  record_id: string;
  data: Record<string, unknown> | null;
  kode: string | null;
  old_kode: string | null;
}

export async function pullChanges(
  q: Queryable,
  actor: Actor,
  catalog: Catalog,
  since: number,
  limit: number,
): Promise<{ changes: PulledChange[]; cursor: number; more: boolean }> {
  const [{ top }] = await q.query<{ top: number }>(
    'SELECT coalesce(max(seq), 0)::float8 AS top FROM changes',
  );
  // Personal rows reach only a health officer, and only of their kelurahan (before or after).
  const health = actor.role === 'health';
  const rows = await q.query<Row>(
    `SELECT seq::float8 AS seq, target, record_id, rev, op, data, kode, old_kode, ${iso('at')} AS at, by
     FROM changes
     WHERE seq > $1 AND seq <= $2
       AND (NOT target IN (SELECT jsonb_array_elements_text($3::jsonb))
            OR ($4 AND (kode IN (SELECT jsonb_array_elements_text($5::jsonb))
                        OR old_kode IN (SELECT jsonb_array_elements_text($5::jsonb)))))
     ORDER BY seq LIMIT $6`,
    [
      since,
      top,
      JSON.stringify(catalog.personalTargets),
      health,
      JSON.stringify(actor.kelurahan),
      limit + 1,
    ],
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const changes = page.map((r): PulledChange => {
    const cls = catalog.classOf(r.target);
    // A personal record moved out of the officer's area: to them it is gone (their copy goes too).
    const gone = cls === 'personal' && !mayRead(actor, cls, r.kode);
    return {
      seq: r.seq,
      target: r.target,
      recordId: r.record_id,
      rev: r.rev,
      op: gone ? 'delete' : r.op,
      record: gone ? null : r.data,
      at: r.at,
      by: r.by,
    };
  });
  return { changes, cursor: more ? page[page.length - 1].seq : Math.max(since, top), more };
}
