/**
 * Applies one pushed change in one transaction: idempotent by change id, refused when the role or
 * kelurahan does not allow it, a conflict when it was made on another rev than the server's
 * (nothing is overwritten), else written with rev + 1 and a new seq in the change feed.
 *
 * Locks, always in this order (so two pushes never wait on each other in a cycle): the record's
 * advisory lock first (two pushes of one record, or of one change id, run one after the other),
 * then the feed lock just before drawing a seq, so seqs commit in order and a pull that has seen
 * seq n can never later meet a smaller one.
 */
import { iso, type Queryable } from '../db/database.ts';
import type { Actor } from '../auth/roles.ts';
import { audit } from '../audit.ts';
import { checkCustomProgram } from '../../src/lib/programs/registry.ts';
import { writeRefusal } from './access.ts';
import { PROGRAM_TARGET, type Catalog } from './catalog.ts';
import { checkRecord } from './validate-record.ts';
import type { Change, Result, ServerVersion } from './types.ts';

const RECORD_LOCK = 1;
const FEED_LOCK = 2;

interface Current {
  rev: number;
  kode: string | null;
  deleted: boolean;
  data: Record<string, unknown> | null;
  by: string;
  at: string;
}

export interface PushContext {
  actor: Actor;
  clientId: string;
  catalog: Catalog;
  kelurahanCodes: ReadonlySet<string>;
  ip: string;
}

async function current(tx: Queryable, c: Change): Promise<Current | null> {
  const [row] =
    c.target === PROGRAM_TARGET
      ? await tx.query<Current>(
          `SELECT rev, null AS kode, deleted, definition AS data, updated_by AS by,
                  ${iso('updated_at')} AS at FROM programs WHERE id = $1`,
          [c.recordId],
        )
      : await tx.query<Current>(
          `SELECT rev, kode, deleted, data, updated_by AS by, ${iso('updated_at')} AS at
           FROM records WHERE target = $1 AND record_id = $2`,
          [c.target, c.recordId],
        );
  return row ?? null;
}

/** What the change would write, or why it may not. */
function plan(
  ctx: PushContext,
  c: Change,
  now: Current | null,
):
  | { refusal: string }
  | { kode: string | null; lng: number | null; lat: number | null; batchId: string | null } {
  if (c.op === 'upsert' && c.record === null) return { refusal: 'an upsert carries its record' };
  if (c.target === PROGRAM_TARGET) {
    if (ctx.actor.role !== 'admin') return { refusal: 'only an admin changes programmes' };
    if (c.op === 'delete')
      return now
        ? { kode: null, lng: null, lat: null, batchId: null }
        : { refusal: 'no such programme' };
    const others = ctx.catalog.custom.filter((p) => p.id !== c.recordId);
    const checked = checkCustomProgram(c.record, others);
    if (!checked.ok) return { refusal: checked.problems.join('; ') };
    if (checked.definition.id !== c.recordId) return { refusal: 'record.id differs from recordId' };
    return { kode: null, lng: null, lat: null, batchId: null };
  }
  let place = {
    kode: null as string | null,
    lng: null as number | null,
    lat: null as number | null,
    batchId: null as string | null,
  };
  if (c.op === 'upsert') {
    const checked = checkRecord(c.record!, c.recordId, ctx.kelurahanCodes);
    if (!checked.ok) return { refusal: checked.reason };
    place = checked.place;
  }
  const refusal = writeRefusal(
    ctx.actor,
    ctx.catalog.classOf(c.target),
    now?.kode ?? null,
    place.kode,
  );
  return refusal ? { refusal } : place;
}

const serverVersion = (now: Current): ServerVersion => ({
  rev: now.rev,
  op: now.deleted ? 'delete' : 'upsert',
  record: now.deleted ? null : now.data,
  by: now.by,
  at: now.at,
});

/**
 * The changes of a push the feed holds already, by change id, in one query: a resend after a
 * lost answer is answered from here without a transaction per change (an applied change id stays
 * applied, so no lock is needed to trust it; the others still meet the check under the lock).
 */
export async function appliedBefore(
  q: Queryable,
  changeIds: readonly string[],
): Promise<Map<string, Result>> {
  const rows = await q.query<{ change_id: string; seq: number; rev: number }>(
    'SELECT change_id, seq::float8 AS seq, rev FROM changes WHERE change_id = ANY($1::text[])',
    [changeIds],
  );
  return new Map(
    rows.map((r) => [
      r.change_id,
      { changeId: r.change_id, status: 'duplicate', rev: r.rev, seq: r.seq },
    ]),
  );
}

export async function applyChange(tx: Queryable, ctx: PushContext, c: Change): Promise<Result> {
  const who = { username: ctx.actor.username, target: c.target, recordId: c.recordId, ip: ctx.ip };
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
    RECORD_LOCK,
    `${c.target}/${c.recordId}`,
  ]);
  const [dup] = await tx.query<{ seq: number; rev: number }>(
    'SELECT seq::float8 AS seq, rev FROM changes WHERE change_id = $1',
    [c.changeId],
  );
  if (dup) return { changeId: c.changeId, status: 'duplicate', rev: dup.rev, seq: dup.seq };

  const now = await current(tx, c);
  const planned = plan(ctx, c, now);
  if ('refusal' in planned) {
    await audit(tx, {
      ...who,
      action: 'push.rejected',
      detail: { changeId: c.changeId, reason: planned.refusal },
    });
    return { changeId: c.changeId, status: 'rejected', reason: planned.refusal };
  }
  const rev = now?.rev ?? 0;
  if (c.baseRev !== rev) {
    await audit(tx, {
      ...who,
      action: 'push.conflict',
      detail: { changeId: c.changeId, baseRev: c.baseRev, rev },
    });
    return now
      ? { changeId: c.changeId, status: 'conflict', server: serverVersion(now) }
      : { changeId: c.changeId, status: 'conflict', reason: 'the server has no such record' };
  }

  const newRev = rev + 1;
  const deleted = c.op === 'delete';
  // A tombstone keeps no data; the record's own rev is the server's, whatever the client sent.
  const data = deleted
    ? null
    : JSON.stringify(c.target === PROGRAM_TARGET ? c.record : { ...c.record, rev: newRev });
  if (c.target === PROGRAM_TARGET) {
    // A deleted definition keeps its last text: its records' privacy class must still be known.
    await tx.query(
      `INSERT INTO programs (id, definition, rev, deleted, updated_by) VALUES ($1, $2::jsonb, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET definition = coalesce(EXCLUDED.definition, programs.definition),
         rev = EXCLUDED.rev, deleted = EXCLUDED.deleted, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [c.recordId, data ?? JSON.stringify(now!.data), newRev, deleted, ctx.actor.username],
    );
  } else {
    await tx.query(
      `INSERT INTO records (target, record_id, rev, kode, deleted, data, geom, batch_id, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb,
         CASE WHEN $7::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($7::float8, $8::float8), 4326) END,
         $9, $10::timestamptz, $11)
       ON CONFLICT (target, record_id) DO UPDATE SET rev = EXCLUDED.rev, kode = coalesce(EXCLUDED.kode, records.kode),
         deleted = EXCLUDED.deleted, data = EXCLUDED.data, geom = EXCLUDED.geom,
         batch_id = coalesce(EXCLUDED.batch_id, records.batch_id), updated_at = EXCLUDED.updated_at,
         updated_by = EXCLUDED.updated_by`,
      [
        c.target,
        c.recordId,
        newRev,
        planned.kode,
        deleted,
        data,
        planned.lng,
        planned.lat,
        planned.batchId,
        c.at,
        ctx.actor.username,
      ],
    );
  }
  await tx.query('SELECT pg_advisory_xact_lock($1, 0)', [FEED_LOCK]);
  const [{ seq }] = await tx.query<{ seq: number }>(
    `INSERT INTO changes (change_id, target, record_id, rev, op, data, kode, old_kode, at, by, client_id)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9::timestamptz, $10, $11) RETURNING seq::float8 AS seq`,
    [
      c.changeId,
      c.target,
      c.recordId,
      newRev,
      c.op,
      data,
      planned.kode ?? now?.kode ?? null,
      now?.kode ?? null,
      c.at,
      ctx.actor.username,
      ctx.clientId,
    ],
  );
  await audit(tx, {
    ...who,
    action: 'push.applied',
    detail: { changeId: c.changeId, op: c.op, rev: newRev, seq, clientBy: c.by },
  });
  return { changeId: c.changeId, status: 'applied', rev: newRev, seq };
}
