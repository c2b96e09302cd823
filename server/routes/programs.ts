import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/guard.ts';
import type { ServerContext } from '../context.ts';
import { ERROR_SCHEMA, sendError } from '../http-errors.ts';
import { SHIPPED_PROGRAMS } from '../../src/lib/programs/registry.ts';
import { loadCatalog, PROGRAM_TARGET } from '../sync/catalog.ts';
import { applyChange } from '../sync/push.ts';

const DEFINITION = { type: 'object', additionalProperties: true } as const;

export function programRoutes(app: FastifyInstance, ctx: ServerContext) {
  const { db } = ctx;
  app.get(
    '/api/programs',
    {
      schema: {
        summary: 'Programme definitions: shipped, then custom (definitions hold no personal data)',
        response: {
          200: { type: 'object', properties: { programs: { type: 'array', items: DEFINITION } } },
        },
      },
    },
    async () => ({ programs: [...SHIPPED_PROGRAMS, ...(await loadCatalog(db)).custom] }),
  );

  app.put<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/api/programs/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        summary: 'Create or replace a custom programme (admin); checked with checkCustomProgram',
        params: {
          type: 'object',
          properties: { id: { type: 'string', pattern: '^[a-z][a-z0-9_]{1,31}$' } },
        },
        body: DEFINITION,
        response: {
          200: {
            type: 'object',
            properties: { rev: { type: 'integer' }, seq: { type: 'integer' } },
          },
          400: ERROR_SCHEMA,
          409: ERROR_SCHEMA,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const catalog = await loadCatalog(db);
      // The editor replaces the definition as a whole: the same change as a sync push, on the
      // rev the server holds now, so the feed and the audit log see it like any other.
      const result = await db.transaction(async (tx) => {
        const [row] = await tx.query<{ rev: number }>('SELECT rev FROM programs WHERE id = $1', [
          req.params.id,
        ]);
        return applyChange(
          tx,
          { actor, clientId: 'api', catalog, kelurahanCodes: ctx.kelurahanCodes, ip: req.ip },
          {
            changeId: randomUUID(),
            target: PROGRAM_TARGET,
            recordId: req.params.id,
            baseRev: row?.rev ?? 0,
            op: 'upsert',
            record: req.body,
            at: new Date().toISOString(),
            by: actor.username,
          },
        );
      });
      if (result.status === 'rejected')
        return sendError(reply, 400, 'invalid', result.reason ?? '');
      if (result.status !== 'applied')
        return sendError(reply, 409, 'conflict', 'changed meanwhile; try again');
      return { rev: result.rev, seq: result.seq };
    },
  );
}
