import * as v from 'valibot';
import {
  publishAnswer,
  pullAnswer,
  pushAnswer,
  sessionAnswer,
  sessionProbeAnswer,
  SyncCallError,
  type Change,
  type PullPage,
  type PushResult,
  type Session,
  type SyncApi,
} from '../sync/contract';

/** A call that hangs (a half-open network, a captive portal) must end: then "offline". */
const TIMEOUT_MS = 20_000;

/**
 * A server URL as the user typed it, checked: http or https only (no `javascript:`, `file:`),
 * no user:password part, no query or fragment; returned without a trailing slash. Null when not
 * a URL the app may talk to.
 */
export function checkServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '')
    return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The team server over HTTP (contract v1). The session is the server's HttpOnly cookie
 * (`credentials: 'include'`: the app may be served from another origin); the CSRF token lives
 * in this object only — never in storage a script could read later — and comes back from
 * `GET /api/session` after a reload.
 */
export class HttpSyncApi implements SyncApi {
  private csrfToken: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly fetchFn: typeof fetch = (...args) => fetch(...args),
  ) {}

  async signIn(username: string, password: string): Promise<Session> {
    const session = await this.call('POST', '/api/session', sessionAnswer, { username, password });
    this.csrfToken = session.csrfToken;
    return session;
  }

  /**
   * The signed-in session, or null when there is none: the server answers `{"user": null}`
   * (a 401 from a server of before that change means the same).
   */
  async session(): Promise<Session | null> {
    try {
      const session = await this.call('GET', '/api/session', sessionProbeAnswer);
      if (session.user === null) {
        this.csrfToken = null;
        return null;
      }
      this.csrfToken = session.csrfToken;
      return session;
    } catch (e) {
      if (e instanceof SyncCallError && e.status === 401) return null;
      throw e;
    }
  }

  async signOut(): Promise<void> {
    try {
      await this.call('DELETE', '/api/session', null);
    } finally {
      this.csrfToken = null;
    }
  }

  async push(clientId: string, changes: readonly Change[]): Promise<PushResult[]> {
    return (await this.call('POST', '/api/sync/push', pushAnswer, { clientId, changes })).results;
  }

  async pull(since: number, limit: number): Promise<PullPage> {
    return this.call('GET', `/api/sync/pull?since=${since}&limit=${limit}`, pullAnswer);
  }

  /** Computes and stores the public figures on the server (planner, admin); when they were. */
  async publish(): Promise<{ at: string }> {
    return this.call('POST', '/api/publish', publishAnswer);
  }

  private async call<S extends v.GenericSchema>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<v.InferOutput<S>>;
  private async call(method: string, path: string, schema: null, body?: unknown): Promise<null>;
  private async call(
    method: string,
    path: string,
    schema: v.GenericSchema | null,
    body?: unknown,
  ): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken !== null) headers['x-csrf-token'] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetchFn(`${this.baseUrl}${path}`, {
        method,
        headers,
        credentials: 'include',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (e) {
      throw new SyncCallError('network', e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
      const detail = await response.json().catch(() => null);
      const code = (detail as { error?: unknown } | null)?.error;
      const kind = response.status === 401 || response.status === 403 ? 'auth' : 'server';
      throw new SyncCallError(
        kind,
        typeof code === 'string' ? code : response.statusText,
        response.status,
      );
    }
    if (schema === null) return null;
    let json: unknown;
    try {
      json = await response.json();
    } catch (e) {
      // The body broke off: the request may have been done, the answer is lost — as offline.
      throw new SyncCallError('network', e instanceof Error ? e.message : String(e));
    }
    const parsed = v.safeParse(schema, json);
    if (!parsed.success)
      throw new SyncCallError('server', `answer of ${method} ${path} breaks the contract`);
    return parsed.output;
  }
}
