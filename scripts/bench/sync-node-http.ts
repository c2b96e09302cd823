import { HttpSyncApi } from '../../src/lib/browser/sync-http.ts';

/** One HTTP call as the bench saw it: which route, how long until its body was in, how it ended. */
export interface CallSample {
  kind: 'push' | 'pull' | 'other';
  /** performance.now() at the start and the end, ms. */
  startMs: number;
  endMs: number;
  /** HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
  /** No answer within the browser client's own timeout (sync-http.ts). */
  timedOut: boolean;
}

/** Every call of every client, in the order they ended. */
export class CallLog {
  readonly samples: CallSample[] = [];
  /** Calls started and not ended yet, by kind: how many pushes the kill met in flight. */
  readonly inFlight = { push: 0, pull: 0, other: 0 };
}

const kindOf = (url: string): CallSample['kind'] =>
  url.includes('/api/sync/push') ? 'push' : url.includes('/api/sync/pull') ? 'pull' : 'other';

/**
 * The browser's own HTTP client (src/lib/browser/sync-http.ts) over a Node fetch that does what
 * the browser does for it: keep the session cookie. `forwardedFor` is the address a reverse proxy
 * would report for this device (the server trusts X-Forwarded-For from loopback): fifty devices
 * behind one proxy, not fifty sign-ins from one address, which the login rate limit refuses.
 */
export function nodeSyncApi(baseUrl: string, forwardedFor: string, log: CallLog): HttpSyncApi {
  let cookie: string | null = null;
  const fetchFn: typeof fetch = async (input, init) => {
    const url = String(input);
    const kind = kindOf(url);
    const headers = new Headers(init?.headers);
    if (cookie !== null) headers.set('cookie', cookie);
    headers.set('x-forwarded-for', forwardedFor);
    const startMs = performance.now();
    log.inFlight[kind]++;
    let status = 0;
    let timedOut = false;
    try {
      const res = await fetch(input, { ...init, headers });
      status = res.status;
      const session = res.headers
        .getSetCookie()
        .find((c) => c.startsWith('jangkau_session='))
        ?.split(';')[0];
      if (session !== undefined) cookie = session.endsWith('=') ? null : session;
      // The body is read here, so a latency counts the whole answer, not just its headers.
      const body = await res.arrayBuffer();
      return new Response(body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
    } catch (e) {
      status = 0;
      timedOut = e instanceof Error && e.name === 'TimeoutError';
      throw e;
    } finally {
      log.inFlight[kind]--;
      log.samples.push({ kind, startMs, endMs: performance.now(), status, timedOut });
    }
  };
  return new HttpSyncApi(baseUrl, fetchFn);
}
