/** The figures the what-if engine reports, and their change against the baseline. */

/** City totals: sums over the kelurahan (demand points outside every kelurahan count in none). */
interface WhatIfCityFigures {
  areaM2: number;
  coveredM2: number;
  /** 0..100 */
  coveredPct: number;
  residents: number;
  residentsCovered: number;
  /** 0..100 */
  residentsPct: number;
}

/** Per kelurahan (city order) and for the city. */
export interface WhatIfFigures {
  /** Polygon area in the local frame, m². */
  areaM2: Float64Array;
  /** Area within the radius of a site, m². */
  coveredM2: Float64Array;
  /** Covered share of the area, 0..100. */
  coveredPct: Float64Array;
  /** Residents (demand weight) of the kelurahan. */
  residents: Float64Array;
  /** Residents within the radius of a site, each counted once. */
  residentsCovered: Float64Array;
  /** Covered share of the residents, 0..100 (0 when the kelurahan has none). */
  residentsPct: Float64Array;
  city: WhatIfCityFigures;
}

/** Current minus baseline: m², residents, and percentage points (pp). */
export interface WhatIfDeltas {
  coveredM2: Float64Array;
  coveredPp: Float64Array;
  residentsCovered: Float64Array;
  residentsPp: Float64Array;
  city: { coveredM2: number; coveredPp: number; residentsCovered: number; residentsPp: number };
}

const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/**
 * Figures from the engine's running sums. The sums are clamped to `[0, whole]`: an incremental
 * sum can stray past either end by rounding, and the full sweep's raw sum by its error bound.
 */
export function buildFigures(
  areaM2: Float64Array,
  coveredRawM2: Float64Array,
  residents: Float64Array,
  residentsCoveredRaw: Float64Array,
): WhatIfFigures {
  const n = areaM2.length;
  const clamp = (v: number, hi: number) => (v < 0 ? 0 : v > hi ? hi : v);
  const coveredM2 = Float64Array.from(coveredRawM2, (v, k) => clamp(v, areaM2[k]));
  const residentsCovered = Float64Array.from(residentsCoveredRaw, (v, k) => clamp(v, residents[k]));
  const city = {
    areaM2: 0,
    coveredM2: 0,
    coveredPct: 0,
    residents: 0,
    residentsCovered: 0,
    residentsPct: 0,
  };
  for (let k = 0; k < n; k++) {
    city.areaM2 += areaM2[k];
    city.coveredM2 += coveredM2[k];
    city.residents += residents[k];
    city.residentsCovered += residentsCovered[k];
  }
  city.coveredPct = pct(city.coveredM2, city.areaM2);
  city.residentsPct = pct(city.residentsCovered, city.residents);
  return {
    areaM2: areaM2.slice(),
    coveredM2,
    coveredPct: Float64Array.from(coveredM2, (v, k) => pct(v, areaM2[k])),
    residents: residents.slice(),
    residentsCovered,
    residentsPct: Float64Array.from(residentsCovered, (v, k) => pct(v, residents[k])),
    city,
  };
}

/** `now − base`, per kelurahan and for the city. */
export function diffFigures(now: WhatIfFigures, base: WhatIfFigures): WhatIfDeltas {
  const sub = (a: Float64Array, b: Float64Array) => Float64Array.from(a, (v, k) => v - b[k]);
  return {
    coveredM2: sub(now.coveredM2, base.coveredM2),
    coveredPp: sub(now.coveredPct, base.coveredPct),
    residentsCovered: sub(now.residentsCovered, base.residentsCovered),
    residentsPp: sub(now.residentsPct, base.residentsPct),
    city: {
      coveredM2: now.city.coveredM2 - base.city.coveredM2,
      coveredPp: now.city.coveredPct - base.city.coveredPct,
      residentsCovered: now.city.residentsCovered - base.city.residentsCovered,
      residentsPp: now.city.residentsPct - base.city.residentsPct,
    },
  };
}
