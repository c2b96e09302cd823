import type { ImportMessage } from './types';

/** Positions of a lost decimal point: `v / 10^k` for each k that gives |result| ≤ 180. */
function positions(v: number): number[] {
  const out: number[] = [];
  const digits = String(Math.abs(v)).length;
  for (let k = 1; k < digits; k++) {
    const x = v / 10 ** k;
    if (Math.abs(x) <= 180) out.push(Number(x.toFixed(k)));
  }
  return out;
}

export type DecimalFix =
  | { kind: 'fixed'; lng: number; lat: number; messages: ImportMessage[] }
  | { kind: 'refused'; message: ImportMessage };

/**
 * A point whose latitude or longitude is an integer beyond ±90/±180 may have lost its decimal
 * point in a spreadsheet (`-78123456` for -7.8123456, `1120123456` for 112.0123456). Every
 * position of the point is tried on each such value, as written and with the usual slips
 * (latitude without its minus, the axes swapped); the fix is made only when exactly one reading
 * lands in (or near) the city, so it is never a guess between two places. Null when the point
 * does not look like that (a real out-of-range point is left to the other checks).
 */
export function fixLostDecimal(
  lng: number,
  lat: number,
  nearCity: (lng: number, lat: number) => boolean,
): DecimalFix | null {
  const lngBad = Math.abs(lng) > 180;
  const latBad = Math.abs(lat) > 90;
  if (!lngBad && !latBad) return null;
  if ((lngBad && !Number.isInteger(lng)) || (latBad && !Number.isInteger(lat))) return null;
  const xs = lngBad ? positions(lng) : [lng];
  const ys = latBad ? positions(lat) : [lat];
  // Pairs as the columns hold them, decimal point restored; a pair counts when it lands as
  // written or after the slips `checkLocation` fixes next (and reports) itself.
  const found = new Map<string, [lng: number, lat: number]>();
  for (const x of xs)
    for (const y of ys) {
      const variants = [
        [x, y],
        [x, -y],
        [y, x],
        [y, -x],
      ];
      if (variants.some(([a, b]) => Math.abs(b) <= 90 && nearCity(a, b)))
        found.set(`${x},${y}`, [x, y]);
    }
  const value = `${lat}, ${lng}`;
  if (found.size === 0)
    return {
      kind: 'refused',
      message: { code: 'decimal_point_none', severity: 'warning', params: { value } },
    };
  if (found.size > 1) {
    const candidates = [...found.values()].map(([x, y]) => `${y}, ${x}`).join(' / ');
    return {
      kind: 'refused',
      message: {
        code: 'decimal_point_ambiguous',
        severity: 'warning',
        params: { value, candidates },
      },
    };
  }
  const [[fixedLng, fixedLat]] = found.values();
  const messages: ImportMessage[] = [];
  if (latBad)
    messages.push({
      code: 'decimal_point_fixed',
      severity: 'warning',
      field: 'lat',
      params: { value: lat, fixed: fixedLat },
    });
  if (lngBad)
    messages.push({
      code: 'decimal_point_fixed',
      severity: 'warning',
      field: 'lng',
      params: { value: lng, fixed: fixedLng },
    });
  return { kind: 'fixed', lng: fixedLng, lat: fixedLat, messages };
}
