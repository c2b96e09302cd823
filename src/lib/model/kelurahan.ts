import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A `[lng, lat]` position in WGS84 degrees (GeoJSON order). */
export type LngLat = [lng: number, lat: number];

/** Kemendagri kelurahan code, `35.71.KK.1NNN` (e.g. `35.71.01.1001` Bandar Lor). */
export type KodeKelurahan = string;

/** Properties of one kelurahan in `geodata/kelurahan.geojson`. */
export interface KelurahanProps {
  kode: KodeKelurahan;
  nama: string;
  /** Kecamatan code `35.71.KK`. */
  kode_kec: string;
  nama_kec: string;
  /** Ellipsoidal (WGS84) area in km². */
  area_km2: number;
  /** A label point `[lng, lat]` inside the polygon (pole of inaccessibility). */
  label: LngLat;
}

interface KecamatanProps {
  kode_kec: string;
  nama_kec: string;
  area_km2: number;
  label: LngLat;
}

interface KotaProps {
  kode: string;
  nama: string;
  area_km2: number;
}

export type KelurahanFeature = Feature<Polygon | MultiPolygon, KelurahanProps>;
export type KelurahanCollection = FeatureCollection<Polygon | MultiPolygon, KelurahanProps>;
export type KecamatanCollection = FeatureCollection<Polygon | MultiPolygon, KecamatanProps>;
export type KotaCollection = FeatureCollection<Polygon | MultiPolygon, KotaProps>;
