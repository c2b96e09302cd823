/**
 * The team server as a Fastify app: security plugins, the session guard, the API routes and, when
 * the app is built, the static app at `/`. Built by `buildApp` so tests drive it with `inject`
 * (no port) and `main.ts` listens.
 */
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { installGuard } from './auth/guard.ts';
import type { ServerContext } from './context.ts';
import { sendError } from './http-errors.ts';
import { holdsNul } from './nul-text.ts';
import { programRoutes } from './routes/programs.ts';
import { publishRoutes } from './routes/publish.ts';
import { DEFAULT_LOGIN_RATE_LIMIT, sessionRoutes, type LoginRateLimit } from './routes/session.ts';
import { syncRoutes } from './routes/sync.ts';
import { userRoutes } from './routes/users.ts';

export interface AppOptions {
  /** Absolute path of the built app (`dist/`); served at `/` when it holds an index.html. */
  staticDir?: string | null;
  loginRateLimit?: LoginRateLimit;
  /** Origins allowed to call the API with credentials (`JANGKAU_ALLOWED_ORIGINS`). */
  allowedOrigins?: readonly string[];
  /** Fastify's trustProxy: whose X-Forwarded-* headers count (default: loopback only). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  logger?: FastifyServerOptions['logger'];
}

/** Request bodies larger than this are refused (413); sync push has its own, larger limit. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** Never in a log line: the session cookie, credentials, the CSRF token, passwords. */
export const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'body.password',
  'password',
];

export async function buildApp(
  ctx: ServerContext,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? 'loopback',
    bodyLimit: BODY_LIMIT_BYTES,
    // Refuse unknown fields instead of silently dropping them: "every field checked".
    ajv: { customOptions: { removeAdditional: false } },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Jangkau team server', version: '1' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jangkau_session' } },
      },
    },
  });
  await app.register(cookie);
  await app.register(helmet, {
    // The app's pages carry their own CSP (<meta>, src/lib/browser/csp.ts); API answers get a
    // closed one below. The embed is meant to be framed by other sites, so no frameguard.
    contentSecurityPolicy: false,
    frameguard: false,
  });
  const apiCors = {
    origin: options.allowedOrigins?.length ? [...options.allowedOrigins] : false,
    credentials: true,
    allowedHeaders: ['Content-Type', 'X-CSRF-Token'],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  };
  // The published figures are for any site's embed (which checks the server against its own
  // allow-list): readable from every origin, but never with credentials.
  const publicCors = { origin: '*', credentials: false, methods: ['GET'] };
  await app.register(cors, {
    delegator: (req, callback) =>
      callback(null, req.url?.startsWith('/api/public/') ? publicCors : apiCors),
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => ({
      statusCode: 429,
      error: 'rate_limit',
      message: `too many requests; try again in ${Math.ceil(c.ttl / 1000)} s`,
    }),
  });
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) {
      reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      reply.header('Cache-Control', reply.getHeader('Cache-Control') ?? 'no-store');
    }
    // The published figures are for any site's embed to read.
    if (req.url.startsWith('/api/public/'))
      reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
  });
  installGuard(app, ctx.db);
  app.addHook('preValidation', async (req, reply) => {
    if (holdsNul(req.body) || holdsNul(req.query) || holdsNul(req.params))
      return sendError(reply, 400, 'invalid', 'text holds a NUL character (U+0000)');
  });

  app.setErrorHandler(
    (
      error: { statusCode?: number; validation?: unknown; message: string; error?: string },
      req,
      reply,
    ) => {
      const status = error.statusCode ?? 500;
      if (error.validation) return sendError(reply, 400, 'invalid', error.message);
      if (status === 413) return sendError(reply, 413, 'too_large', 'request body too large');
      if (status === 429) return sendError(reply, 429, 'rate_limit', error.message);
      if (status >= 400 && status < 500) return sendError(reply, status, 'invalid', error.message);
      req.log.error(error);
      return sendError(reply, 500, 'internal', 'internal error');
    },
  );
  app.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'not_found', 'no such route'));

  app.get(
    '/api/health',
    {
      config: { auth: 'public' },
      schema: {
        summary: 'Liveness and which database answers',
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              database: { type: 'string', enum: ['pglite', 'postgresql'] },
            },
          },
        },
      },
    },
    async () => {
      await ctx.db.query('SELECT 1');
      return { status: 'ok', database: ctx.db.kind };
    },
  );
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  sessionRoutes(app, ctx, options.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT);
  userRoutes(app, ctx);
  programRoutes(app, ctx);
  syncRoutes(app, ctx);
  publishRoutes(app, ctx);

  if (options.staticDir && existsSync(`${options.staticDir}/index.html`))
    await app.register(fastifyStatic, { root: options.staticDir, prefix: '/' });
  return app;
}
