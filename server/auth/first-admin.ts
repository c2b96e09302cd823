import type { Db } from '../db/database.ts';
import { audit } from '../audit.ts';
import { randomPassword } from './passwords.ts';
import { countUsers, createUser } from './users-repo.ts';

const MIN_ADMIN_PASSWORD = 10;

/**
 * On a new database (no users), creates `admin` with `given` (JANGKAU_ADMIN_PASSWORD) or a random
 * password. Returns the random one so the caller prints it once; it is stored only as a hash.
 */
export async function ensureFirstAdmin(
  db: Db,
  given: string | undefined,
): Promise<{ created: false } | { created: true; generated: string | null }> {
  if (given !== undefined && given.length < MIN_ADMIN_PASSWORD)
    throw new Error(`JANGKAU_ADMIN_PASSWORD must have at least ${MIN_ADMIN_PASSWORD} characters`);
  return db.transaction(async (tx) => {
    // Under the lock, two servers starting on one new database create one admin.
    await tx.query('LOCK TABLE users IN EXCLUSIVE MODE');
    if ((await countUsers(tx)) > 0) return { created: false as const };
    const generated = given === undefined ? randomPassword() : null;
    await createUser(tx, {
      username: 'admin',
      password: given ?? generated!,
      role: 'admin',
      kelurahan: [],
    });
    await audit(tx, {
      username: 'admin',
      action: 'user.create',
      recordId: 'admin',
      detail: { role: 'admin', first: true },
    });
    return { created: true as const, generated };
  });
}
