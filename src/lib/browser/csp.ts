/**
 * The Content-Security-Policy of the app and its embed. One list, used twice: the build writes it
 * into every HTML page as a `<meta http-equiv>` (vite.config.ts), and hosts copy it into a response
 * header (src/lib/pwa/README.md), where they can add what a `<meta>` cannot carry.
 *
 * Why each source is there:
 * - `script-src 'self'`: the build emits module scripts from its own files only; no inline script,
 *   no eval (deck.gl/luma.gl compile shaders through WebGL, not `eval`; nothing needs WebAssembly).
 * - `style-src 'self'`: styles come from the built CSS files. Svelte (`style:` directives),
 *   MapLibre and deck.gl set element styles through the CSSOM, which the policy does not restrict,
 *   so `'unsafe-inline'` is not needed.
 * - `worker-src 'self' blob:`: the coverage, import and MapLibre workers are files of the build;
 *   the XLSX reader (fflate) starts blob: workers for files over 512 kB.
 * - `img-src data: blob:`: MapLibre's control icons are data: SVGs; the PNG export makes a blob:.
 * - `tile.openstreetmap.org`: the optional basemap the user can switch on.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'],
  'connect-src': ["'self'", 'https://tile.openstreetmap.org'],
  'worker-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** `name a b; name c` */
export function formatPolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
