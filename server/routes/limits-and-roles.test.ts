import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../app.ts';
import {
  BUJEL,
  DATABASES,
  addUser,
  change,
  pull,
  push,
  signIn,
  testServer,
  type Signed,
} from '../test/harness.ts';
import { PUSH_BODY_BYTES } from './sync.ts';

type Method = 'POST' | 'PUT' | 'PATCH';

/** A JSON body of exactly `bytes` bytes: `{"pad":"xxx…"}`. */
const bodyOf = (bytes: number) => `{"pad":"${'x'.repeat(bytes - '{"pad":""}'.length)}"}`;

describe.each(DATABASES)('body limits and role checks on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  let admin: Signed;
  let planner: Signed;
  let fasil: Signed;
  let nakes: Signed;
  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'admin1', 'admin');
    await addUser(s.db, 'planner1', 'planner');
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    await addUser(s.db, 'nakes_bujel', 'health', [BUJEL]);
    [admin, planner, fasil, nakes] = await Promise.all(
      ['admin1', 'planner1', 'fasil_bujel', 'nakes_bujel'].map((u) => signIn(s.app, u)),
    );
  });
  afterAll(() => s?.close());

  const counts = async () =>
    (
      await s.db.query<{ t: string; n: number }>(
        `SELECT 'users' AS t, count(*)::int AS n FROM users UNION ALL
         SELECT 'programs', count(*)::int FROM programs UNION ALL
         SELECT 'records', count(*)::int FROM records UNION ALL
         SELECT 'changes', count(*)::int FROM changes UNION ALL
         SELECT 'published', count(*)::int FROM published`,
      )
    ).map((r) => `${r.t}=${r.n}`);

  it('refuses a body one byte over the limit on every route of the OpenAPI document that takes one', async () => {
    const doc = (await s.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch'].includes(m))
        .map((m) => ({ method: m.toUpperCase() as Method, path })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const before = await counts();
    for (const { method, path } of routes) {
      const url = path.replace('{username}', 'planner1').replace('{id}', 'posyandu');
      const limit = path === '/api/sync/push' ? PUSH_BODY_BYTES : BODY_LIMIT_BYTES;
      const send = (bytes: number) =>
        s.app.inject({
          method,
          url,
          headers: { ...admin.headers, 'content-type': 'application/json' },
          payload: bodyOf(bytes),
        });
      const over = await send(limit + 1);
      expect(`${method} ${path} ${over.statusCode} ${over.json().error}`).toBe(
        `${method} ${path} 413 too_large`,
      );
      // At the limit the body is read (and then refused or ignored for what it says).
      const at = await send(limit);
      expect(`${method} ${path} ${at.statusCode === 413}`).toBe(`${method} ${path} false`);
    }
    // The sign-in's limit holds without a session too.
    const anonymous = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: bodyOf(BODY_LIMIT_BYTES + 1),
    });
    expect(anonymous.statusCode).toBe(413);
    // The publish above ran (admin, a body it ignores); nothing else was written.
    expect(await counts()).toEqual(before.map((c) => (c === 'published=0' ? 'published=1' : c)));
  });

  it('answers 403 to every role a route does not allow, and writes nothing', async () => {
    const before = await counts();
    const tries: {
      who: Signed;
      name: string;
      method: 'GET' | Method;
      url: string;
      body?: object;
    }[] = [];
    for (const [name, who] of [
      ['planner', planner],
      ['facilitator', fasil],
      ['health', nakes],
    ] as const) {
      tries.push(
        { who, name, method: 'GET', url: '/api/users' },
        {
          who,
          name,
          method: 'POST',
          url: '/api/users',
          body: { username: 'sneaky', password: 'long-enough-pw', role: 'admin', kelurahan: [] },
        },
        {
          who,
          name,
          method: 'PATCH',
          url: `/api/users/${name === 'planner' ? 'planner1' : 'fasil_bujel'}`,
          body: { role: 'admin' },
        },
        { who, name, method: 'PUT', url: '/api/programs/posyandu', body: { id: 'posyandu' } },
      );
      if (name !== 'planner') tries.push({ who, name, method: 'POST', url: '/api/publish' });
    }
    for (const t of tries) {
      const res = await s.app.inject({
        method: t.method,
        url: t.url,
        headers: t.method === 'GET' ? { cookie: t.who.cookie } : t.who.headers,
        payload: t.body,
      });
      expect(`${t.name} ${t.method} ${t.url} ${res.statusCode} ${res.json().error}`).toBe(
        `${t.name} ${t.method} ${t.url} 403 forbidden`,
      );
    }
    expect(await counts()).toEqual(before);
    const roles = await s.db.query<{ role: string }>(
      "SELECT role FROM users WHERE username IN ('planner1', 'fasil_bujel') ORDER BY username",
    );
    expect(roles).toEqual([{ role: 'facilitator' }, { role: 'planner' }]);
  });

  it('gives a planner no Home Care record: none pulled, none written, no patient in any answer', async () => {
    const record = {
      id: 'hc-1',
      batchId: 'field:home_care',
      date: '2025-03-01',
      patientId: 'P-SECRET-77',
      kode: BUJEL,
      rw: 1,
      rt: 1,
      lng: 111.9805,
      lat: -7.8345,
      service: 'fisioterapi',
      group: 'lansia',
    };
    const made = await push(s.app, nakes, [
      change({ target: 'home_care', recordId: 'hc-1', record }),
    ]);
    expect(made.json().results[0].status).toBe('applied');
    // Every page of the planner's feed, one change at a time and all at once.
    for (const limit of [1, 1000]) {
      let since = 0;
      for (;;) {
        const page = await pull(s.app, planner, since, limit);
        expect(page.changes.filter((c) => c.target === 'home_care')).toEqual([]);
        expect(JSON.stringify(page)).not.toContain('P-SECRET-77');
        if (!page.more) break;
        since = page.cursor;
      }
    }
    const edit = await push(s.app, planner, [
      change({ target: 'home_care', recordId: 'hc-1', baseRev: 1, record: { ...record, rw: 2 } }),
    ]);
    expect(edit.json().results[0]).toMatchObject({ status: 'rejected' });
    expect(JSON.stringify(edit.json())).not.toContain('P-SECRET-77');
    // A guessed record id on a stale rev: the conflict answer would carry the server's version.
    const stale = await push(s.app, planner, [
      change({ target: 'home_care', recordId: 'hc-1', baseRev: 0, record }),
    ]);
    expect(stale.json().results[0].status).toBe('rejected');
    expect(stale.body).not.toContain('P-SECRET-77');
  });
});
