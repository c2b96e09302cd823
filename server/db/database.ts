/**
 * One database interface over both drivers: embedded PGlite (+ PostGIS) for a no-install start and
 * tests, `pg` for a real PostgreSQL. Every repository writes plain SQL with `$1` parameters and the
 * same SQL runs on both. Values cross as JSON-friendly types: callers pass jsonb as text
 * (`JSON.stringify`) and cast, and read bigints as `::float8` and times as ISO text, because the two
 * drivers parse int8 and timestamptz differently.
 */
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import pg from 'pg';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** An ISO 8601 UTC text of a timestamptz column, the same on both drivers. */
export const iso = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Embedded PostgreSQL in `dataDir` (a folder; in memory when undefined, for tests). */
export async function openPglite(dataDir?: string): Promise<Db> {
  const lite = await PGlite.create({ dataDir, extensions: { postgis } });
  const on = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...on(lite),
    transaction: (fn) => lite.transaction((tx) => fn(on(tx))),
    close: () => lite.close(),
  };
}

/**
 * A real PostgreSQL 15+ with PostGIS 3, by `postgres://` URL. `searchPath` puts the tables in a
 * schema of their own (tests: one per test file on one database).
 */
export async function openPostgres(url: string, searchPath?: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  // Fail at start, not on the first request, when the URL or the credentials are wrong.
  (await pool.connect()).release();
  const on = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(sql, params as unknown[])).rows as T[];
    },
    // Without parameters pg sends a simple query, which may hold several statements.
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  return {
    kind: 'postgresql',
    ...on(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** `DATABASE_URL` when given (postgres://…), else PGlite in `dataDir`. */
export function openDatabase(url: string | undefined, dataDir: string): Promise<Db> {
  return url ? openPostgres(url) : openPglite(dataDir);
}
