/**
 * The one place every `/api` request is checked: its session (from the cookie, looked up in the
 * database each time, so a disabled user or a changed role takes effect at once), its CSRF token
 * on state-changing methods, and its route's allowed roles. Routes declare what they need in
 * `config.auth`; a route that declares nothing needs a session, so a new route is closed by default.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { sendError } from '../http-errors.ts';
import type { Role } from './roles.ts';
import { findSession, type Session } from './sessions-repo.ts';
import { isTokenShaped, sameToken } from './tokens.ts';

export const SESSION_COOKIE = 'jangkau_session';
export const CSRF_HEADER = 'x-csrf-token';

/** `public`: anyone; `session`: any signed-in user; a list: signed-in users of those roles. */
type RouteAuth = 'public' | 'session' | readonly Role[];

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
    /** Sign-in itself: there is no CSRF token before it (SameSite=Strict guards it instead). */
    csrfExempt?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in user of a route that required one (the guard ran first). */
export function actorOf(req: FastifyRequest) {
  if (!req.session) throw new Error('route without a session guard');
  return req.session.actor;
}

export function installGuard(app: FastifyInstance, db: Db): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return; // the static app
    const token = req.cookies[SESSION_COOKIE];
    // A forged cookie of another shape (a NUL, 1 MB of text) never reaches the database.
    req.session = token && isTokenShaped(token) ? await findSession(db, token) : null;
    const auth = req.routeOptions.config.auth ?? 'session';
    if (auth !== 'public' && req.session === null)
      return sendError(reply, 401, 'unauthenticated', 'sign in first');
    if (req.session && !SAFE_METHODS.has(req.method) && !req.routeOptions.config.csrfExempt) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, req.session.csrfToken))
        return sendError(reply, 403, 'csrf', `missing or wrong ${CSRF_HEADER} header`);
    }
    if (Array.isArray(auth) && !auth.includes(req.session!.actor.role))
      return sendError(reply, 403, 'forbidden', `needs role ${auth.join(' or ')}`);
  });
}
