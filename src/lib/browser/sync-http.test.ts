import { describe, expect, it } from 'vitest';
import { HttpSyncApi } from './sync-http';

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** A fetch that answers from a list, in order, and keeps what was asked. */
function fakeFetch(answers: { status: number; body: unknown }[]) {
  const sent: Sent[] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    sent.push({
      method: init.method ?? 'GET',
      url,
      headers: init.headers as Record<string, string>,
    });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected call ${init.method} ${url}`);
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { sent, fetchFn };
}

const USER = { username: 'fasil_bujel', role: 'facilitator', kelurahan: ['35.71.01.1006'] };

describe('HttpSyncApi.session', () => {
  it('reads {"user": null} as signed out, and sends no CSRF token after it', async () => {
    const { sent, fetchFn } = fakeFetch([
      { status: 200, body: { user: USER, csrfToken: 'tok-1' } },
      { status: 200, body: { user: null } },
      { status: 401, body: { error: 'unauthenticated', message: 'sign in first' } },
    ]);
    const api = new HttpSyncApi('https://jangkau.example', fetchFn);
    expect(await api.session()).toEqual({ user: USER, csrfToken: 'tok-1' });
    expect(await api.session()).toBeNull();
    await expect(api.push('c', [])).rejects.toMatchObject({ kind: 'auth', status: 401 });
    expect(sent.map((x) => `${x.method} ${x.url}`)).toEqual([
      'GET https://jangkau.example/api/session',
      'GET https://jangkau.example/api/session',
      'POST https://jangkau.example/api/sync/push',
    ]);
    // The token of the ended session is not sent on.
    expect(sent[2].headers['x-csrf-token']).toBeUndefined();
  });

  it('sends the CSRF token of a live session on a write', async () => {
    const { sent, fetchFn } = fakeFetch([
      { status: 200, body: { user: USER, csrfToken: 'tok-2' } },
      { status: 200, body: { results: [] } },
    ]);
    const api = new HttpSyncApi('https://jangkau.example', fetchFn);
    await api.session();
    expect(await api.push('c', [])).toEqual([]);
    expect(sent[1].headers['x-csrf-token']).toBe('tok-2');
  });

  it('still reads a 401 (a server of before {"user": null}) as signed out', async () => {
    const { fetchFn } = fakeFetch([
      { status: 401, body: { error: 'unauthenticated', message: 'sign in first' } },
    ]);
    expect(await new HttpSyncApi('https://jangkau.example', fetchFn).session()).toBeNull();
  });

  it('refuses an answer that is neither a session nor {"user": null}', async () => {
    const { fetchFn } = fakeFetch([{ status: 200, body: { user: 'admin' } }]);
    await expect(
      new HttpSyncApi('https://jangkau.example', fetchFn).session(),
    ).rejects.toMatchObject({ kind: 'server' });
  });
});
