/**
 * `npm run server [-- --demo]`: the team server. Embedded PGlite + PostGIS in JANGKAU_DATA_DIR
 * (default `.jangkau-data/`) unless DATABASE_URL names a PostgreSQL; HOST 127.0.0.1, PORT 8787.
 * Settings are in the README ("Team server").
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REDACT } from './app.ts';
import { ensureFirstAdmin } from './auth/first-admin.ts';
import { openDatabase } from './db/database.ts';
import { seedDemo } from './demo-seed.ts';
import { repoPath, startServer } from './start.ts';
import { minCountFromEnv } from '../scripts/build-embed-data.ts';

const env = process.env;
const host = env.HOST || '127.0.0.1';
const port = Number(env.PORT || 8787);
const url = env.DATABASE_URL || undefined;
if (url && !/^postgres(ql)?:\/\//.test(url))
  throw new Error('DATABASE_URL must be a postgres:// URL');
const dataDir = resolve(env.JANGKAU_DATA_DIR || '.jangkau-data');
if (!url) mkdirSync(dataDir, { recursive: true });

// Never echo DATABASE_URL: it usually carries a password.
console.log(
  url ? 'Opening PostgreSQL (DATABASE_URL)…' : `Opening embedded PostgreSQL in ${dataDir}…`,
);
const db = await openDatabase(url, dataDir);
const trust = env.JANGKAU_TRUST_PROXY;
const { app, migrated } = await startServer(db, {
  // JANGKAU_APP_DIR: another build of the app to serve (the e2e tests serve the one they test).
  staticDir: env.JANGKAU_APP_DIR ? resolve(env.JANGKAU_APP_DIR) : repoPath('dist'),
  allowedOrigins: (env.JANGKAU_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  trustProxy:
    trust === undefined ? 'loopback' : trust === 'true' ? true : trust === 'false' ? false : trust,
  homeCareMinCount: minCountFromEnv(env.HOME_CARE_MIN_COUNT),
  logger: { level: env.LOG_LEVEL || 'info', redact: REDACT },
});
if (migrated.length > 0) console.log(`Migrations applied: ${migrated.join(', ')}`);

const admin = await ensureFirstAdmin(db, env.JANGKAU_ADMIN_PASSWORD || undefined);
if (admin.created && admin.generated)
  // Printed once, to the terminal only (not the logger): it is stored as a hash and never shown again.
  console.log(
    `\nFirst admin created. Username: admin  Password: ${admin.generated}\nWrite it down now: it will not be shown again.\n`,
  );
else if (admin.created)
  console.log('First admin created: admin (password from JANGKAU_ADMIN_PASSWORD)');

if (process.argv.includes('--demo')) {
  const seeded = await seedDemo(db, repoPath('public/demo'));
  console.log(
    seeded.seeded
      ? `Demo data seeded: ${seeded.records} records (labelled demo)`
      : 'Demo not seeded: the database holds records already',
  );
}

const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

await app.listen({ host, port });
console.log(`Jangkau server: http://${host}:${port}/ (database: ${db.kind})`);
