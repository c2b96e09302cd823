import { describe, expect, it } from 'vitest';
import { chooseFiguresSource, narrowedConnectPolicy } from './figures-source';
import { parseServerOrigins } from '../lib/browser/server-origins';

const PAGE = 'https://kedirikota.go.id';
const ALLOWED = ['https://jangkau.kedirikota.go.id', 'http://127.0.0.1:8787'];

describe('chooseFiguresSource', () => {
  it('uses the built-in file when no server is named', () => {
    expect(chooseFiguresSource(null, ALLOWED, PAGE)).toEqual({ kind: 'file', refused: null });
  });

  it('uses an allow-listed server, by its origin alone', () => {
    expect(
      chooseFiguresSource('https://jangkau.kedirikota.go.id/api/evil?x=1#y', ALLOWED, PAGE),
    ).toEqual({ kind: 'server', origin: 'https://jangkau.kedirikota.go.id' });
    expect(chooseFiguresSource('http://127.0.0.1:8787', ALLOWED, PAGE)).toEqual({
      kind: 'server',
      origin: 'http://127.0.0.1:8787',
    });
  });

  it("allows the page's own origin without a list (the server serving its own embed)", () => {
    expect(chooseFiguresSource('https://kedirikota.go.id/', [], PAGE)).toEqual({
      kind: 'server',
      origin: PAGE,
    });
  });

  it('refuses every other origin, look-alikes included', () => {
    for (const other of [
      'https://evil.example',
      'https://jangkau.kedirikota.go.id.evil.example',
      'http://jangkau.kedirikota.go.id', // another scheme is another origin
      'https://jangkau.kedirikota.go.id:8443',
      'https://user:pw@evil.example',
      'http://127.0.0.1:8788',
    ])
      expect(chooseFiguresSource(other, ALLOWED, PAGE)).toEqual({
        kind: 'file',
        refused: 'not_allowed',
      });
  });

  it('refuses what is not an http(s) URL', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/plain,x',
      'jangkau.kedirikota.go.id',
      '<b>',
    ])
      expect(chooseFiguresSource(bad, ALLOWED, PAGE)).toEqual({
        kind: 'file',
        refused: 'malformed',
      });
  });

  it('narrows connect-src to the page and the chosen server only', () => {
    expect(narrowedConnectPolicy({ kind: 'server', origin: ALLOWED[0] })).toBe(
      "connect-src 'self' https://jangkau.kedirikota.go.id",
    );
    expect(narrowedConnectPolicy({ kind: 'file', refused: 'not_allowed' })).toBe(
      "connect-src 'self'",
    );
  });
});

describe('parseServerOrigins', () => {
  it('reads a comma list of origins, blanks and repeats dropped', () => {
    expect(parseServerOrigins(undefined)).toEqual([]);
    expect(
      parseServerOrigins(' https://a.example , http://127.0.0.1:8787,,https://a.example'),
    ).toEqual(['https://a.example', 'http://127.0.0.1:8787']);
  });

  it('fails the build on anything that is not exactly an origin', () => {
    for (const bad of [
      'https://a.example/',
      'https://a.example/api',
      'a.example',
      'ftp://a.example',
      "https://a.example 'unsafe-inline'",
    ])
      expect(() => parseServerOrigins(bad)).toThrow(/not an origin/);
  });
});
