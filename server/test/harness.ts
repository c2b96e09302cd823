/**
 * Test support: the same suites run on PGlite and, when TEST_DATABASE_URL is set (CI), on a real
 * PostgreSQL. PGlite with PostGIS takes seconds to start, so one instance serves the whole run
 * (server/vitest.config.ts runs the files one after another in one process); every test file gets
 * a schema of its own on either database, so files never see each other's rows.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openPglite, openPostgres, type Db, type DatabaseKind } from '../db/database.ts';
import { createUser } from '../auth/users-repo.ts';
import type { Role } from '../auth/roles.ts';
import { startServer, type StartOptions } from '../start.ts';
import type { Change } from '../sync/types.ts';

/**
 * The databases the suites run on: PGlite always, PostgreSQL when TEST_DATABASE_URL names one.
 * TEST_DATABASES (comma-separated) narrows the list, so that `scripts/test-server.ts` can run the
 * two in parallel processes on a 2-core machine.
 */
export const DATABASES: DatabaseKind[] = databasesToTest(
  process.env.TEST_DATABASES,
  Boolean(process.env.TEST_DATABASE_URL),
);

function databasesToTest(only: string | undefined, havePostgres: boolean): DatabaseKind[] {
  const all: DatabaseKind[] = havePostgres ? ['pglite', 'postgresql'] : ['pglite'];
  if (!only) return all;
  const wanted = only.split(',').map((s) => s.trim());
  for (const w of wanted) {
    if (w !== 'pglite' && w !== 'postgresql') throw new Error(`TEST_DATABASES: unknown ${w}`);
    if (w === 'postgresql' && !havePostgres)
      throw new Error('TEST_DATABASES: set TEST_DATABASE_URL');
  }
  return all.filter((k) => wanted.includes(k));
}

const shared = globalThis as { jangkauTestPglite?: Promise<Db> };

export interface TestDb {
  db: Db;
  drop(): Promise<void>;
}

/** A fresh, empty schema on the kind of database asked for. */
async function openTestDb(kind: DatabaseKind): Promise<TestDb> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  if (kind === 'postgresql') {
    const url = process.env.TEST_DATABASE_URL!;
    const admin = await openPostgres(url);
    await admin.exec(`CREATE SCHEMA ${schema}`);
    const db = await openPostgres(url, `${schema},public`);
    return {
      db,
      async drop() {
        await db.close();
        await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
        await admin.close();
      },
    };
  }
  shared.jangkauTestPglite ??= openPglite();
  const lite = await shared.jangkauTestPglite;
  // PGlite is one connection, so a search path set on it holds for every query of this file,
  // but PGlite's single-user backend drops it after a failed statement: set it again then.
  const setPath = () => lite.exec(`SET search_path TO ${schema}, public`);
  const again = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      await setPath();
      throw error;
    }
  };
  await lite.exec(`CREATE SCHEMA ${schema}`);
  await setPath();
  const db: Db = {
    kind: 'pglite',
    query: (sql, params) => again(() => lite.query(sql, params)),
    exec: (sql) => again(() => lite.exec(sql)),
    transaction: (fn) => again(() => lite.transaction(fn)),
    close: async () => undefined,
  };
  return {
    db,
    async drop() {
      await lite.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

export const PASSWORD = 'correct-horse-battery';
export const BUJEL = '35.71.01.1006';
export const CAMPUREJO = '35.71.01.1012';

/** Generous login rate limit: the tests sign in many times from one address. */
const TEST_OPTIONS: StartOptions = {
  loginRateLimit: { max: 1000, timeWindowMs: 60_000 },
  // TEST_SERVER_LOG=1 shows the server's errors when a test fails on a 500.
  logger: process.env.TEST_SERVER_LOG ? { level: 'error' } : false,
};

export async function testServer(kind: DatabaseKind, options: StartOptions = TEST_OPTIONS) {
  const t = await openTestDb(kind);
  const { app } = await startServer(t.db, options);
  return {
    ...t,
    app,
    async close() {
      await app.close();
      await t.drop();
    },
  };
}

export async function addUser(db: Db, username: string, role: Role, kelurahan: string[] = []) {
  await createUser(db, { username, role, kelurahan, password: PASSWORD });
}

export interface Signed {
  cookie: string;
  csrf: string;
  /** Both headers a state-changing request needs. */
  headers: { cookie: string; 'x-csrf-token': string };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'jangkau_session');
  if (!c) throw new Error(`no session cookie (HTTP ${res.statusCode}: ${res.body})`);
  return `jangkau_session=${c.value}`;
}

export async function signIn(
  app: FastifyInstance,
  username: string,
  password = PASSWORD,
): Promise<Signed> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`sign-in of ${username}: HTTP ${res.statusCode} ${res.body}`);
  const cookie = sessionCookie(res);
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** A change as a client sends it; a create (baseRev 0) unless told otherwise. */
export function change(p: Partial<Change> & Pick<Change, 'target' | 'recordId'>): Change {
  return {
    changeId: randomUUID(),
    baseRev: 0,
    op: 'upsert',
    record: null,
    at: '2026-11-30T08:00:00.000Z',
    by: 'test device',
    ...p,
  };
}

/** A bank sampah record as the app stores it, at `[lng, lat]` in kelurahan `kode`. */
export function bankSampah(id: string, kode: string, lngLat: [number, number] | null) {
  return {
    id,
    batchId: 'field:bank_sampah',
    name: `Bank sampah ${id}`,
    kode,
    rw: 2,
    rt: 3,
    address: 'Jl. Contoh 1',
    lng: lngLat?.[0] ?? null,
    lat: lngLat?.[1] ?? null,
    type: 'unit',
    status: 'aktif',
    established: '2024-01-15',
    members: 40,
    kgPerMonth: 120.5,
  };
}

export async function push(
  app: FastifyInstance,
  who: Signed,
  changes: Change[],
  clientId = 'client-1',
) {
  return app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: who.headers,
    payload: { clientId, changes },
  });
}

export async function pull(app: FastifyInstance, who: Signed, since = 0, limit = 1000) {
  const res = await app.inject({
    method: 'GET',
    url: `/api/sync/pull?since=${since}&limit=${limit}`,
    headers: { cookie: who.cookie },
  });
  if (res.statusCode !== 200) throw new Error(`pull: HTTP ${res.statusCode} ${res.body}`);
  return res.json<{
    changes: {
      seq: number;
      target: string;
      recordId: string;
      rev: number;
      op: string;
      record: Record<string, unknown> | null;
    }[];
    cursor: number;
    more: boolean;
  }>();
}
