import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';

/** A polygon feature with string properties, as dissolve input. */
export type GroupFeature = Feature<Polygon | MultiPolygon, Record<string, string>>;

/**
 * Merge polygons into one geometry per value of `field` (all into one when `field` is
 * omitted; the key is then `''`). mapshaper's `-dissolve` works on the shared-arc topology, so
 * it needs the clean partition as input: every interior boundary vanishes exactly and the
 * outline keeps the very vertices of the parts (no new coordinates, no rounding).
 */
export async function dissolveBy(
  features: readonly GroupFeature[],
  field?: string,
): Promise<Map<string, Polygon | MultiPolygon>> {
  const input: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  const cmd = field ? `-dissolve ${field}` : '-dissolve';
  const out = await mapshaper.applyCommands(
    `-i in.json ${cmd} -o out.json format=geojson geojson-type=FeatureCollection`,
    {
      'in.json': JSON.stringify(input),
    },
  );
  const fc = JSON.parse(out['out.json']) as FeatureCollection<
    Polygon | MultiPolygon,
    Record<string, string> | null
  >;
  const groups = new Map<string, Polygon | MultiPolygon>();
  for (const f of fc.features) {
    const key = field ? String(f.properties?.[field]) : '';
    if (!f.geometry || groups.has(key)) throw new Error(`dissolve gave a bad group ${key}`);
    groups.set(key, f.geometry);
  }
  return groups;
}
