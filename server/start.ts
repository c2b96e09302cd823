/**
 * Opens the database, migrates it, makes the first admin, builds the app: what `main.ts` does
 * before it listens, and what tests do with their own database.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.ts';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from './auth/lockout.ts';
import type { ServerContext } from './context.ts';
import type { Db } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import type { KelurahanCollection } from '../src/lib/model/kelurahan.ts';
import { DEFAULT_HOME_CARE_MIN_COUNT } from '../scripts/embed/embed-figures.ts';

/** Repository paths, from this file (so the server runs from any working directory). */
export const repoPath = (p: string): string => new URL(`../${p}`, import.meta.url).pathname;

let kelurahan: KelurahanCollection | null = null;
/** The city's kelurahan polygons, read once. */
function loadKelurahan(): KelurahanCollection {
  kelurahan ??= JSON.parse(
    readFileSync(repoPath('geodata/kelurahan.geojson'), 'utf8'),
  ) as KelurahanCollection;
  return kelurahan;
}

export interface StartOptions extends AppOptions {
  lockout?: LockoutPolicy;
  homeCareMinCount?: number;
}

export async function startServer(
  db: Db,
  options: StartOptions = {},
): Promise<{ app: FastifyInstance; ctx: ServerContext; migrated: string[] }> {
  const migrated = await migrate(db);
  const collection = loadKelurahan();
  const ctx: ServerContext = {
    db,
    lockout: options.lockout ?? DEFAULT_LOCKOUT,
    kelurahan: collection,
    kelurahanCodes: new Set(collection.features.map((f) => f.properties.kode)),
    homeCareMinCount: options.homeCareMinCount ?? DEFAULT_HOME_CARE_MIN_COUNT,
  };
  return { app: await buildApp(ctx, options), ctx, migrated };
}
