import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePlugins } from './src/lib/pwa/build-plugins.ts';
import { CSP_DIRECTIVES, formatPolicy } from './src/lib/browser/csp.ts';
import { parseServerOrigins } from './src/lib/browser/server-origins.ts';

// Team servers this build may call (README "Team server"): the app's sync, the embed's `server=`.
const servers = parseServerOrigins(process.env.JANGKAU_SERVERS);
const policy = formatPolicy({
  ...CSP_DIRECTIVES,
  'connect-src': [...CSP_DIRECTIVES['connect-src'], ...servers],
});

export default defineConfig({
  // Relative asset paths so dist/ works from any sub-path of any static host.
  base: './',
  plugins: [svelte(), ...offlinePlugins(policy)],
  define: { 'import.meta.env.JANGKAU_SERVERS': JSON.stringify(servers.join(',')) },
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
