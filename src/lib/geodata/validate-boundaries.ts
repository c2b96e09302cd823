import type { KecamatanCollection, KelurahanCollection, KotaCollection } from '../model/kelurahan';

export interface Boundaries {
  kelurahan: KelurahanCollection;
  kecamatan: KecamatanCollection;
  kota: KotaCollection;
}

function isFeatureCollection(value: unknown): value is { type: string; features: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

function hasPolygons(features: unknown[], requiredProps: string[]): boolean {
  return features.every((feature) => {
    const f = feature as { geometry?: { type?: string }; properties?: Record<string, unknown> };
    const type = f.geometry?.type;
    return (
      (type === 'Polygon' || type === 'MultiPolygon') &&
      requiredProps.every((prop) => f.properties?.[prop] !== undefined)
    );
  });
}

/**
 * Checks the shape of the fetched boundary files once, at the boundary, so the rest of the app
 * can trust the types. Throws with a reason a user can report.
 */
export function validateBoundaries(raw: {
  kelurahan: unknown;
  kecamatan: unknown;
  kota: unknown;
}): Boundaries {
  const { kelurahan, kecamatan, kota } = raw;
  if (!isFeatureCollection(kelurahan) || kelurahan.features.length !== 46)
    throw new Error('kelurahan.geojson: expected 46 kelurahan');
  if (
    !hasPolygons(kelurahan.features, ['kode', 'nama', 'kode_kec', 'nama_kec', 'area_km2', 'label'])
  )
    throw new Error('kelurahan.geojson: a feature lacks geometry or properties');
  if (!isFeatureCollection(kecamatan) || !hasPolygons(kecamatan.features, ['kode_kec', 'nama_kec']))
    throw new Error('kecamatan.geojson: not a kecamatan collection');
  if (!isFeatureCollection(kota) || !hasPolygons(kota.features, ['nama']))
    throw new Error('kota.geojson: not a city outline');
  return {
    kelurahan: kelurahan as unknown as KelurahanCollection,
    kecamatan: kecamatan as unknown as KecamatanCollection,
    kota: kota as unknown as KotaCollection,
  };
}
