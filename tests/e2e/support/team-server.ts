import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real team server for the e2e tests: `server/main.ts` in its own process, on the embedded
 * PostgreSQL (PGlite + PostGIS) in a fresh, empty folder, serving the build under test. Empty on
 * purpose: every figure the tests read then comes from what they wrote, and no browser spends
 * minutes pulling the demo's 19,000 records.
 */
export interface TeamServer {
  url: string;
  /** Creates a user through the admin API (as the city's admin would). */
  addUser(username: string, role: string, kelurahan: string[]): Promise<void>;
  stop(): Promise<void>;
}

export const USER_PASSWORD = 'uji-Sandi-Lapangan-2026';

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  // PGlite with PostGIS and the migrations take ~20–60 s on a busy 2-core machine.
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`team server exited:\n${log()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`team server did not answer in time:\n${log()}`);
}

export async function startTeamServer(port: number, appDir: string): Promise<TeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jangkau-e2e-'));
  const adminPassword = randomBytes(12).toString('base64url');
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(resolve('node_modules/.bin/tsx'), ['server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      JANGKAU_DATA_DIR: dataDir,
      JANGKAU_ADMIN_PASSWORD: adminPassword,
      JANGKAU_APP_DIR: resolve(appDir),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  const login = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  if (!login.ok) throw new Error(`admin sign-in: HTTP ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    url,
    async addUser(username, role, kelurahan) {
      const res = await fetch(`${url}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ username, password: USER_PASSWORD, role, kelurahan }),
      });
      if (!res.ok) throw new Error(`create ${username}: HTTP ${res.status} ${await res.text()}`);
    },
    stop,
  };
}
