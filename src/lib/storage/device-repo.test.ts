import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import {
  clearFormDraft,
  DeviceNameError,
  getDeviceName,
  loadFormDraft,
  saveFormDraft,
  setDeviceName,
} from './device-repo';
import { freshDbName } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

describe('device name', () => {
  it('a new database gets "Perangkat <4 hex>", stored on first read', async () => {
    const name = await getDeviceName(db);
    expect(name).toMatch(/^Perangkat [0-9a-f]{4}$/);
    expect(await db.meta.get('device-name')).toEqual({ key: 'device-name', value: name });
    expect(await getDeviceName(db)).toBe(name);
  });

  it('is stored trimmed; 1–60 characters without control characters, else a clear error', async () => {
    expect(await setDeviceName(db, '  HP Bu Sri  ')).toBe('HP Bu Sri');
    expect(await getDeviceName(db)).toBe('HP Bu Sri');
    // 60 code points, emoji included (two UTF-16 units each), is the most there may be.
    const sixty = `${'a'.repeat(58)}🌳🌳`;
    expect(await setDeviceName(db, sixty)).toBe(sixty);
    const refused: [string, string][] = [
      ['   ', 'empty'],
      ['a'.repeat(61), 'too-long'],
      ['HP\nBu Sri', 'control-characters'],
      ['HP\u0007', 'control-characters'],
    ];
    for (const [name, problem] of refused) {
      const error = await setDeviceName(db, name).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeviceNameError);
      expect((error as DeviceNameError).problem).toBe(problem);
    }
    expect(await getDeviceName(db)).toBe(sixty);
  });
});

describe('form drafts', () => {
  it('round-trip as plain JSON; cleared, there is none', async () => {
    expect(await loadFormDraft(db)).toBeNull();
    const draft = {
      target: 'bank_sampah',
      values: { name: 'Bank Sampah Melati', members: 12 },
      at: [112.01, -7.82],
    };
    await saveFormDraft(db, draft);
    expect(await loadFormDraft(db)).toEqual(draft);
    // What JSON cannot hold is dropped, as JSON.stringify drops it.
    await saveFormDraft(db, { a: 1, f: () => 0, u: undefined });
    expect(await loadFormDraft(db)).toEqual({ a: 1 });
    await clearFormDraft(db);
    expect(await loadFormDraft(db)).toBeNull();
  });
});
