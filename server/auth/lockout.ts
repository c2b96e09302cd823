/**
 * Per-username lockout, counted from the audit log (so it holds across restarts and across
 * several server processes): `max` failed sign-ins within `windowMs`, since the last successful
 * one, lock the username until the oldest of them leaves the window.
 *
 * Twenty, not five (issue 12 §6): a field worker typing on a phone in the sun mistypes a few times,
 * and a locked facilitator cannot sync until an admin is reached. Twenty guesses per 15 minutes is
 * still under 2,000 a day per account, against passwords of at least 10 characters.
 */
import type { Queryable } from '../db/database.ts';

export interface LockoutPolicy {
  max: number;
  windowMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { max: 20, windowMs: 15 * 60_000 };

/** Seconds until the username may try again; 0 when it is not locked. */
export async function lockedForS(
  q: Queryable,
  username: string,
  policy: LockoutPolicy,
): Promise<number> {
  const rows = await q.query<{ left_s: number }>(
    `WITH last_ok AS (
       SELECT coalesce(max(at), '-infinity'::timestamptz) AS at FROM audit_log
       WHERE username = $1 AND action = 'session.ok'),
     failures AS (
       SELECT audit_log.at FROM audit_log, last_ok
       WHERE username = $1 AND action = 'session.failed' AND audit_log.at > last_ok.at
         AND audit_log.at > now() - make_interval(secs => $2)
       ORDER BY audit_log.at DESC LIMIT $3)
     SELECT extract(epoch FROM (min(at) + make_interval(secs => $2) - now()))::float8 AS left_s,
            count(*)::int AS n
     FROM failures HAVING count(*) >= $3`,
    [username, policy.windowMs / 1000, policy.max],
  );
  return rows.length === 0 ? 0 : Math.max(1, Math.ceil(rows[0].left_s));
}
