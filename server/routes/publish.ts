import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { actorOf } from '../auth/guard.ts';
import type { ServerContext } from '../context.ts';
import { iso } from '../db/database.ts';
import { ERROR_SCHEMA, sendError } from '../http-errors.ts';
import { computeFigures } from '../publish/figures.ts';
import { loadCatalog } from '../sync/catalog.ts';

export function publishRoutes(app: FastifyInstance, ctx: ServerContext) {
  const { db } = ctx;
  app.post(
    '/api/publish',
    {
      config: { auth: ['planner', 'admin'] },
      schema: {
        summary: 'Compute and store the public figures (planner, admin)',
        response: {
          200: { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'string' } } },
          500: ERROR_SCHEMA,
        },
      },
    },
    async (req, reply) => {
      const { custom } = await loadCatalog(db);
      let text: string;
      try {
        ({ text } = await computeFigures(db, ctx.kelurahan, custom, ctx.homeCareMinCount));
      } catch (error) {
        // A leak check that fires says what it found (not the value): the planner must know why.
        return sendError(reply, 500, 'internal', (error as Error).message);
      }
      const username = actorOf(req).username;
      return db.transaction(async (tx) => {
        const [row] = await tx.query<{ id: number; at: string }>(
          `INSERT INTO published (figures, by) VALUES ($1::jsonb, $2) RETURNING id::float8 AS id, ${iso('at')} AS at`,
          [text, username],
        );
        await audit(tx, { username, action: 'publish', recordId: String(row.id), ip: req.ip });
        return row;
      });
    },
  );

  app.get(
    '/api/public/figures',
    {
      config: { auth: 'public' },
      // No response schema: the embed's data contract is the schema, and the stored text is
      // sent as checked at publish time.
      schema: { summary: 'The last published figures (anonymous); 404 before the first' },
    },
    async (_req, reply) => {
      const [row] = await db.query<{ figures: unknown }>(
        'SELECT figures FROM published ORDER BY id DESC LIMIT 1',
      );
      if (!row) return sendError(reply, 404, 'not_found', 'nothing published yet');
      return reply
        .header('Cache-Control', 'public, max-age=60')
        .header('Cross-Origin-Resource-Policy', 'cross-origin')
        .send(row.figures);
    },
  );
}
