/**
 * `npm run test:server`: the server's suites (server/vitest.config.ts) on PGlite and, when
 * TEST_DATABASE_URL names a PostgreSQL + PostGIS, on it too. The two databases run in two
 * processes at once: each suite is one process by design (one PGlite serves all its files), and
 * the machine has two cores, so this halves the wall time. Output is prefixed per database and
 * the exit code is the first failure's.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const kinds = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
const vitest = resolve('node_modules/.bin/vitest');
const extra = process.argv.slice(2);

function run(kind: string): Promise<number> {
  return new Promise((done) => {
    const child = spawn(vitest, ['run', '--config', 'server/vitest.config.ts', ...extra], {
      env: { ...process.env, TEST_DATABASES: kind, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = (stream: NodeJS.WriteStream) => {
      let rest = '';
      return (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) stream.write(`[${kind}] ${line}\n`);
      };
    };
    child.stdout.on('data', prefix(process.stdout));
    child.stderr.on('data', prefix(process.stderr));
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const codes = await Promise.all(kinds.map(run));
process.exit(codes.find((c) => c !== 0) ?? 0);
