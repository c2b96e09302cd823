import { DEFAULT_METRIC, type ClassMethod, type LayerToggles } from '../explore/view-defaults';
import type { MetricId } from '../explore/metric-catalog';
import { choroplethOf } from '../explore/choropleth';
import { coverage } from './coverage.svelte';

/**
 * What the map shows: which layers are on, which metric the choropleth maps and how it is
 * classed. The URL mirrors these fields, so a shared link reproduces the view.
 */
class ViewState {
  layers = $state<LayerToggles>({
    bank_sampah_points: true,
    prodamas_points: false,
    home_care_points: false,
    home_care_heatmap: false,
    catchments: false,
    overlap: false,
    choropleth: true,
  });
  /** The user's choices of defined programmes' points, by id (see `definedPointsShown`). */
  definedShown = $state<Record<string, boolean>>({});
  metric = $state<MetricId>(DEFAULT_METRIC);
  classMethod = $state<ClassMethod>('quantile');
  /** The metric classed over the kelurahan (46 values: cheap), shared by the map and the legend. */
  choropleth = $derived(
    coverage.result ? choroplethOf(coverage.result.kelurahan, this.metric, this.classMethod) : null,
  );

  toggle(layer: keyof LayerToggles, on: boolean): void {
    this.layers[layer] = on;
  }

  toggleDefined(program: string, on: boolean): void {
    this.definedShown = { ...this.definedShown, [program]: on };
  }

  setMetric(metric: MetricId): void {
    this.metric = metric;
  }

  setClassMethod(method: ClassMethod): void {
    this.classMethod = method;
  }
}

export const view = new ViewState();
