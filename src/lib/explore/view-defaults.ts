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

/**
 * Whether a defined programme's points are on: the user's choice, else on for site programmes
 * (a place is the point, like bank sampah) and off for activities and services (dense, like the
 * Prodamas and Home Care points, which also start off).
 */
export function definedPointsShown(
  choices: Readonly<Record<string, boolean>>,
  program: string,
  archetype: 'site' | 'activity' | 'personal',
): boolean {
  return choices[program] ?? archetype === 'site';
}
