import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePlugins } from './src/lib/pwa/build-plugins.ts';
import { CSP_DIRECTIVES, formatPolicy } from './src/lib/browser/csp.ts';

export default defineConfig({
  // Relative asset paths so dist/ works from any sub-path of any static host.
  base: './',
  plugins: [svelte(), ...offlinePlugins(formatPolicy(CSP_DIRECTIVES))],
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
