import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUJEL,
  CAMPUREJO,
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

const IN_BUJEL: [number, number] = [111.9805, -7.8345];
const IN_CAMPUREJO: [number, number] = [111.9902, -7.8087];

const homeCare = (id: string) => ({
  id,
  batchId: 'field:home_care',
  date: '2025-03-01',
  patientId: `P-${id}`,
  kode: BUJEL,
  rw: 1,
  rt: 1,
  lng: IN_BUJEL[0],
  lat: IN_BUJEL[1],
  service: 'fisioterapi',
  group: 'lansia',
});

/** One user's cookie never acts as another (issue 12 §6). */
describe.each(DATABASES)('session isolation on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  let admin: Signed;
  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'nakes_bujel', 'health', [BUJEL]);
    await addUser(s.db, 'planner1', 'planner');
    await addUser(s.db, 'admin1', 'admin');
    admin = await signIn(s.app, 'admin1');
  });
  afterAll(() => s?.close());

  const whoIs = async (cookie: string) =>
    (await s.app.inject({ url: '/api/session', headers: { cookie } })).json<{
      user: { username: string; role: string; kelurahan: string[] } | null;
    }>().user;
  const pullStatus = async (cookie: string) =>
    (await s.app.inject({ url: '/api/sync/pull', headers: { cookie } })).statusCode;
  const patchUser = (username: string, payload: Record<string, unknown>) =>
    s.app.inject({
      method: 'PATCH',
      url: `/api/users/${username}`,
      headers: admin.headers,
      payload,
    });

  it('keeps two users signed in at once apart: reads, writes and the audit are each their own', async () => {
    const [nakes, planner] = await Promise.all([
      signIn(s.app, 'nakes_bujel'),
      signIn(s.app, 'planner1'),
    ]);
    expect((await whoIs(nakes.cookie))?.username).toBe('nakes_bujel');
    expect((await whoIs(planner.cookie))?.username).toBe('planner1');
    // The nurse's cookie with the planner's CSRF token: refused, nothing written.
    const mixed = await push(
      s.app,
      { ...nakes, headers: { ...nakes.headers, 'x-csrf-token': planner.csrf } },
      [change({ target: 'home_care', recordId: 'hc-mixed', record: homeCare('hc-mixed') })],
    );
    expect([mixed.statusCode, mixed.json().error]).toEqual([403, 'csrf']);
    // A write whose client claims to be the planner is recorded as the cookie's user.
    const res = await push(s.app, nakes, [
      change({ target: 'home_care', recordId: 'hc-1', record: homeCare('hc-1'), by: 'planner1' }),
    ]);
    expect(res.json().results[0].status).toBe('applied');
    const [written] = await s.db.query<{ by: string; updated_by: string }>(
      `SELECT c.by, r.updated_by FROM changes c JOIN records r USING (target, record_id)
       WHERE c.record_id = 'hc-1'`,
    );
    expect(written).toEqual({ by: 'nakes_bujel', updated_by: 'nakes_bujel' });
    const audited = await s.db.query<{ username: string }>(
      "SELECT username FROM audit_log WHERE action LIKE 'push.%' AND record_id IN ('hc-1', 'hc-mixed')",
    );
    expect(audited).toEqual([{ username: 'nakes_bujel' }]);
    // Each reads only what they may: the patient reaches the nurse, not the planner.
    const targets = async (who: Signed) =>
      (await pull(s.app, who)).changes
        .filter((c) => c.target === 'home_care')
        .map((c) => c.recordId);
    expect(await targets(nakes)).toEqual(['hc-1']);
    expect(await targets(planner)).toEqual([]);
    const raw = await s.app.inject({ url: '/api/sync/pull', headers: { cookie: planner.cookie } });
    expect(raw.body).not.toContain('P-hc-1');
  });

  it('ends a user’s sessions when the admin changes their role or password', async () => {
    await addUser(s.db, 'fasil_promoted', 'facilitator', [BUJEL]);
    await addUser(s.db, 'fasil_newpass', 'facilitator', [BUJEL]);
    const promoted = await signIn(s.app, 'fasil_promoted');
    const newpass = await signIn(s.app, 'fasil_newpass');
    expect((await patchUser('fasil_promoted', { role: 'planner' })).statusCode).toBe(200);
    expect((await patchUser('fasil_newpass', { password: 'another-long-pass' })).statusCode).toBe(
      200,
    );
    for (const old of [promoted, newpass]) {
      expect(await whoIs(old.cookie)).toBeNull();
      expect(await pullStatus(old.cookie)).toBe(401);
      const write = await push(s.app, old, [
        change({
          target: 'bank_sampah',
          recordId: 'bs-old',
          record: bankSampah('bs-old', BUJEL, IN_BUJEL),
        }),
      ]);
      expect(write.statusCode).toBe(401);
    }
    expect(await s.db.query("SELECT 1 FROM records WHERE record_id = 'bs-old'")).toEqual([]);
    // Signed in again, the new role holds: a planner writes no records.
    const again = await signIn(s.app, 'fasil_promoted');
    expect((await whoIs(again.cookie))?.role).toBe('planner');
    const [r] = (
      await push(s.app, again, [
        change({
          target: 'bank_sampah',
          recordId: 'bs-p',
          record: bankSampah('bs-p', BUJEL, IN_BUJEL),
        }),
      ])
    ).json().results;
    expect(r.status).toBe('rejected');
  });

  it('applies a changed kelurahan to a live session at once', async () => {
    await addUser(s.db, 'fasil_moved', 'facilitator', [BUJEL]);
    const me = await signIn(s.app, 'fasil_moved');
    expect((await patchUser('fasil_moved', { kelurahan: [CAMPUREJO] })).statusCode).toBe(200);
    expect((await whoIs(me.cookie))?.kelurahan).toEqual([CAMPUREJO]);
    const results = (
      await push(s.app, me, [
        change({
          target: 'bank_sampah',
          recordId: 'bs-b',
          record: bankSampah('bs-b', BUJEL, IN_BUJEL),
        }),
        change({
          target: 'bank_sampah',
          recordId: 'bs-c',
          record: bankSampah('bs-c', CAMPUREJO, IN_CAMPUREJO),
        }),
      ])
    ).json<{ results: { status: string }[] }>().results;
    expect(results.map((x) => x.status)).toEqual(['rejected', 'applied']);
  });

  it('stops a disabled user’s cookie, even if a session row outlived the change', async () => {
    await addUser(s.db, 'fasil_gone', 'facilitator', [BUJEL]);
    const me = await signIn(s.app, 'fasil_gone');
    // Straight in the database (a DBA, a restore): the session row stays, the guard still refuses.
    await s.db.query("UPDATE users SET disabled = true WHERE username = 'fasil_gone'");
    expect(await pullStatus(me.cookie)).toBe(401);
    await s.db.query("UPDATE users SET disabled = false WHERE username = 'fasil_gone'");
    expect(await pullStatus(me.cookie)).toBe(200);
    // Through the API the sessions go as well.
    expect((await patchUser('fasil_gone', { disabled: true })).statusCode).toBe(200);
    const rows = await s.db.query("SELECT 1 FROM sessions WHERE username = 'fasil_gone'");
    expect(rows).toEqual([]);
    await s.db.query("UPDATE users SET disabled = false WHERE username = 'fasil_gone'");
    expect(await pullStatus(me.cookie)).toBe(401);
  });

  it('draws session tokens at random (256 bits), keeps only their hash, none follows another', async () => {
    const signed = [];
    for (let i = 0; i < 4; i++) signed.push(await signIn(s.app, 'planner1'));
    const tokens = signed.map((x) => x.cookie.slice('jangkau_session='.length));
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([...tokens, ...signed.map((x) => x.csrf)]).size).toBe(8);
    const asNumber = (t: string) => BigInt(`0x${Buffer.from(t, 'base64url').toString('hex')}`);
    for (let i = 1; i < tokens.length; i++) {
      const gap = asNumber(tokens[i]) - asNumber(tokens[i - 1]);
      // Random 256-bit numbers lie this close with chance 2^-127; a counter would lie at 1.
      expect(gap < 0n ? -gap : gap).toBeGreaterThan(2n ** 128n);
    }
    const stored = await s.db.query<{ token_hash: string; row: string }>(
      'SELECT token_hash, sessions::text AS row FROM sessions',
    );
    for (const t of tokens) {
      const hash = createHash('sha256').update(t).digest('hex');
      expect(stored.some((r) => r.token_hash === hash)).toBe(true);
      expect(stored.some((r) => r.row.includes(t))).toBe(false);
    }
  });

  it('answers 401 to a forged, tampered, stolen-hash or expired cookie', async () => {
    const me = await signIn(s.app, 'planner1');
    const token = me.cookie.slice('jangkau_session='.length);
    const flip = (c: string) => (c === 'A' ? 'B' : 'A');
    const hash = createHash('sha256').update(token).digest('hex');
    const forged = [
      token.slice(0, -1) + flip(token.slice(-1)),
      flip(token[0]) + token.slice(1),
      token.slice(0, 42),
      `${token}A`,
      randomBytes(32).toString('base64url'),
      hash, // what a copy of the database holds
      '',
      "' OR '1'='1",
      'x'.repeat(4000),
    ];
    for (const value of forged) {
      const cookie = `jangkau_session=${value}`;
      expect(`${value.slice(0, 12)} ${await pullStatus(cookie)}`).toBe(`${value.slice(0, 12)} 401`);
      expect(await whoIs(cookie)).toBeNull();
    }
    expect(await pullStatus(me.cookie)).toBe(200);
    await s.db.query(
      "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
      [hash],
    );
    expect(await pullStatus(me.cookie)).toBe(401);
  });

  it('refuses every state-changing route of the OpenAPI document without the CSRF token', async () => {
    const doc = (await s.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        // Sign-in has no token before it; SameSite=Strict guards it instead.
        .filter((m) => !(path === '/api/session' && m === 'post'))
        .map((method) => ({ method, path })),
    );
    expect(writes.length).toBeGreaterThanOrEqual(6);
    const other = await signIn(s.app, 'planner1');
    const before = await s.db.query('SELECT count(*)::int AS n FROM changes');
    const sessionsBefore = await s.db.query('SELECT count(*)::int AS n FROM sessions');
    for (const { method, path } of writes) {
      const url = path.replace('{username}', 'planner1').replace('{id}', 'posyandu');
      for (const token of [undefined, other.csrf, '']) {
        const res = await s.app.inject({
          method: method.toUpperCase() as 'POST',
          url,
          headers:
            token === undefined
              ? { cookie: admin.cookie }
              : { cookie: admin.cookie, 'x-csrf-token': token },
          payload: method === 'delete' ? undefined : { clientId: 'c', changes: [], disabled: true },
        });
        expect(`${method} ${path} ${res.statusCode} ${res.json().error}`).toBe(
          `${method} ${path} 403 csrf`,
        );
      }
    }
    expect(await s.db.query('SELECT count(*)::int AS n FROM changes')).toEqual(before);
    expect(await s.db.query('SELECT count(*)::int AS n FROM sessions')).toEqual(sessionsBefore);
    expect(await s.db.query("SELECT disabled FROM users WHERE username = 'planner1'")).toEqual([
      { disabled: false },
    ]);
    expect(await s.db.query('SELECT count(*)::int AS n FROM published')).toEqual([{ n: 0 }]);
  });
});
