import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
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

const IN_BUJEL: [number, number] = [111.9805, -7.8345];

/** Classic SQL-injection payloads: quotes, comments, stacked statements, placeholders, UNION. */
const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "x'); DELETE FROM records; --",
  '1; TRUNCATE changes',
  '" OR ""="',
  "admin'--",
  '$1) OR (1=1',
  "\\'; DROP TABLE audit_log; --",
  '1 UNION SELECT password_hash FROM users',
];
const N = INJECTIONS.length;

/** Every table and view this test's schema and `public` hold, and every table's row count. */
async function snapshot(db: Db) {
  const tables = await db.query<{ schema: string; name: string; type: string }>(
    `SELECT table_schema AS schema, table_name AS name, table_type AS type
     FROM information_schema.tables WHERE table_schema IN (current_schema(), 'public')
     ORDER BY 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const t of tables.filter((x) => x.type === 'BASE TABLE' && x.schema !== 'public')) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t.name}"`);
    counts[t.name] = row.n;
  }
  return { tables, counts };
}

const definition = (id: string, text: string, key = 'name') => ({
  format: 'jangkau-program',
  version: 1,
  id,
  origin: 'custom',
  names: { id: text, en: text },
  archetype: 'site',
  privacy: 'public_points',
  fields: [{ key, names: { id: text, en: text }, kind: 'text', required: true }],
  radius: { defaultM: 400, source: { id: text, en: text } },
  index: [],
  color: [10, 20, 30],
});

describe.each(DATABASES)('SQL injection on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  let admin: Signed;
  let fasil: Signed;
  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'admin1', 'admin');
    await addUser(s.db, 'target', 'facilitator', [BUJEL]);
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    [admin, fasil] = await Promise.all([signIn(s.app, 'admin1'), signIn(s.app, 'fasil_bujel')]);
  });
  afterAll(() => s?.close());

  const status = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    who: Signed | null,
    payload?: unknown,
  ) =>
    (
      await s.app.inject({
        method,
        url,
        headers: who === null ? {} : method === 'GET' ? { cookie: who.cookie } : who.headers,
        payload: payload as Record<string, unknown> | undefined,
      })
    ).statusCode;

  it('changes nothing with injection text in every field and query parameter', async () => {
    const before = await snapshot(s.db);
    for (const [i, inj] of INJECTIONS.entries()) {
      const q = encodeURIComponent(inj);
      // Sign-in: an injected name or password signs nobody in.
      expect(await status('POST', '/api/session', null, { username: inj, password: inj })).toBe(
        401,
      );
      expect(
        await status('POST', '/api/session', null, { username: 'target', password: inj }),
      ).toBe(401);
      // Query parameters: typed (integers) or unknown, refused before any SQL.
      expect(await status('GET', `/api/sync/pull?since=${q}`, fasil)).toBe(400);
      expect(await status('GET', `/api/sync/pull?limit=${q}`, fasil)).toBe(400);
      expect(await status('GET', `/api/sync/pull?${q}=1`, fasil)).toBe(400);
      // Change fields with a pattern, an enum, a format or a type: refused.
      for (const field of ['changeId', 'target', 'op', 'at', 'baseRev'] as const) {
        const c = { ...change({ target: 'bank_sampah', recordId: 'r' }), [field]: inj };
        const res = await push(s.app, fasil, [c]);
        expect(`${field} ${res.statusCode}`).toBe(`${field} 400`);
      }
      // Free-text fields: stored as text (+1 record, +1 change); a bad kode is rejected.
      const record = {
        ...bankSampah(inj, BUJEL, IN_BUJEL),
        name: inj,
        address: inj,
        type: inj,
        status: inj,
        established: inj,
        batchId: inj,
      };
      const pushed = await push(
        s.app,
        fasil,
        [
          change({ target: 'bank_sampah', recordId: inj, record, by: inj }),
          change({
            target: 'bank_sampah',
            recordId: `${inj}-k`,
            record: { ...record, id: `${inj}-k`, kode: inj },
          }),
        ],
        inj,
      );
      expect(pushed.json().results.map((r: { status: string }) => r.status)).toEqual([
        'applied',
        'rejected',
      ]);
      // Users: patterns and enums refuse; a password is any text (+1 user, who then signs in).
      const user = {
        username: `inj_user_${i}`,
        password: `${inj}-padding`,
        role: 'planner',
        kelurahan: [],
      };
      expect(await status('POST', '/api/users', admin, { ...user, username: inj })).toBe(400);
      expect(await status('POST', '/api/users', admin, { ...user, role: inj })).toBe(400);
      expect(await status('POST', '/api/users', admin, { ...user, kelurahan: [inj] })).toBe(400);
      expect(await status('POST', '/api/users', admin, user)).toBe(201);
      expect((await signIn(s.app, user.username, user.password)).csrf).toBeTruthy();
      expect(await status('PATCH', `/api/users/${q}`, admin, { disabled: true })).toBe(400);
      expect(await status('PATCH', '/api/users/target', admin, { role: inj })).toBe(400);
      expect(await status('PATCH', '/api/users/target', admin, { kelurahan: [inj] })).toBe(400);
      // Programmes: the id is a pattern; a field key is checked by the app's own schema
      // (rejected, audited); names are text (+1 programme, +1 change).
      expect(await status('PUT', `/api/programs/${q}`, admin, definition('x_inj', inj))).toBe(400);
      expect(
        await status('PUT', `/api/programs/inj_${i}`, admin, definition(`inj_${i}`, inj, inj)),
      ).toBe(400);
      expect(
        await status('PUT', `/api/programs/inj_${i}`, admin, definition(`inj_${i}`, inj)),
      ).toBe(200);
      // The CSRF header and the cookie are compared, never put in SQL text.
      expect(
        await status('POST', '/api/publish', {
          ...admin,
          headers: { cookie: admin.cookie, 'x-csrf-token': inj },
        }),
      ).toBe(403);
      expect(
        await status('GET', '/api/sync/pull', { ...fasil, cookie: `jangkau_session=${q}` }),
      ).toBe(401);
    }

    const after = await snapshot(s.db);
    expect(after.tables).toEqual(before.tables);
    // Hand-counted: per payload one record, one user, one programme, one session (the new user's
    // sign-in), and two feed rows (the record and the programme); nothing else.
    const expected = { ...before.counts };
    expected.users += N;
    expected.records += N;
    expected.programs += N;
    expected.sessions += N;
    expected.changes += 2 * N;
    const audit = before.counts.audit_log;
    expect({ ...after.counts, audit_log: audit }).toEqual({ ...expected, audit_log: audit });
    // The audit log: two failed sign-ins, a user, two applied and two rejected changes and a
    // sign-in per payload.
    const actions = await s.db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM (SELECT action FROM audit_log ORDER BY id DESC LIMIT $1) a
       GROUP BY action ORDER BY action`,
      [after.counts.audit_log - audit],
    );
    expect(after.counts.audit_log - audit).toBe(8 * N);
    expect(actions).toEqual([
      { action: 'push.applied', n: 2 * N },
      { action: 'push.rejected', n: 2 * N },
      { action: 'session.failed', n: 2 * N },
      { action: 'session.ok', n: N },
      { action: 'user.create', n: N },
    ]);
    // Stored verbatim and read back verbatim.
    const back = (await pull(s.app, fasil)).changes.filter((c) => c.target === 'bank_sampah');
    expect(back.map((c) => c.record?.name).sort()).toEqual([...INJECTIONS].sort());
    const names = await s.db.query<{ username: string }>(
      "SELECT username FROM audit_log WHERE action = 'session.failed' AND username <> 'target'",
    );
    expect(names.map((r) => r.username).sort()).toEqual([...INJECTIONS].sort());
    const clients = await s.db.query<{ client_id: string }>(
      "SELECT client_id FROM changes WHERE target = 'bank_sampah' ORDER BY seq",
    );
    expect(clients.map((r) => r.client_id)).toEqual(INJECTIONS);
  });

  it('refuses U+0000, which PostgreSQL text cannot hold, as bad input (400), never a 500', async () => {
    const before = await snapshot(s.db);
    const nul = 'x\u0000y';
    const record = { ...bankSampah('nul-1', BUJEL, IN_BUJEL), name: nul };
    const asked = [
      await push(s.app, fasil, [change({ target: 'bank_sampah', recordId: 'nul-1', record })]),
      await push(s.app, fasil, [
        change({ target: 'bank_sampah', recordId: nul, record: bankSampah(nul, BUJEL, null) }),
      ]),
      await push(
        s.app,
        fasil,
        [change({ target: 'bank_sampah', recordId: 'n', record: null })],
        nul,
      ),
      await s.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: nul, password: 'whatever-it-is' },
      }),
      await s.app.inject({ url: '/api/sync/pull?since=%00', headers: { cookie: fasil.cookie } }),
    ];
    expect(asked.map((r) => r.statusCode)).toEqual([400, 400, 400, 400, 400]);
    const cookie = await s.app.inject({
      url: '/api/sync/pull',
      headers: { cookie: 'jangkau_session=%00' },
    });
    expect(cookie.statusCode).toBe(401);
    expect((await snapshot(s.db)).counts).toEqual(before.counts);
  });
});
