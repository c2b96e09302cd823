import { iso, type Queryable } from '../db/database.ts';
import type { Actor, Role } from './roles.ts';
import { newToken, tokenHash } from './tokens.ts';

/** Sessions last a working day; signing in again gives a new one. */
export const SESSION_HOURS = 12;

export interface Session {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
  expiresAt: string;
}

/** Starts a session; the token goes into the cookie and nowhere else. */
export async function createSession(
  q: Queryable,
  username: string,
  ip: string,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await q.query(
    `INSERT INTO sessions (token_hash, username, csrf_token, expires_at, ip)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5)`,
    [tokenHash(token), username, csrfToken, SESSION_HOURS, ip],
  );
  // Expired sessions are swept on sign-in: no timer to run, and the table stays small.
  await q.query('DELETE FROM sessions WHERE expires_at < now()');
  return { token, csrfToken };
}

/** The live session of a cookie token, with its user as stored now (role changes apply at once). */
export async function findSession(q: Queryable, token: string): Promise<Session | null> {
  const [r] = await q.query<{
    username: string;
    role: Role;
    kelurahan: string[];
    csrf_token: string;
    token_hash: string;
    expires_at: string;
  }>(
    `SELECT u.username, u.role, u.kelurahan, s.csrf_token, s.token_hash,
            ${iso('s.expires_at')} AS expires_at
     FROM sessions s JOIN users u USING (username)
     WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [tokenHash(token)],
  );
  if (!r) return null;
  return {
    actor: { username: r.username, role: r.role, kelurahan: r.kelurahan },
    csrfToken: r.csrf_token,
    tokenHash: r.token_hash,
    expiresAt: r.expires_at,
  };
}

export async function deleteSession(q: Queryable, hash: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
}
