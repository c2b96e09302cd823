import type { Queryable } from '../db/database.ts';
import { hashPassword } from './passwords.ts';
import type { Actor, Role } from './roles.ts';

export interface UserRow extends Actor {
  disabled: boolean;
}

interface Row {
  username: string;
  role: Role;
  kelurahan: string[];
  disabled: boolean;
  password_hash: string;
}

const COLUMNS = 'username, role, kelurahan, disabled';
const toUser = (r: Omit<Row, 'password_hash'>): UserRow => ({
  username: r.username,
  role: r.role,
  kelurahan: r.kelurahan,
  disabled: r.disabled,
});

export async function listUsers(q: Queryable): Promise<UserRow[]> {
  return (await q.query<Row>(`SELECT ${COLUMNS} FROM users ORDER BY username`)).map(toUser);
}

/** The user and their password hash, for sign-in only. */
export async function findCredentials(
  q: Queryable,
  username: string,
): Promise<(UserRow & { passwordHash: string }) | null> {
  const [r] = await q.query<Row>(
    `SELECT ${COLUMNS}, password_hash FROM users WHERE username = $1`,
    [username],
  );
  return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
}

export async function countUsers(q: Queryable): Promise<number> {
  const [r] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return r.n;
}

export interface NewUser extends Actor {
  password: string;
}

/** Creates a user; false when the username is taken. */
export async function createUser(q: Queryable, u: NewUser): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO users (username, password_hash, role, kelurahan) VALUES ($1, $2, $3, $4::jsonb)
     ON CONFLICT (username) DO NOTHING RETURNING username`,
    [u.username, await hashPassword(u.password), u.role, JSON.stringify(u.kelurahan)],
  );
  return rows.length === 1;
}

export interface UserPatch {
  password?: string;
  role?: Role;
  kelurahan?: string[];
  disabled?: boolean;
}

/**
 * Changes a user; null when there is none. A new password, a new role or a disabled account ends
 * the user's sessions, so a stolen session does not outlive the change.
 */
export async function patchUser(
  q: Queryable,
  username: string,
  patch: UserPatch,
): Promise<UserRow | null> {
  const hash = patch.password === undefined ? null : await hashPassword(patch.password);
  const [r] = await q.query<Row>(
    `UPDATE users SET
       password_hash = coalesce($2, password_hash),
       role = coalesce($3, role),
       kelurahan = coalesce($4::jsonb, kelurahan),
       disabled = coalesce($5, disabled),
       updated_at = now()
     WHERE username = $1 RETURNING ${COLUMNS}`,
    [
      username,
      hash,
      patch.role ?? null,
      patch.kelurahan === undefined ? null : JSON.stringify(patch.kelurahan),
      patch.disabled ?? null,
    ],
  );
  if (!r) return null;
  if (hash !== null || patch.role !== undefined || patch.disabled === true)
    await q.query('DELETE FROM sessions WHERE username = $1', [username]);
  return toUser(r);
}
