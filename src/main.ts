import { mount } from 'svelte';
import App from './App.svelte';
import { boundaries } from './lib/state/boundaries.svelte';
import { records } from './lib/state/records.svelte';
import { coverage } from './lib/state/coverage.svelte';
import { periods } from './lib/state/periods.svelte';
import { offline } from './lib/pwa/offline.svelte';
import { startUrlSync } from './lib/state/url-sync.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

let started = false;
/**
 * What the first picture does not need starts once it is on screen: opening IndexedDB and writing
 * the demo data on a first visit, then the coverage run those records trigger, and the service
 * worker's precache download. Before it they would compete with the map for the same cores.
 */
function afterFirstDraw(): void {
  if (started) return;
  started = true;
  // A connected app resumes syncing after the records are read; without a server this only
  // reads one empty table (no request is made).
  void records.init().then(() => import('./lib/state/sync.svelte').then((m) => m.sync.init()));
  // The precache download is the least urgent of all: when the browser is next idle.
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  idle(() => void offline.register(), { timeout: 5000 });
}

// The boundaries are the first picture's only data: asked for before the UI is even mounted. The
// URL is read once the kelurahan codes are known; without boundaries there is no map to wait for.
void boundaries.load().then(() => {
  if (boundaries.data) startUrlSync(boundaries.byKode);
  else afterFirstDraw();
});
coverage.start(boundaries, records);
periods.start(records);

export default mount(App, { target, props: { onFirstDraw: afterFirstDraw } });
