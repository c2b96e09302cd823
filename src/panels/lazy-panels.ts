/**
 * Everything the first picture does not need is its own chunk, asked for once the map has drawn
 * (App.svelte fetches them all then) or when the user opens it first.
 */
export const lazyPanels = {
  layers: () => import('./LayersPanel.svelte'),
  filters: () => import('./FiltersPanel.svelte'),
  ranking: () => import('./RankingPanel.svelte'),
  coverage: () => import('./CoveragePanel.svelte'),
  data: () => import('./DataPanel.svelte'),
  planning: () => import('./planning/PlanningPanel.svelte'),
  kelurahan: () => import('./KelurahanPanel.svelte'),
  share: () => import('./ShareDialog.svelte'),
  report: () => import('./ReportView.svelte'),
  planSheet: () => import('./planning/PlanSheet.svelte'),
  entry: () => import('./field'),
};
