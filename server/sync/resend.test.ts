import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUJEL,
  DATABASES,
  addUser,
  bankSampah,
  change,
  push,
  signIn,
  testServer,
  type Signed,
} from '../test/harness.ts';
import type { Result } from './types.ts';

// A client whose push outlasts its timeout sends the batch again while the server is still
// working on the first send. If each duplicate cost a transaction (a pool slot, the record lock)
// the resend cost as much as the first send, and under load every resend timed out in turn: the
// client never caught up (npm run bench:sync, 50 clients, pushes of 50). Duplicates are answered
// from the feed in one query; only the changes not yet applied take a transaction each.
describe.each(DATABASES)('a resent push on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  let fasil: Signed;
  let transactions = 0;
  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    fasil = await signIn(s.app, 'fasil_bujel');
    const transaction = s.db.transaction.bind(s.db);
    s.db.transaction = (fn) => {
      transactions++;
      return transaction(fn);
    };
  });
  afterAll(() => s?.close());

  const creates = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const id = `resend-${from + i}`;
      return change({ target: 'bank_sampah', recordId: id, record: bankSampah(id, BUJEL, null) });
    });
  const send = async (changes: ReturnType<typeof change>[]) => {
    transactions = 0;
    const res = await push(s.app, fasil, changes);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ results: Result[] }>().results;
  };

  it('answers the applied changes of a resend as duplicates without a transaction each', async () => {
    const first = creates(0, 20);
    const applied = await send(first);
    expect(transactions).toBe(20);
    const fresh = creates(20, 5);
    // The resend as the engine makes it after a lost answer: the same changes, and new ones.
    const again = await send([...first.slice(0, 10), ...fresh, ...first.slice(10)]);
    expect(transactions).toBe(5);
    expect(again.map((r) => r.changeId)).toEqual(
      [...first.slice(0, 10), ...fresh, ...first.slice(10)].map((c) => c.changeId),
    );
    const byId = new Map(applied.map((r) => [r.changeId, r]));
    for (const r of again) {
      const before = byId.get(r.changeId);
      if (before === undefined) expect(r).toMatchObject({ status: 'applied', rev: 1 });
      else
        expect(r).toEqual({ changeId: r.changeId, status: 'duplicate', rev: 1, seq: before.seq });
    }
  });
});
