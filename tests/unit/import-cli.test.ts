import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from './import-helpers';

const root = resolve(import.meta.dirname, '../..');

function cli(...args: string[]) {
  const r = spawnSync(
    resolve(root, 'node_modules/.bin/tsx'),
    ['scripts/check-import.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run check-import', () => {
  it('prints the report as JSON with file row numbers and fixed coordinates', () => {
    const r = cli(fixture('bank-sampah-id.csv'), '--program', 'bank_sampah');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect([out.rows, out.accepted, out.rejected]).toEqual([16, 13, 3]);
    expect(out.records[2]).toEqual({
      row: 4,
      status: 'warning',
      kode: '35.71.01.1006',
      lng: 111.986036,
      lat: -7.798797,
      messages: [
        'Latitude and longitude were swapped; fixed to latitude -7.798797, longitude 111.986036.',
      ],
    });
  });

  it('speaks Indonesian with --lang id', () => {
    const out = JSON.parse(cli(fixture('home-care-id.csv'), '--lang', 'id').stdout);
    expect(out.records[3].messages).toEqual([
      'ID pasien tampak seperti NIK; gunakan ID samaran, bukan NIK.',
    ]);
  });

  it('exits 1 for a refused file, 2 for bad arguments or a missing file', () => {
    const refused = cli(fixture('broken-quotes.csv'));
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout).accepted).toBe(0);
    expect(cli(fixture('nope.csv')).status).toBe(2);
    const bad = cli(fixture('empty.csv'), '--program', 'banks');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown programme "banks"');
    expect(cli().status).toBe(2);
  });
});
