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
import type { Result } from './types.ts';

// Two points inside Bujel and Campurejo (read off geodata/kelurahan.geojson label points).
const IN_BUJEL: [number, number] = [111.9805, -7.8345];
const IN_CAMPUREJO: [number, number] = [111.9902, -7.8087];

const homeCare = (id: string, kode: string) => ({
  id,
  batchId: 'field:home_care',
  date: '2025-03-01',
  patientId: `P-${id}`,
  kode,
  rw: 1,
  rt: 1,
  lng: IN_BUJEL[0],
  lat: IN_BUJEL[1],
  service: 'fisioterapi',
  group: 'lansia',
});

describe.each(DATABASES)('sync on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  let facilitator: Signed;
  let planner: Signed;
  let health: Signed;
  let healthElsewhere: Signed;
  let admin: Signed;

  beforeAll(async () => {
    s = await testServer(kind);
    await addUser(s.db, 'fasil_bujel', 'facilitator', [BUJEL]);
    await addUser(s.db, 'planner1', 'planner');
    await addUser(s.db, 'nakes_bujel', 'health', [BUJEL]);
    await addUser(s.db, 'nakes_campurejo', 'health', [CAMPUREJO]);
    await addUser(s.db, 'admin1', 'admin');
    [facilitator, planner, health, healthElsewhere, admin] = await Promise.all(
      ['fasil_bujel', 'planner1', 'nakes_bujel', 'nakes_campurejo', 'admin1'].map((u) =>
        signIn(s.app, u),
      ),
    );
  });
  afterAll(() => s?.close());

  const results = async (who: Signed, ...changes: ReturnType<typeof change>[]) => {
    const res = await push(s.app, who, changes);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ results: Result[] }>().results;
  };
  const count = async (sql: string, params: unknown[] = []) =>
    (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

  it('applies a facilitator’s create in their kelurahan as rev 1 with a seq', async () => {
    const [r] = await results(
      facilitator,
      change({
        target: 'bank_sampah',
        recordId: 'bs-1',
        record: bankSampah('bs-1', BUJEL, IN_BUJEL),
      }),
    );
    expect(r.status).toBe('applied');
    expect(r.rev).toBe(1);
    expect(r.seq).toBeGreaterThan(0);
  });

  it('rejects a facilitator of Bujel writing in Campurejo, and writes nothing', async () => {
    const before = await count('changes');
    const [r] = await results(
      facilitator,
      change({
        target: 'bank_sampah',
        recordId: 'bs-c',
        record: bankSampah('bs-c', CAMPUREJO, IN_CAMPUREJO),
      }),
    );
    expect(r.status).toBe('rejected');
    expect(await count("records WHERE record_id = 'bs-c'")).toBe(0);
    expect(await count('changes')).toBe(before);
  });

  it('rejects moving a Bujel record to Campurejo; the record stays where it was', async () => {
    const [r] = await results(
      facilitator,
      change({
        target: 'bank_sampah',
        recordId: 'bs-1',
        baseRev: 1,
        record: bankSampah('bs-1', CAMPUREJO, IN_CAMPUREJO),
      }),
    );
    expect(r.status).toBe('rejected');
    const [row] = await s.db.query<{ kode: string; rev: number }>(
      "SELECT kode, rev FROM records WHERE record_id = 'bs-1'",
    );
    expect(row).toEqual({ kode: BUJEL, rev: 1 });
  });

  it('rejects record writes by a planner and personal records by a facilitator', async () => {
    const [a] = await results(
      planner,
      change({
        target: 'bank_sampah',
        recordId: 'bs-p',
        record: bankSampah('bs-p', BUJEL, IN_BUJEL),
      }),
    );
    const [b] = await results(
      facilitator,
      change({ target: 'home_care', recordId: 'hc-f', record: homeCare('hc-f', BUJEL) }),
    );
    expect([a.status, b.status]).toEqual(['rejected', 'rejected']);
  });

  it('answers a repeated changeId as duplicate with the first result, and keeps one row', async () => {
    const c = change({
      target: 'bank_sampah',
      recordId: 'bs-2',
      record: bankSampah('bs-2', BUJEL, IN_BUJEL),
    });
    const [first] = await results(facilitator, c);
    const [again] = await results(facilitator, c);
    expect(first.status).toBe('applied');
    expect(again).toEqual({
      changeId: c.changeId,
      status: 'duplicate',
      rev: first.rev,
      seq: first.seq,
    });
    expect(await count('changes WHERE change_id = $1', [c.changeId])).toBe(1);
    expect(await count("records WHERE record_id = 'bs-2'")).toBe(1);
  });

  it('answers a change on a stale rev with the server’s version and overwrites nothing', async () => {
    const edited = { ...bankSampah('bs-2', BUJEL, IN_BUJEL), name: 'Renamed first' };
    const [ok] = await results(
      facilitator,
      change({ target: 'bank_sampah', recordId: 'bs-2', baseRev: 1, record: edited }),
    );
    expect(ok).toMatchObject({ status: 'applied', rev: 2 });
    // A second device still on rev 1.
    const stale = { ...bankSampah('bs-2', BUJEL, IN_BUJEL), name: 'Renamed second' };
    const [r] = await results(
      facilitator,
      change({ target: 'bank_sampah', recordId: 'bs-2', baseRev: 1, record: stale }),
    );
    expect(r.status).toBe('conflict');
    expect(r.server).toMatchObject({ rev: 2, op: 'upsert', by: 'fasil_bujel' });
    expect(r.server?.record).toMatchObject({ name: 'Renamed first', rev: 2 });
    const [row] = await s.db.query<{ name: string; rev: number }>(
      "SELECT data->>'name' AS name, rev FROM records WHERE record_id = 'bs-2'",
    );
    expect(row).toEqual({ name: 'Renamed first', rev: 2 });
  });

  it('pulls exactly the changes after a cursor, in seq order', async () => {
    const { cursor } = await pull(s.app, planner);
    const made = await results(
      facilitator,
      change({
        target: 'bank_sampah',
        recordId: 'bs-a',
        record: bankSampah('bs-a', BUJEL, IN_BUJEL),
      }),
      change({ target: 'bank_sampah', recordId: 'bs-b', record: bankSampah('bs-b', BUJEL, null) }),
      change({ target: 'bank_sampah', recordId: 'bs-a', baseRev: 1, op: 'delete' }),
    );
    expect(made.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const page = await pull(s.app, planner, cursor);
    expect(page.changes.map((c) => [c.recordId, c.op, c.rev])).toEqual([
      ['bs-a', 'upsert', 1],
      ['bs-b', 'upsert', 1],
      ['bs-a', 'delete', 2],
    ]);
    expect(page.changes.map((c) => c.seq)).toEqual(made.map((r) => r.seq));
    expect(page.changes[2].record).toBeNull();
    expect(page.cursor).toBe(made[2].seq);
    expect(page.more).toBe(false);
    // Paging: one at a time walks the same three.
    const one = await pull(s.app, planner, cursor, 1);
    expect([one.changes.length, one.more, one.cursor]).toEqual([1, true, made[0].seq]);
  });

  it('lets only a health officer of the kelurahan pull a Home Care record', async () => {
    const [r] = await results(
      health,
      change({ target: 'home_care', recordId: 'hc-1', record: homeCare('hc-1', BUJEL) }),
    );
    expect(r.status).toBe('applied');
    const targets = async (who: Signed) =>
      (await pull(s.app, who)).changes.filter((c) => c.target === 'home_care');
    expect(await targets(planner)).toEqual([]);
    expect(await targets(facilitator)).toEqual([]);
    expect(await targets(admin)).toEqual([]);
    expect(await targets(healthElsewhere)).toEqual([]);
    expect((await targets(health)).map((c) => c.record?.patientId)).toEqual(['P-hc-1']);
  });

  it('syncs programme definitions: admin pushes, everyone pulls, others are refused', async () => {
    const def = {
      format: 'jangkau-program',
      version: 1,
      id: 'posyandu',
      origin: 'custom',
      names: { id: 'Posyandu', en: 'Posyandu' },
      archetype: 'site',
      privacy: 'public_points',
      fields: [{ key: 'name', names: { id: 'Nama', en: 'Name' }, kind: 'text', required: true }],
      radius: { defaultM: 400, source: { id: 'Perkiraan', en: 'Estimate' } },
      index: [],
      color: [10, 20, 30],
    };
    const [denied] = await results(
      facilitator,
      change({ target: '~program', recordId: 'posyandu', record: def }),
    );
    expect(denied.status).toBe('rejected');
    const [ok] = await results(
      admin,
      change({ target: '~program', recordId: 'posyandu', record: def }),
    );
    expect(ok.status).toBe('applied');
    const defs = (await pull(s.app, facilitator)).changes.filter((c) => c.target === '~program');
    expect(defs.map((c) => c.record?.id)).toEqual(['posyandu']);
    // A shipped id is refused by the app's own check (checkCustomProgram).
    const [taken] = await results(
      admin,
      change({ target: '~program', recordId: 'emas', record: { ...def, id: 'emas' } }),
    );
    expect(taken.status).toBe('rejected');
  });
});
