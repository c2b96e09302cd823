/**
 * `npm run size`: gzipped size of every JavaScript file in dist/, split into what the page loads
 * on the main thread and what runs in workers. Run after `npm run build`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'dist/assets';
if (!existsSync(dir)) {
  console.error('No dist/assets: run `npm run build` first.');
  process.exit(2);
}

const rows = readdirSync(dir)
  .filter((name) => name.endsWith('.js') || name.endsWith('.mjs'))
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    // Vite names worker entries after their source file (`*.worker-*.js`, maplibre-gl-worker-*).
    const kind = /worker/i.test(name) ? 'worker' : 'main';
    return { name, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const row of rows)
  console.log(
    `${row.kind.padEnd(7)} ${kb(row.gzip).padStart(10)} gz ${kb(row.raw).padStart(11)}  ${row.name}`,
  );
for (const kind of ['main', 'worker'] as const) {
  const total = rows.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.gzip, 0);
  console.log(`total ${kind}: ${kb(total)} gzipped`);
}
