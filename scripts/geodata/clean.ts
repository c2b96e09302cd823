import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';

/** A feature the repair step works on: only its `kode` travels through mapshaper. */
export type KodeFeature = Feature<Polygon | MultiPolygon, { kode: string }>;

/** Settings of the topological repair. */
export interface CleanOptions {
  /**
   * Gaps between neighbours narrower than this are filled, metres. Width is mapshaper's
   * 2·area/perimeter, which is the true width of a long sliver. The source's widest gap is ~6 m,
   * so 10 m closes them all while staying far below any real kelurahan (the smallest, Jagalan,
   * is ~200 m across).
   */
  gapWidthM: number;
  /**
   * Vertices closer than this are merged before cutting, degrees (5e-7° ≈ 5.5 cm here). Without
   * it, two near-coincident source vertices leave a sub-millimetre sliver part on Kemasan that
   * collapses into an invalid ring once rounded to 7 decimals. mapshaper takes no metre units
   * for snapping on lng/lat data, hence degrees.
   */
  snapIntervalDeg: number;
}

export const DEFAULT_CLEAN: CleanOptions = { gapWidthM: 10, snapIntervalDeg: 5e-7 };

/**
 * The mapshaper command line of the repair, for the README. `-clean` builds a topology of shared
 * arcs, cuts every crossing, gives each overlap piece to the larger neighbour (`overlap-rule`
 * default `max-area`) and divides or assigns each enclosed gap narrower than `gap-width` among
 * its neighbours. Output is at full precision; rounding is a separate, checked step.
 */
export function cleanCommand(opts: CleanOptions = DEFAULT_CLEAN): string {
  return `-clean gap-width=${opts.gapWidthM}m snap-interval=${opts.snapIntervalDeg.toFixed(7)}`;
}

/**
 * Repair overlaps and gaps between neighbouring polygons into a topological partition: shared
 * boundaries come out as the same vertices on both sides, because mapshaper writes every
 * feature from one set of shared arcs. Features are matched back by `kode`; one missing or
 * duplicated by the repair is an error.
 */
export async function cleanPartition(
  features: readonly KodeFeature[],
  opts: CleanOptions = DEFAULT_CLEAN,
): Promise<Map<string, Polygon | MultiPolygon>> {
  const input: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  const out = await mapshaper.applyCommands(
    `-i in.json ${cleanCommand(opts)} -o out.json format=geojson geojson-type=FeatureCollection`,
    { 'in.json': JSON.stringify(input) },
  );
  const cleaned = JSON.parse(out['out.json']) as FeatureCollection<
    Polygon | MultiPolygon,
    { kode: string }
  >;
  const byKode = new Map<string, Polygon | MultiPolygon>();
  for (const f of cleaned.features) {
    if (!f.geometry) throw new Error(`clean dropped the geometry of ${f.properties.kode}`);
    if (byKode.has(f.properties.kode)) throw new Error(`clean split ${f.properties.kode}`);
    byKode.set(f.properties.kode, f.geometry);
  }
  for (const f of features) {
    if (!byKode.has(f.properties.kode)) throw new Error(`clean dropped ${f.properties.kode}`);
  }
  return byKode;
}
