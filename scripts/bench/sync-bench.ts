/**
 * `npm run bench:sync [-- --clients N --changes N --rounds N --port P]`: issue 12 §7, load and
 * faults against a real PostgreSQL. The real server runs as a child process; N facilitators
 * (default 50), each the app's own sync engine over HTTP, make N changes each (default 1,000) in
 * their kelurahan and push them in batches while pulling; half-way the server is SIGKILLed and
 * restarted; then every count and a checksum of the final state must agree on the server and on
 * every client. Exits 1 when a check fails.
 *
 * Database: BENCH_DATABASE_URL (any PostgreSQL 15+ with PostGIS; the bench works in a schema of
 * its own and drops it), else a throwaway Debian PostgreSQL 15 + PostGIS cluster (.ci/run's
 * recipe) on BENCH_PG_PORT or a free port, removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createAccounts, loadKelurahan, planFacilitators, secret } from './sync-accounts.ts';
import { FacilitatorClient } from './sync-client.ts';
import { runWithFault, syncToFixedPoint } from './sync-fault-run.ts';
import { CallLog, nodeSyncApi } from './sync-node-http.ts';
import { freePort, NoPostgresError, startThrowawayPostgres } from './sync-postgres.ts';
import { ServerProcess } from './sync-server-process.ts';
import { report } from './sync-report.ts';

function option(name: string, envName: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const raw = at >= 0 ? args[at + 1] : process.env[envName];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
}

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch((e) => console.error(e));
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

async function database(): Promise<string> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return given;
  const port = option('pg-port', 'BENCH_PG_PORT', await freePort());
  console.log(`Starting a throwaway PostgreSQL 15 + PostGIS on port ${port}…`);
  const cluster = await startThrowawayPostgres(port);
  cleanups.push(cluster.stop);
  return cluster.url;
}

async function bench(): Promise<boolean> {
  const clientCount = option('clients', 'BENCH_CLIENTS', 50);
  const changes = option('changes', 'BENCH_CHANGES', 1000);
  const rounds = option('rounds', 'BENCH_ROUNDS', 5);
  const url = await database();

  // A schema of its own: a database given by URL may hold other things.
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  cleanups.push(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  });
  const scoped = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema},public`)}`;
  const db = new pg.Pool({ connectionString: scoped, max: 2 });
  cleanups.push(() => db.end());

  const logDir = mkdtempSync(join(tmpdir(), 'jangkau-bench-log-'));
  cleanups.push(async () => rmSync(logDir, { recursive: true, force: true }));
  const adminPassword = secret();
  const server = new ServerProcess({
    port: option('port', 'BENCH_PORT', await freePort()),
    databaseUrl: scoped,
    adminPassword,
    logPath: join(logDir, 'server.log'),
  });
  cleanups.push(() => server.stop());
  await server.start();
  console.log(`Server (child process) at ${server.url}, database schema ${schema}`);

  const kelurahan = loadKelurahan();
  const accounts = planFacilitators(clientCount, kelurahan, 'fasil');
  const [soloAccount] = planFacilitators(1, kelurahan, 'solo');
  await createAccounts(server.url, adminPassword, [...accounts, soloAccount]);
  const log = new CallLog();
  const soloLog = new CallLog();
  const connect = async (a: (typeof accounts)[number], i: number, callLog: CallLog) => {
    const http = nodeSyncApi(server.url, `10.77.${i >> 8}.${i & 255}`, callLog);
    await http.signIn(a.username, a.password);
    return new FacilitatorClient(a.username, a.areas, http, 1000 + i);
  };
  const clients = await Promise.all(accounts.map((a, i) => connect(a, i, log)));
  const solo = await connect(soloAccount, 999, soloLog);
  console.log(`${clientCount} facilitators signed in; ${changes} changes each in ${rounds} rounds`);

  // Baseline, same process: one client alone, the same workload, nobody else on the server.
  const soloStart = performance.now();
  await solo.run(changes, rounds);
  const soloMs = performance.now() - soloStart;
  console.log(
    `Baseline: one client alone pushed ${changes} changes in ${(soloMs / 1000).toFixed(2)} s`,
  );

  const total = clientCount * changes;
  console.log(`Concurrent run: ${clientCount} clients, ${total} changes; SIGKILL at half…`);
  const timeline = await runWithFault(clients, server, db, log, {
    changes,
    rounds,
    killAfter: Math.ceil(total / 2),
  });
  // The baseline client reads everything the others wrote, too.
  await syncToFixedPoint([solo, ...clients]);
  return report({ db, clients, solo, log, soloLog, soloMs, timeline });
}

let ok = false;
try {
  ok = await bench();
} catch (e) {
  if (e instanceof NoPostgresError) console.error(`bench:sync: ${e.message}`);
  else console.error(e);
} finally {
  await cleanUp();
}
process.exit(ok ? 0 : 1);
