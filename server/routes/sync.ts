import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/guard.ts';
import type { ServerContext } from '../context.ts';
import { ERROR_SCHEMA } from '../http-errors.ts';
import { loadCatalog, PROGRAM_TARGET } from '../sync/catalog.ts';
import { pullChanges } from '../sync/pull.ts';
import { appliedBefore, applyChange } from '../sync/push.ts';
import type { Change, Result } from '../sync/types.ts';

export const MAX_PUSH = 500;
const MAX_PULL = 1000;
/** 500 changes of a few hundred bytes each, with room; the global limit is far smaller. */
export const PUSH_BODY_BYTES = 8 * 1024 * 1024;

const RECORD = { type: ['object', 'null'] } as const;
const CHANGE = {
  type: 'object',
  required: ['changeId', 'target', 'recordId', 'baseRev', 'op', 'record', 'at', 'by'],
  additionalProperties: false,
  properties: {
    changeId: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    },
    target: { type: 'string', pattern: '^(~program|[a-z][a-z0-9_]{1,31})$' },
    recordId: { type: 'string', minLength: 1, maxLength: 200 },
    baseRev: { type: 'integer', minimum: 0 },
    op: { type: 'string', enum: ['upsert', 'delete'] },
    record: RECORD,
    at: { type: 'string', format: 'date-time' },
    by: { type: 'string', maxLength: 100 },
  },
} as const;

const SERVER_VERSION = {
  type: 'object',
  properties: {
    rev: { type: 'integer' },
    op: { type: 'string' },
    record: { type: ['object', 'null'], additionalProperties: true },
    by: { type: 'string' },
    at: { type: 'string' },
  },
} as const;

export function syncRoutes(app: FastifyInstance, ctx: ServerContext) {
  const { db } = ctx;
  app.post<{ Body: { clientId: string; changes: Change[] } }>(
    '/api/sync/push',
    {
      bodyLimit: PUSH_BODY_BYTES,
      schema: {
        summary: `Push up to ${MAX_PUSH} changes; each is applied in its own transaction`,
        body: {
          type: 'object',
          required: ['clientId', 'changes'],
          additionalProperties: false,
          properties: {
            clientId: { type: 'string', minLength: 1, maxLength: 100 },
            changes: { type: 'array', maxItems: MAX_PUSH, items: CHANGE },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    changeId: { type: 'string' },
                    status: { type: 'string' },
                    rev: { type: 'integer' },
                    seq: { type: 'integer' },
                    server: SERVER_VERSION,
                    reason: { type: 'string' },
                  },
                },
              },
            },
          },
          400: ERROR_SCHEMA,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      let catalog = await loadCatalog(db);
      const results: Result[] = [];
      // A resend after a timeout costs only what the first send did not do: under load a resend
      // that took a transaction per duplicate timed out again, and its client never caught up.
      const done = await appliedBefore(
        db,
        req.body.changes.map((c) => c.changeId),
      );
      // One at a time, in order: a later change may depend on an earlier one (a definition, then
      // its records), and one failing change must not undo the others.
      for (const change of req.body.changes) {
        const duplicate = done.get(change.changeId);
        if (duplicate !== undefined) {
          results.push(duplicate);
          continue;
        }
        const pushCtx = {
          actor,
          clientId: req.body.clientId,
          catalog,
          kelurahanCodes: ctx.kelurahanCodes,
          ip: req.ip,
        };
        const result = await db.transaction((tx) => applyChange(tx, pushCtx, change));
        results.push(result);
        if (change.target === PROGRAM_TARGET && result.status === 'applied')
          catalog = await loadCatalog(db);
      }
      return { results };
    },
  );

  app.get<{ Querystring: { since: number; limit: number } }>(
    '/api/sync/pull',
    {
      schema: {
        summary: 'Changes since a cursor (a server seq) that the user may read',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            since: { type: 'integer', minimum: 0, default: 0 },
            limit: { type: 'integer', minimum: 1, maximum: MAX_PULL, default: 500 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              changes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    seq: { type: 'integer' },
                    target: { type: 'string' },
                    recordId: { type: 'string' },
                    rev: { type: 'integer' },
                    op: { type: 'string' },
                    record: { type: ['object', 'null'], additionalProperties: true },
                    at: { type: 'string' },
                    by: { type: 'string' },
                  },
                },
              },
              cursor: { type: 'integer' },
              more: { type: 'boolean' },
            },
          },
          400: ERROR_SCHEMA,
        },
      },
    },
    async (req) => {
      const catalog = await loadCatalog(db);
      return pullChanges(db, actorOf(req), catalog, req.query.since, req.query.limit);
    },
  );
}
