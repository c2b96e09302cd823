import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../audit.ts';
import { CSRF_HEADER, SESSION_COOKIE, actorOf } from '../auth/guard.ts';
import { lockedForS } from '../auth/lockout.ts';
import { DUMMY_HASH, verifyPassword } from '../auth/passwords.ts';
import { SESSION_HOURS, createSession, deleteSession } from '../auth/sessions-repo.ts';
import { findCredentials } from '../auth/users-repo.ts';
import type { ServerContext } from '../context.ts';
import { ERROR_SCHEMA, sendError } from '../http-errors.ts';
import { USER_SCHEMA } from './schemas.ts';

export interface LoginRateLimit {
  max: number;
  timeWindowMs: number;
}

/**
 * Sign-ins per client address per minute. One address is often a whole office or a training room
 * behind one NAT (or a mobile carrier's), so it must admit thirty facilitators signing in at once
 * with their typos; the per-username lockout, not this, stops guessing at one account. It bounds
 * password spraying from one address and the scrypt work one address can ask for (~6 core-s/min).
 */
export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { max: 60, timeWindowMs: 60_000 };

const SIGNED_IN = {
  type: 'object',
  required: ['user', 'csrfToken'],
  properties: { user: USER_SCHEMA, csrfToken: { type: 'string' } },
} as const;

const NO_SESSION = {
  type: 'object',
  required: ['user'],
  additionalProperties: false,
  properties: { user: { type: 'null' } },
} as const;

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string | null) {
  // `protocol` reads X-Forwarded-Proto only from a trusted proxy (the trustProxy option).
  const options = {
    path: '/api',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: req.protocol === 'https',
  };
  if (token === null) reply.clearCookie(SESSION_COOKIE, options);
  else reply.setCookie(SESSION_COOKIE, token, { ...options, maxAge: SESSION_HOURS * 3600 });
}

export function sessionRoutes(app: FastifyInstance, ctx: ServerContext, limit: LoginRateLimit) {
  const { db } = ctx;
  app.post<{ Body: { username: string; password: string } }>(
    '/api/session',
    {
      config: {
        auth: 'public',
        csrfExempt: true,
        rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs },
      },
      schema: {
        summary: 'Sign in',
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', minLength: 1, maxLength: 64 },
            password: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
        response: { 200: SIGNED_IN, 401: ERROR_SCHEMA, 429: ERROR_SCHEMA },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const locked = await lockedForS(db, username, ctx.lockout);
      if (locked > 0) {
        await audit(db, { username, action: 'session.locked', ip: req.ip });
        reply.header('Retry-After', String(locked));
        return sendError(
          reply,
          429,
          'locked',
          `too many failed sign-ins; try again in ${locked} s`,
        );
      }
      const user = await findCredentials(db, username);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH));
      if (!user || !ok || user.disabled) {
        await audit(db, { username, action: 'session.failed', ip: req.ip });
        return sendError(reply, 401, 'credentials', 'wrong username or password');
      }
      const { token, csrfToken } = await createSession(db, user.username, req.ip);
      await audit(db, { username, action: 'session.ok', ip: req.ip });
      setSessionCookie(req, reply, token);
      const { username: name, role, kelurahan } = user;
      return { user: { username: name, role, kelurahan }, csrfToken };
    },
  );

  // Anonymous too: the app probes it on start, and "not signed in" is an answer, not an error
  // (a 401 would show as a console error in every browser that is simply signed out).
  app.get(
    '/api/session',
    {
      config: { auth: 'public' },
      schema: {
        summary: 'The signed-in user and CSRF token, or `{"user": null}` without a live session',
        response: { 200: { anyOf: [SIGNED_IN, NO_SESSION] } },
      },
    },
    async (req) =>
      req.session ? { user: actorOf(req), csrfToken: req.session.csrfToken } : { user: null },
  );

  app.delete(
    '/api/session',
    {
      config: { auth: 'session' },
      schema: {
        summary: `Sign out (needs the ${CSRF_HEADER} header)`,
        response: { 204: { type: 'null' } },
      },
    },
    async (req, reply) => {
      await deleteSession(db, req.session!.tokenHash);
      await audit(db, { username: actorOf(req).username, action: 'session.end', ip: req.ip });
      setSessionCookie(req, reply, null);
      return reply.code(204).send();
    },
  );
}
