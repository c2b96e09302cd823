import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';

const REPO = new URL('../../', import.meta.url).pathname;

export interface ServerSettings {
  port: number;
  databaseUrl: string;
  adminPassword: string;
  /** The server's stdout and stderr go here (the bench prints its tail when a start fails). */
  logPath: string;
}

/**
 * The real team server (`server/main.ts`) as a child process. Node runs it with tsx as a loader
 * in ONE process (`node --import tsx`), not through the `tsx` command, which forks a second node:
 * a SIGKILL of that wrapper would leave the real server running.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  readonly url: string;

  constructor(private readonly settings: ServerSettings) {
    this.url = `http://127.0.0.1:${settings.port}`;
  }

  /** Starts it and resolves once `GET /api/health` answers that it is on PostgreSQL. */
  async start(timeoutMs = 120_000): Promise<void> {
    const log = openSync(this.settings.logPath, 'a');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(this.settings.port),
        DATABASE_URL: this.settings.databaseUrl,
        JANGKAU_ADMIN_PASSWORD: this.settings.adminPassword,
        JANGKAU_TRUST_PROXY: 'loopback',
        // Fifty clients make hundreds of thousands of requests: only warnings and errors.
        LOG_LEVEL: 'warn',
      },
    });
    this.child = child;
    let gone = false;
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        gone = true;
        resolve();
      }),
    );
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (gone) throw new Error(`the server exited while starting:\n${this.logTail()}`);
      try {
        const res = await fetch(`${this.url}/api/health`);
        const body = (await res.json()) as { database?: string };
        if (res.ok && body.database === 'postgresql') return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the server did not answer /api/health in ${timeoutMs} ms:\n${this.logTail()}`);
  }

  /** The fault: no shutdown, no flush, open transactions cut off as a power cut would. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** A clean stop (SIGTERM: the server closes its connections); SIGKILL after 10 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child === null || child.exitCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    this.child = null;
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.settings.logPath, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no server log)';
    }
  }
}
