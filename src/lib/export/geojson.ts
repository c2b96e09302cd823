import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BatchTarget, Program } from '../model/records';
import { EXPORT_COLUMNS, type ExportColumn } from './columns';
import {
  kelurahanName,
  type HomeCareLocation,
  type KelurahanNames,
  type RecordsByTarget,
} from './types';

export interface GeoJsonExportOptions {
  names?: KelurahanNames;
  /** Home Care only; default `omit`: every visit is written with a null geometry. */
  homeCareLocation?: HomeCareLocation;
}

type Props = Record<string, string | number | boolean | null>;

/**
 * One programme's records as a GeoJSON FeatureCollection: a Point `[lng, lat]` where the record
 * has a location, else a null geometry (the record still counts for its kelurahan). Properties
 * follow the CSV columns' order and names, without lat/lng; values are left as they are (text is
 * never escaped or rewritten: a consumer that renders it as HTML must escape it itself).
 */
export function recordsToGeoJson<T extends Program>(
  target: T,
  records: readonly RecordsByTarget[T][],
  options: GeoJsonExportOptions = {},
): FeatureCollection<Point | null, Props> {
  const omit = target === 'home_care' && (options.homeCareLocation ?? 'omit') === 'omit';
  const columns = (
    EXPORT_COLUMNS[target as BatchTarget] as ExportColumn<RecordsByTarget[T]>[]
  ).filter((c) => c.header !== 'lat' && c.header !== 'lng');
  const features = records.map((r): Feature<Point | null, Props> => {
    const properties: Props = {};
    for (const c of columns) {
      const v = c.get(r);
      properties[c.header] = v === undefined ? null : v;
      if (c.header === 'kode') properties.kelurahan = kelurahanName(options.names, r.kode);
    }
    const located = !omit && r.lng !== null && r.lat !== null;
    return {
      type: 'Feature',
      id: r.id,
      geometry: located ? { type: 'Point', coordinates: [r.lng as number, r.lat as number] } : null,
      properties,
    };
  });
  return { type: 'FeatureCollection', features };
}

/** `recordsToGeoJson` as text (one feature per line keeps diffs and large files readable). */
export function recordsToGeoJsonText<T extends Program>(
  target: T,
  records: readonly RecordsByTarget[T][],
  options: GeoJsonExportOptions = {},
): string {
  const fc = recordsToGeoJson(target, records, options);
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
