import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbedFigures } from './load-embed-data';

const FILE = JSON.parse(readFileSync('public/embed/data.json', 'utf8')) as Record<string, unknown>;
const SERVER = { ...FILE, label: { id: 'Data server Jangkau', en: 'Jangkau server data' } };
const ORIGIN = 'https://jangkau.kedirikota.go.id';

/** A fetch that answers by URL and records what it was asked with. */
function fakeFetch(server: () => Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    if (url === 'embed/data.json') return Response.json(FILE);
    if (url === `${ORIGIN}/api/public/figures`) return server();
    return new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { fn, calls };
}

describe('loadEmbedFigures', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the built-in file when no server was chosen, and asks no server', async () => {
    const f = fakeFetch(() => Response.json(SERVER));
    const loaded = await loadEmbedFigures({ kind: 'file', refused: 'not_allowed' }, f.fn);
    expect(loaded.from).toBe('file');
    expect(f.calls.map((c) => c.url)).toEqual(['embed/data.json']);
  });

  it("shows a server's published figures, asked for without cookie or referrer", async () => {
    const f = fakeFetch(() => Response.json(SERVER));
    const loaded = await loadEmbedFigures({ kind: 'server', origin: ORIGIN }, f.fn);
    expect(loaded.from).toBe('server');
    expect(loaded.data.label.en).toBe('Jangkau server data');
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0].init?.credentials).toBe('omit');
    expect(f.calls[0].init?.referrerPolicy).toBe('no-referrer');
  });

  it('falls back to the file when the server is down, unpublished or answers something else', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answers: (() => Response)[] = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => Response.json({ error: 'not_found' }, { status: 404 }),
      () => Response.json({ format: 'jangkau-embed', version: 99 }),
      () => new Response('<html>proxy error</html>', { status: 200 }),
    ];
    for (const answer of answers) {
      const loaded = await loadEmbedFigures(
        { kind: 'server', origin: ORIGIN },
        fakeFetch(answer).fn,
      );
      expect(loaded.from).toBe('fallback');
      expect(loaded.data.label).toEqual(FILE.label);
    }
  });
});
