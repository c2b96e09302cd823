import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './suggest-sites';

/*
 * Hand-worked instance on the parallel φ = −7.82°: 1° of longitude there is
 * N·cos φ·π/180 ≈ 6,378,532 m · 0.99070 · 0.0174533 ≈ 110,291 m, so 0.005° ≈ 551 m and
 * 0.01° ≈ 1,103 m. With R = 600 m:
 *   demand A (112.00, 5), B (112.01, 3), C (112.02, 4);
 *   candidate 0 at 112.005 reaches A and B (551 m each) → 8; candidate 1 at 112.02 reaches C → 4;
 *   candidate 2 at 112.01 reaches B only (A and C are 1,103 m away) → 3.
 * k = 2: greedy takes 0 (8), then 1 (+4; 2 adds 0) → covered 12 of 12; no swap can do better.
 * With an existing site at C: 0 (8), then 1 and 2 add nothing → one site, covered 12.
 */
const dir = mkdtempSync(join(tmpdir(), 'suggest-sites-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const demand = file(
  'demand.csv',
  'lng,lat,weight\n112.00,-7.82,5\n112.01,-7.82,3\n112.02,-7.82,4\n',
);
const candidates = file('candidates.csv', '112.005,-7.82\n112.02,-7.82\n112.01,-7.82\n');
const existing = file('existing.csv', 'lng,lat\n112.02,-7.82\n');

function call(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const base = ['--candidates', candidates, '--radius', '600', '--k', '2'];

describe('suggest-sites CLI', () => {
  it('prints one JSON line with the chosen candidates, covered and total', () => {
    const r = call(['--demand', demand, ...base]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('{"chosen":[0,1],"covered":12,"total":12}\n');
  });

  it('counts what existing sites reach and returns fewer sites when nothing else adds', () => {
    const r = call(['--demand', demand, ...base, '--existing', existing]);
    expect(JSON.parse(r.out)).toEqual({ chosen: [0], covered: 12, total: 12 });
  });

  it('reads files without a header and with named columns in another order', () => {
    const bare = file('bare.csv', '112.00,-7.82,5\n112.01,-7.82,3\n\n112.02,-7.82,4\n');
    const reordered = file(
      'reordered.csv',
      'weight;lat;lng;note\n5;-7.82;112.00;a\n3;-7.82;112.01;b\n4;-7.82;112.02;c\n',
    );
    for (const f of [bare, reordered]) {
      expect(JSON.parse(call(['--demand', f, ...base]).out)).toEqual({
        chosen: [0, 1],
        covered: 12,
        total: 12,
      });
    }
  });

  it.each([
    ['abc', 'lng,lat,weight\n112.00,-7.82,5\n112.01,abc,3\n', 'row 3: lat "abc" is not a number'],
    ['lat', '112.00,-7.82,5\n112.01,95,3\n', 'row 2: lat 95 outside −90..90'],
    ['lng', '200,-7.82,5\n', 'row 1: lng 200 outside −180..180'],
    ['weight', '112.00,-7.82,-1\n', 'row 1: weight -1 must be ≥ 0'],
    ['fields', '112.00,-7.82\n', 'row 1: expected 3 fields (lng,lat,weight), got 2'],
    ['empty', 'lng,lat,weight\n', 'no data rows'],
  ])(
    'refuses a malformed demand row (%s) with exit code 2, naming file and row',
    (name, text, msg) => {
      const f = file(`bad-${name}.csv`, text);
      const r = call(['--demand', f, ...base]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`${f}${msg.startsWith('row') ? ' ' : ': '}${msg}`);
    },
  );

  it.each([
    [['--candidates', candidates, '--radius', '600', '--k', '2'], 'missing --demand'],
    [['--demand', demand, ...base.slice(0, 2), '--radius', '0', '--k', '2'], '--radius must be'],
    [['--demand', demand, ...base.slice(0, 4), '--k', '1.5'], '--k must be a whole number'],
    [['--demand', join(dir, 'none.csv'), ...base], 'no such file'],
    [['--demand', demand, ...base, '--bogus'], "Unknown option '--bogus'"],
  ])('refuses bad arguments with exit code 2 (%#)', (args, msg) => {
    const r = call(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(msg);
  });

  it('runs as a script: JSON on stdout only, info on stderr', () => {
    const p = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/suggest-sites.ts', '--demand', demand, ...base],
      {
        encoding: 'utf8',
      },
    );
    expect(p.status).toBe(0);
    expect(p.stdout).toBe('{"chosen":[0,1],"covered":12,"total":12}\n');
    expect(p.stderr).toContain('3 demand points');
    const bad = spawnSync('node_modules/.bin/tsx', ['scripts/suggest-sites.ts', '--k', '2'], {
      encoding: 'utf8',
    });
    expect([bad.status, bad.stdout]).toEqual([2, '']);
  }, 60_000);
});
