import type { KelurahanCoverage } from '../coverage/result';
import { median } from '../coverage/metrics';
import { UNDERSERVED_COMPONENTS, type UnderservedComponent } from '../coverage/underserved';

/** One component of the underserved index where a kelurahan is below the city median. */
export interface ReportGap {
  component: UnderservedComponent;
  /** The kelurahan's indicator; null = no data (counts as a gap: no evidence of service). */
  value: number | null;
  /** Median of the indicator over the kelurahan that have data. */
  median: number;
}

/** The indicator behind each component of the index (src/lib/coverage/underserved.ts). */
function indicator(k: KelurahanCoverage, c: UnderservedComponent): number | null {
  switch (c) {
    case 'bank_sampah_catchment':
      return k.programs.bank_sampah.coveredPct;
    case 'prodamas_rt_reach':
      return k.prodamas.rtSharePct;
    case 'prodamas_budget':
      return k.prodamas.budgetPerResident;
    case 'home_care_reach':
      return k.homeCare.patientsPer1000Elderly ?? k.homeCare.patientsPer1000;
  }
}

/**
 * The components where kelurahan `kode` falls below the city median of all `rows` (strictly below,
 * or without data), in the index's own order.
 */
export function belowMedian(rows: readonly KelurahanCoverage[], kode: string): ReportGap[] {
  const own = rows.find((k) => k.kode === kode);
  if (!own) return [];
  return UNDERSERVED_COMPONENTS.flatMap((component) => {
    const values = rows.map((k) => indicator(k, component) ?? NaN);
    const m = median(values);
    const value = indicator(own, component);
    return value === null || value < m ? [{ component, value, median: m }] : [];
  });
}
