import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUJEL,
  DATABASES,
  PASSWORD,
  addUser,
  sessionCookie,
  signIn,
  testServer,
} from '../test/harness.ts';
import { ensureFirstAdmin } from './first-admin.ts';
import { verifyPassword } from './passwords.ts';

/**
 * The routes anyone may call (issue 12 §1): everything else needs a session. `GET /api/session`
 * answers `{"user": null}` without one (the app's probe on start).
 */
const PUBLIC = (path: string, method: string) =>
  path === '/api/health' ||
  path.startsWith('/api/public/') ||
  (path === '/api/session' && (method === 'post' || method === 'get'));

describe.each(DATABASES)('auth on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'planner1', 'planner');
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    await addUser(s.db, 'admin1', 'admin');
  });
  afterAll(() => s?.close());

  it('answers 401 to an anonymous request on every route of the OpenAPI document but the public ones', async () => {
    const doc = (await s.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ path, method })),
    );
    // The route table as the contract names it: a route missing from the document fails here.
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        'delete /api/session',
        'get /api/health',
        'get /api/programs',
        'get /api/public/figures',
        'get /api/session',
        'get /api/sync/pull',
        'get /api/users',
        'patch /api/users/{username}',
        'post /api/publish',
        'post /api/session',
        'post /api/sync/push',
        'post /api/users',
        'put /api/programs/{id}',
      ].sort(),
    );
    const closed = routes.filter((r) => !PUBLIC(r.path, r.method));
    for (const { path, method } of closed) {
      const url = path.replace('{username}', 'admin1').replace('{id}', 'posyandu');
      const res = await s.app.inject({
        method: method.toUpperCase() as 'GET',
        url,
        payload: method === 'get' ? undefined : {},
      });
      expect(`${method} ${path} ${res.statusCode}`).toBe(`${method} ${path} 401`);
      expect(res.json()).toMatchObject({ error: 'unauthenticated' });
    }
    // The app's probe on start: "not signed in" is an answer, documented as such.
    const probe = await s.app.inject({ url: '/api/session' });
    expect([probe.statusCode, probe.json()]).toEqual([200, { user: null }]);
    const probeSchema = { required: ['user'], properties: { user: { nullable: true } } };
    expect(doc.paths['/api/session'].get).toMatchObject({
      responses: {
        200: { content: { 'application/json': { schema: { anyOf: [{}, probeSchema] } } } },
      },
    });
  });

  it('sets the session cookie HttpOnly, SameSite=Strict, on /api, Secure only over HTTPS', async () => {
    const plain = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'planner1', password: PASSWORD },
    });
    const c = plain.cookies.find((x) => x.name === 'jangkau_session')!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    expect(c.secure).toBeUndefined();
    // Behind the HTTPS reverse proxy (loopback is trusted by default).
    const https = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'planner1', password: PASSWORD },
    });
    expect(https.cookies.find((x) => x.name === 'jangkau_session')).toMatchObject({
      secure: true,
      httpOnly: true,
    });
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a state-changing request without the CSRF token (403), and with another session’s', async () => {
    const me = await signIn(s.app, 'fasil_bujel');
    const other = await signIn(s.app, 'planner1');
    const body = { clientId: 'c', changes: [] };
    const none = await s.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { cookie: me.cookie },
      payload: body,
    });
    expect([none.statusCode, none.json().error]).toEqual([403, 'csrf']);
    const wrong = await s.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { cookie: me.cookie, 'x-csrf-token': other.csrf },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    const out = await s.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: me.cookie },
    });
    expect(out.statusCode).toBe(403);
    const ok = await s.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: me.headers,
      payload: body,
    });
    expect(ok.json()).toEqual({ results: [] });
  });

  it('acts as the cookie’s own user, and signs out for good', async () => {
    const me = await signIn(s.app, 'fasil_bujel');
    const who = await s.app.inject({ url: '/api/session', headers: { cookie: me.cookie } });
    expect(who.json()).toEqual({
      user: { username: 'fasil_bujel', role: 'facilitator', kelurahan: [BUJEL] },
      csrfToken: me.csrf,
    });
    const out = await s.app.inject({ method: 'DELETE', url: '/api/session', headers: me.headers });
    expect(out.statusCode).toBe(204);
    const after = await s.app.inject({ url: '/api/session', headers: { cookie: me.cookie } });
    expect([after.statusCode, after.json()]).toEqual([200, { user: null }]);
    const pulled = await s.app.inject({ url: '/api/sync/pull', headers: { cookie: me.cookie } });
    expect(pulled.statusCode).toBe(401);
  });

  it('lets only an admin manage users; new users sign in with their password', async () => {
    const planner = await signIn(s.app, 'planner1');
    const denied = await s.app.inject({ url: '/api/users', headers: { cookie: planner.cookie } });
    expect(denied.statusCode).toBe(403);
    const admin = await signIn(s.app, 'admin1');
    const body = {
      username: 'nakes1',
      password: 'a-long-password',
      role: 'health',
      kelurahan: [BUJEL],
    };
    const made = await s.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: body,
    });
    expect(made.statusCode).toBe(201);
    const badKode = await s.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { ...body, username: 'nakes2', kelurahan: ['35.71.09.9999'] },
    });
    expect(badKode.statusCode).toBe(400);
    const extra = await s.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { ...body, username: 'nakes3', isAdmin: true },
    });
    expect(extra.statusCode).toBe(400);
    const nakes = await signIn(s.app, 'nakes1', 'a-long-password');
    // Disabling ends the user's sessions at once.
    await s.app.inject({
      method: 'PATCH',
      url: '/api/users/nakes1',
      headers: admin.headers,
      payload: { disabled: true },
    });
    const probe = await s.app.inject({ url: '/api/session', headers: { cookie: nakes.cookie } });
    expect(probe.json()).toEqual({ user: null });
    expect(
      (await s.app.inject({ url: '/api/sync/pull', headers: { cookie: nakes.cookie } })).statusCode,
    ).toBe(401);
    // The audit log has the create and the sign-ins, and no password anywhere.
    const log = await s.db.query<{ text: string }>('SELECT audit_log::text AS text FROM audit_log');
    expect(log.some((r) => r.text.includes('user.create'))).toBe(true);
    expect(log.some((r) => r.text.includes('a-long-password') || r.text.includes(PASSWORD))).toBe(
      false,
    );
  });

  it('creates the first admin once: with the given password, never again', async () => {
    await s.db.query('DELETE FROM users');
    expect(await ensureFirstAdmin(s.db, 'given-admin-password')).toEqual({
      created: true,
      generated: null,
    });
    expect(await ensureFirstAdmin(s.db, 'other-admin-password')).toEqual({ created: false });
    const [row] = await s.db.query<{ h: string }>(
      "SELECT password_hash AS h FROM users WHERE username = 'admin'",
    );
    expect(row.h).not.toContain('given-admin-password');
    expect(await verifyPassword('given-admin-password', row.h)).toBe(true);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'admin', password: 'given-admin-password' },
    });
    expect(sessionCookie(res)).toMatch(/^jangkau_session=/);
  });
});
