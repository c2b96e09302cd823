import { describe, expect, it } from 'vitest';
import { parseSourcesTxt, sha256Hex } from './sources.ts';

const TEXT = `Source: https://github.com/example/repo_x (MIT)
Files copied unchanged:
  a.sql     <- db/a.sql @ ${'a'.repeat(40)} (12 bytes, sha256 ${'b'.repeat(64)})  note
  b.sql     <- db/b.sql @ ${'c'.repeat(40)} (34 bytes, sha256 ${'d'.repeat(64)})
`;

describe('parseSourcesTxt', () => {
  it('finds the line of the named file and the repository', () => {
    expect(parseSourcesTxt(TEXT, 'b.sql')).toEqual({
      file: 'b.sql',
      repository: 'example/repo_x',
      upstreamPath: 'db/b.sql',
      commit: 'c'.repeat(40),
      bytes: 34,
      sha256: 'd'.repeat(64),
    });
  });

  it('fails for a file it does not list', () => {
    expect(() => parseSourcesTxt(TEXT, 'c.sql')).toThrow(/no provenance/);
  });
});

describe('sha256Hex', () => {
  it('matches the published digest of "abc" (FIPS 180-2 example)', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
