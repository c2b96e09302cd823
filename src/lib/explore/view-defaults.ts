import type { MetricId } from './metric-catalog';

/** Map layers the user can switch; ids match the URL's `layers` list. */
export interface LayerToggles {
  bank_sampah_points: boolean;
  prodamas_points: boolean;
  home_care_points: boolean;
  home_care_heatmap: boolean;
  catchments: boolean;
  overlap: boolean;
  choropleth: boolean;
}

export const CLASS_METHODS = ['quantile', 'jenks'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

export const DEFAULT_METRIC: MetricId = 'underserved_score';
