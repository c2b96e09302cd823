/**
 * Where suggested sites may go: the centres of a regular grid over the city (every place is a
 * candidate), or the located records of a programme (kelurahan offices, schools, TPQ, closed
 * bank sampah units that could reopen…). Points outside Kota Kediri and repeated places are left
 * out: a repeated place could never add anything twice.
 */
import type { CityGeometry } from '../coverage/city';
import { assignPoints } from '../geo/point-index';
import { toLat, toLng } from '../geo/local-frame';
import type { IdentifiedInput } from './apply-scenario';
import type { CandidateSource } from './plan-types';

/** At most this many candidates: 5,000 solve in well under a second (npm run bench). */
const MAX_CANDIDATES = 20_000;

export function candidatePoints(
  city: CityGeometry,
  input: IdentifiedInput,
  source: CandidateSource,
): { lng: Float64Array; lat: Float64Array } {
  const lngLat: number[] = [];
  if (source.kind === 'grid') {
    const step = Math.max(25, source.spacingM);
    const g = city.catchment;
    for (let y = Math.ceil(g.minY / step) * step; y <= g.maxY; y += step)
      for (let x = Math.ceil(g.minX / step) * step; x <= g.maxX; x += step)
        lngLat.push(toLng(city.frame, x), toLat(city.frame, y));
  } else {
    const records =
      source.id === 'bank_sampah'
        ? input.bankSampah
        : source.id === 'prodamas'
          ? input.prodamas
          : ((input.defined ?? []).find((d) => d.definition.id === source.id)?.records ?? []);
    for (const r of records)
      if (r.lng !== null && r.lat !== null && Number.isFinite(r.lng) && Number.isFinite(r.lat))
        lngLat.push(r.lng, r.lat);
  }
  const owners = assignPoints(city.pointIndex, lngLat);
  const seen = new Set<string>();
  const lng: number[] = [];
  const lat: number[] = [];
  for (let i = 0; i < owners.length && lng.length < MAX_CANDIDATES; i++) {
    if (owners[i] < 0) continue;
    const key = `${lngLat[2 * i]},${lngLat[2 * i + 1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lng.push(lngLat[2 * i]);
    lat.push(lngLat[2 * i + 1]);
  }
  return { lng: Float64Array.from(lng), lat: Float64Array.from(lat) };
}
