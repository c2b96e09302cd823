/**
 * Versioned migrations, run on every start by Umzug (a storage-agnostic runner, so the same
 * migrations run on PGlite and on PostgreSQL). Each migration runs in one transaction together with
 * its row in `schema_migrations`, under an advisory lock: two servers starting at once on one
 * database apply each migration once, and a failed migration leaves nothing half-done.
 */
import { Umzug, type MigrationParams } from 'umzug';
import type { Db } from './database.ts';
import { SCHEMA_001 } from './migrations/001-schema.ts';
import { viewsSql } from './program-views.ts';

interface Migration {
  name: string;
  sql: () => string;
}

/** In order; never edit or remove one that has shipped: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '001-schema', sql: () => SCHEMA_001 },
  { name: '002-program-views', sql: viewsSql },
];

/** An arbitrary constant: the advisory lock key of the migrations. */
const MIGRATION_LOCK = 4_193_001;

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;

async function applied(db: Db): Promise<string[]> {
  await db.exec(LEDGER);
  const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
  return rows.map((r) => r.name);
}

/** Applies the pending migrations; returns the names applied now (empty on a second start). */
export async function migrate(db: Db): Promise<string[]> {
  const umzug = new Umzug<Db>({
    context: db,
    logger: undefined,
    migrations: MIGRATIONS.map((m) => ({
      name: m.name,
      up: async ({ context }: MigrationParams<Db>) => {
        await context.transaction(async (tx) => {
          await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
          const done = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [m.name]);
          if (done.length > 0) return; // another server applied it while we waited
          await tx.exec(m.sql());
          await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
        });
      },
    })),
    storage: {
      executed: ({ context }) => applied(context),
      // The row is written inside the migration's own transaction (above).
      logMigration: async () => undefined,
      unlogMigration: async ({ name, context }) => {
        await context.query('DELETE FROM schema_migrations WHERE name = $1', [name]);
      },
    },
  });
  const done = await umzug.up();
  return done.map((m) => m.name);
}
