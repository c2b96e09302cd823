import { booleanPointInPolygon as pointInside } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type {
  KecamatanCollection,
  KelurahanCollection,
  KotaCollection,
} from '../../src/lib/model/kelurahan.ts';
import { areaKm2, geodesicAreaM2 } from './area.ts';
import { cleanPartition, DEFAULT_CLEAN, type CleanOptions } from './clean.ts';
import { dissolveBy } from './dissolve.ts';
import { KECAMATAN, KOTA, kodeKecOf } from './kecamatan.ts';
import { labelPoint } from './label.ts';
import { parseWilayahSql, type SourceRow } from './parse-sql.ts';
import { checkPartition, summarisePartition, type PartitionSummary } from './partition-check.ts';
import { roundGeometry } from './round.ts';
import { edgeKeys, edgeTopology } from './shared-edges.ts';
import { geometryProblems } from './validate-geometry.ts';
import { isCounterClockwise, polygonsOf, rewindRfc7946 } from './winding.ts';

/** Source vs output area of one kelurahan, m² (ellipsoidal). */
interface AreaChange {
  kode: string;
  nama: string;
  sourceM2: number;
  outputM2: number;
}

/** Everything the README reports about a build. */
interface BuildReport {
  clean: CleanOptions;
  sourceRows: number;
  multiPolygons: string[];
  sourceVertices: number;
  outputVertices: number;
  sourceOuterRings: number;
  sourceOuterRingsClockwise: number;
  sourceGeometryProblems: string[];
  centroidsOutside: string[];
  before: PartitionSummary;
  after: PartitionSummary;
  afterAnyPieces: number;
  sharedEdges: number;
  outlineEdges: number;
  areaChanges: AreaChange[];
  kotaAreaM2: number;
  kotaHoles: number;
}

export interface GeodataBuild {
  kelurahan: KelurahanCollection;
  kecamatan: KecamatanCollection;
  kota: KotaCollection;
  report: BuildReport;
}

/** Largest overlap or gap piece a clean partition may keep, m². */
const CLEAN_TOLERANCE_M2 = 1;

function vertexCount(g: Polygon | MultiPolygon): number {
  return polygonsOf(g).reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0);
}

function assertValid(what: string, g: Polygon | MultiPolygon): void {
  const problems = geometryProblems(g);
  if (problems.length > 0) throw new Error(`${what}: ${problems.slice(0, 5).join('; ')}`);
}

function partitionOf(items: { kode: string; geometry: Polygon | MultiPolygon }[]) {
  return checkPartition(items.map((i) => ({ id: i.kode, geometry: i.geometry })));
}

/**
 * The whole geodata build, from the SQL text to the three FeatureCollections and the figures for
 * the README. Throws when any check fails (invalid geometry, partition not clean after rounding,
 * labels outside), so a bad build never reaches disk.
 */
export async function buildGeodata(
  sql: string,
  clean: CleanOptions = DEFAULT_CLEAN,
): Promise<GeodataBuild> {
  const rows: SourceRow[] = parseWilayahSql(sql).sort((a, b) => a.kode.localeCompare(b.kode));
  const outers = rows.flatMap((r) => polygonsOf(r.geometry).map((rings) => rings[0]));
  const source = rows.map((r) => ({ ...r, geometry: rewindRfc7946(r.geometry) }));
  const before = partitionOf(source);

  const cleaned = await cleanPartition(
    source.map((s) => ({ type: 'Feature', properties: { kode: s.kode }, geometry: s.geometry })),
    clean,
  );
  // Rounding comes before every check below, so the checks see the coordinates as written.
  const kel = source.map((s) => {
    const geometry = rewindRfc7946(roundGeometry(cleaned.get(s.kode)!));
    assertValid(`${s.kode} ${s.nama}`, geometry);
    return { ...s, geometry };
  });
  const afterReport = partitionOf(kel);
  const after = summarisePartition(afterReport, CLEAN_TOLERANCE_M2);
  if (after.overlapPieces > 0 || after.gapPieces > 0) {
    throw new Error(`partition not clean after repair: ${JSON.stringify(after)}`);
  }
  const topo = edgeTopology(kel.map((k) => k.geometry));
  if (topo.bad.length > 0) throw new Error(`edges used inconsistently: ${topo.bad.slice(0, 3)}`);

  const kelurahan: KelurahanCollection = {
    type: 'FeatureCollection',
    features: kel.map((k) => {
      const kodeKec = kodeKecOf(k.kode);
      return {
        type: 'Feature',
        properties: {
          kode: k.kode,
          nama: k.nama,
          kode_kec: kodeKec,
          nama_kec: KECAMATAN[kodeKec],
          area_km2: areaKm2(k.geometry),
          label: labelPoint(k.geometry),
        },
        geometry: k.geometry,
      };
    }),
  };

  const groupInput = kelurahan.features.map((f) => ({
    type: 'Feature' as const,
    properties: { kode_kec: f.properties.kode_kec },
    geometry: f.geometry,
  }));
  const kecGeoms = await dissolveBy(groupInput, 'kode_kec');
  const kecamatan: KecamatanCollection = {
    type: 'FeatureCollection',
    features: Object.keys(KECAMATAN).map((kodeKec) => {
      const geometry = rewindRfc7946(kecGeoms.get(kodeKec)!);
      assertValid(kodeKec, geometry);
      return {
        type: 'Feature',
        properties: {
          kode_kec: kodeKec,
          nama_kec: KECAMATAN[kodeKec],
          area_km2: areaKm2(geometry),
          label: labelPoint(geometry),
        },
        geometry,
      };
    }),
  };

  const kotaGeometry = rewindRfc7946((await dissolveBy(groupInput)).get('')!);
  assertValid(KOTA.kode, kotaGeometry);
  const kotaHoles = polygonsOf(kotaGeometry).reduce((n, rings) => n + rings.length - 1, 0);
  if (kotaHoles > 0) throw new Error(`the city outline has ${kotaHoles} interior holes`);
  // The kelurahan edges used once must be exactly the city outline: any other lone edge would
  // be a vertex on one side of a shared boundary but not the other.
  const outline = new Set(edgeKeys(kotaGeometry));
  if (topo.outline.length !== outline.size || topo.outline.some((e) => !outline.has(e))) {
    throw new Error('kelurahan boundaries do not match vertex for vertex');
  }
  const kota: KotaCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { ...KOTA, area_km2: areaKm2(kotaGeometry) },
        geometry: kotaGeometry,
      },
    ],
  };

  return {
    kelurahan,
    kecamatan,
    kota,
    report: {
      clean,
      sourceRows: rows.length,
      multiPolygons: rows.filter((r) => r.geometry.type === 'MultiPolygon').map((r) => r.nama),
      sourceVertices: rows.reduce((n, r) => n + vertexCount(r.geometry), 0),
      outputVertices: kel.reduce((n, k) => n + vertexCount(k.geometry), 0),
      sourceOuterRings: outers.length,
      sourceOuterRingsClockwise: outers.filter((r) => !isCounterClockwise(r)).length,
      sourceGeometryProblems: source.flatMap((s) =>
        geometryProblems(s.geometry).map((p) => `${s.nama}: ${p}`),
      ),
      centroidsOutside: rows
        .filter((r, i) => !pointInside(r.centroid, source[i].geometry))
        .map((r) => r.nama),
      before: summarisePartition(before, CLEAN_TOLERANCE_M2),
      after,
      afterAnyPieces: afterReport.overlaps.length + afterReport.gaps.length,
      sharedEdges: topo.shared,
      outlineEdges: topo.outline.length,
      areaChanges: kel.map((k, i) => ({
        kode: k.kode,
        nama: k.nama,
        sourceM2: geodesicAreaM2(source[i].geometry),
        outputM2: geodesicAreaM2(k.geometry),
      })),
      kotaAreaM2: geodesicAreaM2(kotaGeometry),
      kotaHoles,
    },
  };
}
