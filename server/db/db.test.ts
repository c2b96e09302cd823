import { readFileSync } from 'node:fs';
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
} from '../test/harness.ts';
import { MIGRATIONS, migrate } from './migrate.ts';
import { startServer } from '../start.ts';
import { seedDemo } from '../demo-seed.ts';
import { buildEmbedDataText } from '../../scripts/build-embed-data.ts';
import { DEMO_FILES } from '../../src/lib/storage/demo-format.ts';

describe.each(DATABASES)('database on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    await addUser(s.db, 'planner1', 'planner');
  });
  afterAll(() => s?.close());

  it('ran every migration on the empty schema, and none on a second start', async () => {
    const applied = await s.db.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await migrate(s.db)).toEqual([]);
    const again = await startServer(s.db);
    expect(again.migrated).toEqual([]);
    await again.app.close();
    const tables = await s.db.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    expect(tables.map((r) => r.t)).toEqual([
      'audit_log',
      'changes',
      'meta',
      'programs',
      'published',
      'records',
      'schema_migrations',
      'sessions',
      'users',
    ]);
  });

  it('answers health with the database it runs on', async () => {
    const res = await s.app.inject({ url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: kind });
  });

  it('shows a pushed bank sampah in the QGIS view with its point geometry', async () => {
    const fasil = await signIn(s.app, 'fasil_bujel');
    const res = await push(s.app, fasil, [
      change({
        target: 'bank_sampah',
        recordId: 'bs-q',
        record: bankSampah('bs-q', BUJEL, [111.98, -7.83]),
      }),
    ]);
    expect(res.json().results[0].status).toBe('applied');
    const rows = await s.db.query(
      "SELECT id, kode, name, members, kg_per_month, established, ST_AsText(geom) AS wkt, ST_SRID(geom) AS srid FROM v_bank_sampah WHERE id = 'bs-q'",
    );
    expect(rows).toEqual([
      {
        id: 'bs-q',
        kode: BUJEL,
        name: 'Bank sampah bs-q',
        members: 40,
        kg_per_month: 120.5,
        established: expect.anything(),
        wkt: 'POINT(111.98 -7.83)',
        srid: 4326,
      },
    ]);
    // A GiST index serves the geometry.
    const idx = await s.db.query<{ def: string }>(
      "SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'records_geom'",
    );
    expect(idx[0].def).toMatch(/USING gist \(geom\)/);
    // No view for personal programmes.
    const views = await s.db.query<{ v: string }>(
      'SELECT table_name AS v FROM information_schema.views WHERE table_schema = current_schema() ORDER BY 1',
    );
    expect(views.map((r) => r.v)).toEqual(['v_bank_sampah', 'v_e_sptpd', 'v_emas', 'v_prodamas']);
  });

  it('answers 404 for public figures before the first publish', async () => {
    expect((await s.app.inject({ url: '/api/public/figures' })).statusCode).toBe(404);
  });
});

describe.each(DATABASES)('demo seed and publish on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'planner1', 'planner');
  });
  afterAll(() => s?.close());

  it('seeds a new database with the demo counts of the manifest, and only once', async () => {
    expect((await seedDemo(s.db, 'public/demo')).seeded).toBe(true);
    const manifest = JSON.parse(readFileSync(`public/demo/${DEMO_FILES.manifest}`, 'utf8'));
    const rows = await s.db.query<{ target: string; n: number }>(
      "SELECT target, count(*)::int AS n FROM records WHERE batch_id = 'demo:' || target GROUP BY target ORDER BY target",
    );
    const c = manifest.counts;
    expect(Object.fromEntries(rows.map((r) => [r.target, r.n]))).toEqual({
      bank_sampah: c.bankSampah,
      e_sptpd: c.eSptpdObjects,
      emas: c.emasSpots,
      home_care: c.homeCareVisits,
      kurnia: c.kurniaLoans,
      population: c.populationRows,
      prodamas: c.prodamasProjects,
    });
    expect((await seedDemo(s.db, 'public/demo')).seeded).toBe(false);
  });

  it('publishes the same figures as the embed’s build-time file for the same data', async () => {
    const planner = await signIn(s.app, 'planner1');
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/publish',
      headers: planner.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const pub = await s.app.inject({ url: '/api/public/figures' });
    const served = pub.json();
    const built = JSON.parse(buildEmbedDataText(5));
    expect({ ...served, generatedBy: null }).toEqual({ ...built, generatedBy: null });
    // No patient id of the demo in the public answer (the publish leak check refuses them too).
    const ids = await s.db.query<{ p: string }>(
      "SELECT DISTINCT data->>'patientId' AS p FROM records WHERE target = 'home_care'",
    );
    expect(ids.filter((r) => pub.body.includes(r.p))).toEqual([]);
  });

  // Issue 12 §5: nothing an anonymous visitor can fetch carries a patient id or a home location.
  // The routes come from the OpenAPI document (plus the app's pages), so a public route added
  // later is inspected too; the forbidden values come from the database, not the code under test.
  it('holds no patient id and no home coordinate in any anonymous answer', async () => {
    const visits = await s.db.query<{ p: string; lng: number | null; lat: number | null }>(
      `SELECT data->>'patientId' AS p, (data->>'lng')::float8 AS lng, (data->>'lat')::float8 AS lat
         FROM records WHERE target = 'home_care'`,
    );
    expect(visits.length).toBeGreaterThan(100);
    const ids = [...new Set(visits.map((v) => v.p))];
    // A home is placed by its two degrees side by side (`[lng, lat]`, `"lng":…,"lat":…`, either
    // order), to 5 decimals (~1 m, the stored precision); one number alone, or a coarser
    // rounding, matches other places of the city by chance (a bank sampah run from a house).
    const key = (a: number, b: number) => `${a.toFixed(5)} ${b.toFixed(5)}`;
    const homes = new Set(
      visits.flatMap((v) =>
        v.lng === null || v.lat === null ? [] : [key(v.lng, v.lat), key(v.lat, v.lng)],
      ),
    );
    expect(homes.size).toBeGreaterThan(100);
    const homePairsIn = (body: string) => {
      const numbers = [...body.matchAll(/-?\d+\.\d+/g)].map((m) => Number(m[0]));
      return numbers
        .slice(1)
        .flatMap((b, i) => (homes.has(key(numbers[i], b)) ? [key(numbers[i], b)] : []));
    };
    const doc = (await s.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const anonymousGets = Object.entries(doc.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => path)
      .filter((path) => !path.includes('{'));
    const answers: { url: string; status: number; body: string }[] = [];
    for (const url of [...anonymousGets, '/api/public/figures?lang=en', '/', '/embed.html']) {
      const res = await s.app.inject({ url });
      answers.push({ url, status: res.statusCode, body: res.body });
    }
    // The figures were answered (else this test would inspect nothing of substance).
    const figures = answers.find((a) => a.url === '/api/public/figures');
    expect(figures?.status).toBe(200);
    expect(JSON.parse(figures!.body).format).toBe('jangkau-embed');
    for (const a of answers) {
      expect(
        ids.filter((id) => a.body.includes(id)),
        `patient ids in ${a.url}`,
      ).toEqual([]);
      expect(homePairsIn(a.body), `home coordinates in ${a.url}`).toEqual([]);
    }
  });

  it('lets any site read the figures, never with credentials, and no other route', async () => {
    const origin = 'https://portal.kedirikota.go.id';
    const figures = await s.app.inject({ url: '/api/public/figures', headers: { origin } });
    expect(figures.headers['access-control-allow-origin']).toBe('*');
    expect(figures.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await s.app.inject({
      method: 'OPTIONS',
      url: '/api/public/figures',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    // The rest of the API stays closed to origins not configured (JANGKAU_ALLOWED_ORIGINS).
    for (const url of ['/api/sync/pull?since=0', '/api/session', '/api/programs']) {
      const res = await s.app.inject({ url, headers: { origin } });
      expect(res.headers['access-control-allow-origin'], url).toBeUndefined();
    }
  });
});
