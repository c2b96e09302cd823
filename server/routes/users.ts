import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { actorOf } from '../auth/guard.ts';
import type { Role } from '../auth/roles.ts';
import { createUser, listUsers, patchUser, type UserPatch } from '../auth/users-repo.ts';
import type { ServerContext } from '../context.ts';
import { ERROR_SCHEMA, sendError } from '../http-errors.ts';
import { KELURAHAN_LIST, PASSWORD, USER_SCHEMA, USERNAME_PATTERN } from './schemas.ts';
import { ROLES } from '../auth/roles.ts';

const ADMIN = { auth: ['admin'] as const };

/** A code the city does not have is refused, not stored: it would grant nothing and hide typos. */
function unknownKode(ctx: ServerContext, kelurahan: readonly string[] | undefined): string | null {
  return kelurahan?.find((k) => !ctx.kelurahanCodes.has(k)) ?? null;
}

export function userRoutes(app: FastifyInstance, ctx: ServerContext) {
  const { db } = ctx;
  app.get(
    '/api/users',
    {
      config: ADMIN,
      schema: {
        summary: 'Every user (admin)',
        response: {
          200: { type: 'object', properties: { users: { type: 'array', items: USER_SCHEMA } } },
        },
      },
    },
    async () => ({ users: await listUsers(db) }),
  );

  app.post<{ Body: { username: string; password: string; role: Role; kelurahan: string[] } }>(
    '/api/users',
    {
      config: ADMIN,
      schema: {
        summary: 'Create a user (admin)',
        body: {
          type: 'object',
          required: ['username', 'password', 'role', 'kelurahan'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', pattern: USERNAME_PATTERN },
            password: PASSWORD,
            role: { type: 'string', enum: ROLES },
            kelurahan: KELURAHAN_LIST,
          },
        },
        response: { 201: USER_SCHEMA, 400: ERROR_SCHEMA, 409: ERROR_SCHEMA },
      },
    },
    async (req, reply) => {
      const bad = unknownKode(ctx, req.body.kelurahan);
      if (bad) return sendError(reply, 400, 'invalid', `kelurahan: no kelurahan ${bad}`);
      const { username, role, kelurahan } = req.body;
      const created = await db.transaction(async (tx) => {
        if (!(await createUser(tx, req.body))) return false;
        await audit(tx, {
          username: actorOf(req).username,
          action: 'user.create',
          recordId: username,
          detail: { role, kelurahan },
          ip: req.ip,
        });
        return true;
      });
      if (!created) return sendError(reply, 409, 'conflict', `user ${username} exists`);
      return reply.code(201).send({ username, role, kelurahan, disabled: false });
    },
  );

  app.patch<{ Params: { username: string }; Body: UserPatch }>(
    '/api/users/:username',
    {
      config: ADMIN,
      schema: {
        summary: 'Change a user (admin): password, role, kelurahan, disabled',
        params: {
          type: 'object',
          properties: { username: { type: 'string', pattern: USERNAME_PATTERN } },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            password: PASSWORD,
            role: { type: 'string', enum: ROLES },
            kelurahan: KELURAHAN_LIST,
            disabled: { type: 'boolean' },
          },
        },
        response: { 200: USER_SCHEMA, 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
      },
    },
    async (req, reply) => {
      const bad = unknownKode(ctx, req.body.kelurahan);
      if (bad) return sendError(reply, 400, 'invalid', `kelurahan: no kelurahan ${bad}`);
      const me = actorOf(req).username;
      // An admin cannot lock themselves out: the city would need database access to get back in.
      if (
        req.params.username === me &&
        (req.body.disabled || (req.body.role ?? 'admin') !== 'admin')
      )
        return sendError(reply, 400, 'invalid', 'you cannot disable or demote yourself');
      const user = await db.transaction(async (tx) => {
        const u = await patchUser(tx, req.params.username, req.body);
        if (u) {
          const { password, ...rest } = req.body;
          const detail = { ...rest, ...(password === undefined ? {} : { password: 'changed' }) };
          await audit(tx, {
            username: me,
            action: 'user.patch',
            recordId: u.username,
            detail,
            ip: req.ip,
          });
        }
        return u;
      });
      if (!user) return sendError(reply, 404, 'not_found', `no user ${req.params.username}`);
      return user;
    },
  );
}
