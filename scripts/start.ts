/**
 * `npm start`: builds the app if the build is missing or older than its sources, then serves
 * dist/ and prints the local URL. One command for a new user; no dev server, no network.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const SOURCES = ['src', 'geodata', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const builtAt = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map(newestMtime));
if (builtAt < sourcesAt) {
  console.log('Building Jangkau… / Membangun Jangkau…');
  await build({ logLevel: 'warn' });
} else {
  console.log('Build is up to date. / Build sudah terbaru.');
}

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, host: process.env.HOST ?? '127.0.0.1' } });
console.log('\nJangkau is running — open this address in a browser / buka alamat ini di peramban:');
server.printUrls();
