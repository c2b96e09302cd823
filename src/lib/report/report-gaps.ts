import type { IndexComponentInfo } from '../coverage/index-components';
import type { KelurahanCoverage } from '../coverage/result';
import { median } from '../coverage/metrics';

/** One component of the underserved index where a kelurahan is below the city median. */
export interface ReportGap {
  component: IndexComponentInfo;
  /** The kelurahan's indicator; null = no data (counts as a gap: no evidence of service). */
  value: number | null;
  /** Median of the indicator over the kelurahan that have data. */
  median: number;
}

/**
 * The components (built-in and defined, those whose programme has records) where kelurahan
 * `kode` falls below the city median of all `rows` — strictly below, or without data — in the
 * index's own order. The indicators are the ones the index itself read.
 */
export function belowMedian(
  rows: readonly KelurahanCoverage[],
  components: readonly IndexComponentInfo[],
  kode: string,
): ReportGap[] {
  const own = rows.find((k) => k.kode === kode);
  if (!own) return [];
  return components
    .filter((c) => c.hasData)
    .flatMap((component) => {
      const m = median(rows.map((k) => k.underserved.value[component.id] ?? NaN));
      const value = own.underserved.value[component.id] ?? null;
      return value === null || value < m ? [{ component, value, median: m }] : [];
    });
}
