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
import { MAX_PUSH, PUSH_BODY_BYTES } from '../routes/sync.ts';
import { BODY_LIMIT_BYTES } from '../app.ts';

const IN_BUJEL: [number, number] = [111.9805, -7.8345];

describe.each(DATABASES)('sync input checks on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  let fasil: Signed;
  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    fasil = await signIn(s.app, 'fasil_bujel');
  });
  afterAll(() => s?.close());

  const INJECTION = "x'); DROP TABLE records; --";

  it('stores SQL-injection text as text and refuses it where a pattern applies', async () => {
    const record = { ...bankSampah(INJECTION, BUJEL, IN_BUJEL), name: INJECTION };
    const res = await push(
      s.app,
      fasil,
      [change({ target: 'bank_sampah', recordId: INJECTION, record })],
      INJECTION,
    );
    expect(res.json().results[0].status).toBe('applied');
    const [row] = await s.db.query<{ name: string }>(
      "SELECT data->>'name' AS name FROM records WHERE record_id = $1",
      [INJECTION],
    );
    expect(row.name).toBe(INJECTION);
    const badTarget = await push(s.app, fasil, [change({ target: INJECTION, recordId: 'a' })]);
    expect(badTarget.statusCode).toBe(400);
    const badSince = await s.app.inject({
      url: `/api/sync/pull?since=${encodeURIComponent(INJECTION)}`,
      headers: { cookie: fasil.cookie },
    });
    expect(badSince.statusCode).toBe(400);
    expect(await s.db.query('SELECT count(*)::int AS n FROM records')).toEqual([{ n: 1 }]);
  });

  it(`refuses more than ${MAX_PUSH} changes, unknown fields and bodies over the limit`, async () => {
    const many = Array.from({ length: MAX_PUSH + 1 }, (_, i) =>
      change({ target: 'bank_sampah', recordId: `m${i}` }),
    );
    expect((await push(s.app, fasil, many)).statusCode).toBe(400);
    const extra = await push(s.app, fasil, [
      { ...change({ target: 'bank_sampah', recordId: 'e' }), sneaky: 1 } as ReturnType<
        typeof change
      >,
    ]);
    expect(extra.statusCode).toBe(400);
    const huge = 'x'.repeat(PUSH_BODY_BYTES);
    const big = await push(s.app, fasil, [
      change({ target: 'bank_sampah', recordId: 'big', record: { id: 'big', pad: huge } }),
    ]);
    expect([big.statusCode, big.json().error]).toEqual([413, 'too_large']);
    const other = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'fasil_bujel', password: 'x'.repeat(BODY_LIMIT_BYTES) },
    });
    expect(other.statusCode).toBe(413);
  });
});
