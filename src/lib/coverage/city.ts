import type { KelurahanCollection } from '../model/kelurahan';
import { buildPointIndex, type PointIndex } from '../geo/point-index';
import { prepareCatchmentGeometry, type CatchmentGeometry } from './catchment-geometry';
import type { LocalFrame } from '../geo/local-frame';

/**
 * Everything the coverage engine derives from the kelurahan boundaries once: the point index
 * (in degrees) and the catchment sweep geometry (in the local metric frame). Kelurahan keep the
 * order of the input collection (`geodata/kelurahan.geojson` is sorted by code); every per-kelurahan
 * array in the engine uses that order.
 */
export interface CityGeometry {
  readonly kodes: readonly string[];
  readonly names: readonly string[];
  /** Ellipsoidal area from the geodata properties, km². */
  readonly areaKm2: Float64Array;
  readonly frame: LocalFrame;
  readonly pointIndex: PointIndex;
  readonly catchment: CatchmentGeometry;
  /** kode → position. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Prepares a {@link CityGeometry} from the kelurahan collection (a few tens of ms). */
export function prepareCity(collection: KelurahanCollection): CityGeometry {
  const features = collection.features;
  const catchment = prepareCatchmentGeometry(features);
  const kodes = features.map((f) => f.properties.kode);
  return {
    kodes,
    names: features.map((f) => f.properties.nama),
    areaKm2: Float64Array.from(features, (f) => f.properties.area_km2),
    frame: catchment.frame,
    pointIndex: buildPointIndex(features),
    catchment,
    indexOf: new Map(kodes.map((k, i) => [k, i])),
  };
}
