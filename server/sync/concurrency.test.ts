import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUJEL,
  DATABASES,
  addUser,
  bankSampah,
  change,
  pull,
  push,
  signIn,
  testServer,
  type Signed,
} from '../test/harness.ts';
import type { Result } from './types.ts';

// On PostgreSQL these requests run on several connections at once: the record and feed locks of
// push.ts are what keeps them apart (on PGlite, one connection, they queue anyway).
describe.each(DATABASES)('concurrent pushes on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  let fasil: Signed;
  let planner: Signed;
  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    await addUser(s.db, 'planner1', 'planner');
    [fasil, planner] = await Promise.all([signIn(s.app, 'fasil_bujel'), signIn(s.app, 'planner1')]);
  });
  afterAll(() => s?.close());

  const at = async (...changes: ReturnType<typeof change>[]) =>
    (await Promise.all(changes.map((c, i) => push(s.app, fasil, [c], `device-${i}`)))).map(
      (res) => res.json<{ results: Result[] }>().results[0],
    );

  it('applies one of ten sends of one change id; the rest are duplicates of it', async () => {
    const c = change({
      target: 'bank_sampah',
      recordId: 'same',
      record: bankSampah('same', BUJEL, null),
    });
    const results = await at(...Array.from({ length: 10 }, () => c));
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(9);
    expect(new Set(results.map((r) => r.seq)).size).toBe(1);
  });

  it('applies one of ten creates of one record; the others conflict with it', async () => {
    const creates = Array.from({ length: 10 }, (_, i) =>
      change({
        target: 'bank_sampah',
        recordId: 'race',
        record: { ...bankSampah('race', BUJEL, null), name: `v${i}` },
      }),
    );
    const results = await at(...creates);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'conflict').map((r) => r.server?.rev)).toEqual(
      Array(9).fill(1),
    );
  });

  it('gives twenty parallel records twenty distinct seqs, all pulled, in order', async () => {
    const { cursor } = await pull(s.app, planner);
    const results = await at(
      ...Array.from({ length: 20 }, (_, i) =>
        change({
          target: 'bank_sampah',
          recordId: `p${i}`,
          record: bankSampah(`p${i}`, BUJEL, null),
        }),
      ),
    );
    const seqs = results.map((r) => r.seq!).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    const page = await pull(s.app, planner, cursor);
    expect(page.changes.map((c) => c.seq)).toEqual(seqs);
  });
});
