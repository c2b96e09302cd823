import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const POSTGIS_CONTROL = '/usr/share/postgresql/15/extension/postgis.control';
/** util-linux's runuser (Debian): runs a command as the postgres user when the bench is root. */
const RUNUSER = '/usr/sbin/runuser';

/** Why the bench cannot start its own PostgreSQL: said plainly, without a stack trace. */
export class NoPostgresError extends Error {
  override name = 'NoPostgresError';
}

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A throwaway cluster of Debian's PostgreSQL 15 + PostGIS 3, as `.ci/run` makes one: initdb in a
 * temporary folder, trust auth on 127.0.0.1 only, a `jangkau_bench` database with PostGIS.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
 */
export async function startThrowawayPostgres(port: number): Promise<ThrowawayPostgres> {
  if (!existsSync(`${PG_BIN}/initdb`) || !existsSync(POSTGIS_CONTROL))
    throw new NoPostgresError(
      'PostgreSQL 15 with PostGIS 3 is not installed (Debian: apt-get install -y postgresql ' +
        'postgresql-15-postgis-3), or set BENCH_DATABASE_URL to a postgres:// database with PostGIS.',
    );
  const root = process.getuid?.() === 0;
  const asPg = (cmd: string, args: string[]) =>
    root
      ? execFileSync(RUNUSER, ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'jangkau-bench-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  let started = false;
  const stop = async () => {
    if (started) {
      try {
        asPg(`${PG_BIN}/pg_ctl`, ['-D', dir, '-m', 'fast', 'stop']);
      } catch {
        // Already stopped.
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    asPg(`${PG_BIN}/initdb`, ['-D', dir, '-A', 'trust', '-U', 'postgres']);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
    asPg(`${PG_BIN}/pg_ctl`, ['-D', dir, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
    started = true;
    const base = `postgres://postgres@127.0.0.1:${port}`;
    await run(`${base}/postgres`, 'CREATE DATABASE jangkau_bench');
    await run(`${base}/jangkau_bench`, 'CREATE EXTENSION postgis');
    return { url: `${base}/jangkau_bench`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
