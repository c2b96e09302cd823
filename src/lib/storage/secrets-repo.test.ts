import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackupJson } from './backup-repo';
import { openDb, type JangkauDb } from './db';
import { pseudonymKey } from './secrets-repo';
import { freshDbName } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

describe('pseudonymKey', () => {
  it('is made once, 32 random bytes, and the same on every later call and reopen', async () => {
    const first = await pseudonymKey(db);
    expect(first).toBeInstanceOf(Uint8Array);
    expect(first.length).toBe(32);
    // 32 zero bytes from a working random source: probability 2^-256.
    expect(first.some((b) => b !== 0)).toBe(true);
    expect(await pseudonymKey(db)).toEqual(first);
    const name = db.name;
    db.close();
    db = await openDb(name);
    expect(await pseudonymKey(db)).toEqual(first);
  });

  it('differs between two browsers (databases)', async () => {
    const other = await openDb(freshDbName());
    try {
      expect(await pseudonymKey(other)).not.toEqual(await pseudonymKey(db));
    } finally {
      await other.delete();
    }
  });

  it('never reaches a backup', async () => {
    const key = await pseudonymKey(db);
    const text = await exportBackupJson(db);
    expect(text).not.toContain('pseudonym');
    expect(text).not.toContain(Buffer.from(key).toString('hex'));
    expect(text).not.toContain(JSON.stringify(Array.from(key)).slice(1, -1));
  });
});
