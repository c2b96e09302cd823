import type { JangkauDb } from './db';

const PSEUDONYM_KEY = 'pseudonym-key';
/** 256 bits: HMAC-SHA-256's block-sized key is more than any attacker can search. */
const KEY_BYTES = 32;

/**
 * The key of this browser's pseudonymous patient ids (import/pseudonym.ts), made once from the
 * platform's random source and kept in the `secrets` table, which no backup, export or sync
 * reads: without it nobody can test a guessed name against a stored id. The same browser gives
 * the same person the same id, so re-importing a list still finds its duplicates.
 */
export async function pseudonymKey(db: JangkauDb): Promise<Uint8Array> {
  return db.transaction('rw', db.secrets, async () => {
    const stored = await db.secrets.get(PSEUDONYM_KEY);
    if (stored) return stored.bytes;
    const bytes = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
    await db.secrets.add({ name: PSEUDONYM_KEY, bytes });
    return bytes;
  });
}
