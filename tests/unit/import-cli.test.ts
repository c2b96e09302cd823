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

  it('checks a file for every programme id', () => {
    for (const [program, file, accepted] of [
      ['bank_sampah', 'rumah-sakit.csv', 9],
      ['prodamas', 'prodamas-en.csv', null],
      ['home_care', 'home-care-id.csv', null],
      ['population', 'population.csv', null],
    ] as const) {
      const r = cli(fixture(file), '--program', program);
      expect(r.status, program).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.program).toBe(program);
      if (accepted !== null) expect(out.accepted).toBe(accepted);
    }
  }, 60_000);

  it('reads real offices’ files: UTM metres, another city, names without ids', () => {
    const utm = JSON.parse(
      cli(fixture('kantor-kelurahan-utm49s.geojson'), '--program', 'bank_sampah').stdout,
    );
    expect(utm.fileMessages[0]).toBe(
      'Coordinates in UTM 49S (EPSG:32749) (metres) converted to WGS84 latitude/longitude.',
    );
    expect(utm.records.map((r: { kode: string }) => r.kode)).toEqual([
      '35.71.02.1002',
      '35.71.01.1004',
      '35.71.03.1003',
    ]);
    const bekasi = cli(fixture('bekasi.csv'), '--lang', 'id');
    expect(bekasi.status).toBe(1);
    expect(JSON.parse(bekasi.stdout).fileMessages).toContain(
      'File ini tentang wilayah lain: semua kode wilayahnya dari 32.75, bukan Kota Kediri (35.71). Tidak ada yang disimpan.',
    );
    const key = '00112233445566778899aabbccddeeff';
    const hc = cli(fixture('home-care-names.csv'), '--pseudonym-key', key);
    expect(hc.status).toBe(0);
    expect(JSON.parse(hc.stdout).accepted).toBe(4);
    expect(hc.stdout).not.toContain('Aminah');
    expect(cli(fixture('home-care-names.csv'), '--pseudonym-key', 'abc').status).toBe(2);
  }, 60_000);

  it('checks the presets through their definitions', () => {
    for (const [program, file, accepted, rejected] of [
      ['emas', 'emas-spots.csv', 5, 1],
      ['kurnia', 'kurnia-loans.csv', 4, 2],
      ['e_sptpd', 'e-sptpd.csv', 3, 1],
    ] as const) {
      const r = cli(fixture(file), '--program', program);
      expect(r.status, program).toBe(0);
      const out = JSON.parse(r.stdout);
      expect([out.program, out.accepted, out.rejected]).toEqual([program, accepted, rejected]);
    }
    const emas = JSON.parse(cli(fixture('emas-spots.csv'), '--program', 'emas').stdout);
    expect(emas.fields).toEqual({
      name: 'Nama Spot',
      venue: 'Tempat',
      classes: 'Kelas',
      participants: 'Peserta',
    });
    expect(emas.records[3].messages).toEqual(['Spot name is empty.']);
  }, 60_000);

  it('reads a custom definition with --define, and refuses a bad one with its problems', () => {
    const ok = cli(fixture('puskesmas.csv'), '--define', fixture('puskesmas.definition.json'));
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect([out.program, out.accepted]).toEqual(['puskesmas', 3]);
    expect(out.records.map((r: { kode: string }) => r.kode)).toEqual([
      '35.71.01.1008',
      '35.71.03.1002',
      '35.71.01.1004',
    ]);
    const bad = cli(fixture('puskesmas.csv'), '--define', fixture('bad.definition.json'));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    // bad.definition.json is puskesmas.definition.json without its radius and category values.
    expect(bad.stderr).toContain('  - fields[2].values: a category field lists its values');
    expect(bad.stderr).toContain('  - radius: a site programme needs a catchment radius');
    // A definition that is no JSON at all, or two targets at once.
    expect(cli(fixture('puskesmas.csv'), '--define', fixture('puskesmas.csv')).status).toBe(2);
    expect(cli(fixture('emas-spots.csv'), '--program', 'emas', '--define', 'x.json').status).toBe(
      2,
    );
  }, 60_000);
});
