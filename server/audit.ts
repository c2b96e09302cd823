import type { Queryable } from './db/database.ts';

export interface AuditEntry {
  username: string | null;
  /** `session.ok`, `session.failed`, `session.locked`, `push.applied`, `user.create`, … */
  action: string;
  target?: string | null;
  recordId?: string | null;
  /** Never a password, token or cookie. */
  detail?: unknown;
  ip?: string | null;
}

/** Appends one row to the audit log, in the caller's transaction when given one. */
export async function audit(q: Queryable, e: AuditEntry): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (username, action, target, record_id, detail, ip)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [
      e.username,
      e.action,
      e.target ?? null,
      e.recordId ?? null,
      e.detail === undefined ? null : JSON.stringify(e.detail),
      e.ip ?? null,
    ],
  );
}
