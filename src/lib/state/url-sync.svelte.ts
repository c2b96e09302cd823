import { untrack } from 'svelte';
import type { CoverageFilters } from '../coverage/options';
import { PROGRAMS } from '../model/records';
import { i18n } from '../i18n/i18n.svelte';
import { camera } from './camera.svelte';
import { coverage } from './coverage.svelte';
import { selection } from './selection.svelte';
import {
  parseUrlState,
  serializeUrlState,
  type ParsedUrlState,
  type UrlState,
} from '../explore/url-state';
import { view } from './view.svelte';
import { periods } from './periods.svelte';
import type { LayerToggles } from '../explore/view-defaults';

/** Writes wait until the view has been still this long: a dragged slider writes once. */
const WRITE_DELAY_MS = 400;

function currentState(): UrlState {
  return {
    camera: camera.current,
    kode: selection.selectedKode,
    metric: view.metric,
    classMethod: view.classMethod,
    layers: $state.snapshot(view.layers),
    radiusM: $state.snapshot(coverage.radiusM),
    filters: $state.snapshot(coverage.filters) as CoverageFilters,
    locale: i18n.locale,
    compare: $state.snapshot(periods.compare),
    demand: $state.snapshot(coverage.demandPoints),
  };
}

/** Hands parsed (already validated) values to the state methods. */
function apply(parsed: ParsedUrlState): void {
  if (parsed.locale) i18n.setLocale(parsed.locale);
  if (parsed.metric) view.setMetric(parsed.metric);
  if (parsed.classMethod) view.setClassMethod(parsed.classMethod);
  if (parsed.layers) {
    for (const [id, on] of Object.entries(parsed.layers)) view.toggle(id as keyof LayerToggles, on);
  }
  for (const program of PROGRAMS) {
    const metres = parsed.radiusM?.[program];
    if (metres !== undefined) coverage.setRadius(program, metres);
  }
  if (parsed.filters) coverage.setFilters(parsed.filters);
  if (parsed.compare !== undefined) periods.set(parsed.compare);
  if (parsed.demand !== undefined) coverage.demandPoints = parsed.demand;
  if (parsed.camera) camera.jumpTo(parsed.camera);
  // With a camera in the link, the link's view wins over flying to the kelurahan.
  if (parsed.kode !== undefined) selection.select(parsed.kode, { fly: !parsed.camera });
}

/**
 * Reads the view from the URL fragment once, then mirrors the view into it with
 * `history.replaceState` (debounced; no history entry per change). The fragment, not the query
 * string: it never reaches a server or its logs, and a static host needs no configuration.
 * `kodes` are the kelurahan that exist. Returns the cleanup.
 */
export function startUrlSync(kodes: { has(kode: string): boolean }): () => void {
  return untrack(() => {
    // The view before the link is applied is the default: those fields stay out of the URL. The
    // language default is the app's own, so an English view always says so in its link.
    const defaults: UrlState = {
      ...currentState(),
      camera: null,
      kode: null,
      locale: 'id',
      compare: null,
      demand: null,
    };
    const read = () => parseUrlState(location.hash, kodes);
    apply(read());

    // A fragment edited by hand or a pasted link on the open page: absent fields go back to the
    // defaults; the language and the camera stay where they are.
    const onHashChange = () => {
      const { camera: _c, locale: _l, ...reset } = defaults;
      apply({ ...reset, ...read() });
    };
    addEventListener('hashchange', onHashChange);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopEffects = $effect.root(() => {
      $effect(() => {
        const fragment = serializeUrlState(currentState(), defaults);
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (fragment === location.hash.replace(/^#/, '')) return;
          const url = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
          history.replaceState(history.state, '', url);
        }, WRITE_DELAY_MS);
      });
    });

    return () => {
      stopEffects();
      clearTimeout(timer);
      removeEventListener('hashchange', onHashChange);
    };
  });
}
