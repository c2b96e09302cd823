/**
 * Build-time plugins for offline use and the Content-Security-Policy (used by vite.config.ts only;
 * nothing here runs in the browser).
 */
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Writes the policy into every built HTML page (the app and the embed). Build only: the dev server
 * injects its own inline styles and client script, which the policy would rightly refuse.
 */
function cspMeta(policy: string): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'jangkau-csp-meta',
    apply: 'build',
    // Right after the charset, before any script or style the policy governs.
    transformIndexHtml: (html) => {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('CSP: an HTML page without <meta charset>');
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
    },
  };
}

/**
 * A generated service worker that precaches the whole build: app shell, workers (MapLibre's too),
 * boundaries (`*.geojson`) and the demo and embed data. It only ever touches Cache Storage: the
 * records in IndexedDB are never read, cleared or migrated by it (Dexie's versioned schema does that
 * when the new code opens the database).
 */
function serviceWorker(): PluginOption {
  return VitePWA({
    // A new version waits until the user reloads (a notice offers it): an import being reviewed is
    // never cut off by an automatic reload.
    registerType: 'prompt',
    // Registered by src/lib/pwa/offline.svelte.ts from the app only, never from the embed.
    injectRegister: false,
    // Relative to the page, like every other path of the build: works from any sub-path.
    scope: './',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,svg,json,geojson}'],
      // The app's bundle is ~2 MB; Workbox skips files over 2 MiB by default.
      maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      // Query strings never select a different file here (`?kel=` on the app, `?metric=` on the
      // embed): match the precached file without them, so embed.html is never answered with the app.
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      // The first visit is controlled at once, so it already works offline after one load.
      clientsClaim: true,
    },
  });
}

/**
 * `policy` is the formatted Content-Security-Policy (src/lib/browser/csp.ts). It is passed in rather
 * than imported: Vite loads its config natively, and this file is also type-checked with the app.
 */
export function offlinePlugins(policy: string): PluginOption[] {
  return [cspMeta(policy), serviceWorker()];
}
