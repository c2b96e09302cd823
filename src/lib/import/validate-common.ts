import type { KodeKelurahan } from '../model/kelurahan';
import type { ImportMessage } from './types';
import type { KelurahanMatcher } from './kelurahan-match';
import { checkLocation, type LocationContext } from './location-checks';
import type { RowChecker } from './row-checker';
import type { TableRow } from './table';
import { rtRwInText } from './address-rtrw';
import type { PlaceEvidence } from './other-city';
import { cellText, isBlank, parseCoordinate, parseRtRw, parseRtRwPair, type Cell } from './values';

export interface RowPlace {
  kode: KodeKelurahan | null;
  lng: number | null;
  lat: number | null;
  rw: number | null;
  rt: number | null;
  /** What the row says about the town it is in, for the file-level other-city check. */
  evidence: PlaceEvidence;
}

export interface CommonContext extends LocationContext {
  matcher: KelurahanMatcher;
  /** Projected metres → WGS84 for files in a projected CRS (see `point-frame.ts`). */
  toDegrees?: (x: number, y: number) => [lng: number, lat: number];
}

type Resolved =
  | { kode: KodeKelurahan; value: string; fuzzy?: string; note?: ImportMessage }
  | { kode: null; value: string; error: ImportMessage; region?: string };

function resolve(
  c: RowChecker,
  ctx: CommonContext,
  field: 'kode' | 'kelurahan',
  kec?: string,
): Resolved | null {
  const cell = c.raw(field);
  if (isBlank(cell)) return null;
  const value = cellText(cell);
  const m = ctx.matcher.match(value, kec);
  if (m.kind === 'code' || m.kind === 'exact') return { kode: m.entry.kode, value };
  if (m.kind === 'bps') {
    const params = { value, kode: m.entry.kode, nama: m.entry.nama };
    return {
      kode: m.entry.kode,
      value,
      note: { code: 'kode_bps_converted', severity: 'info', field, params },
    };
  }
  if (m.kind === 'bps_unknown')
    return {
      kode: null,
      value,
      error: { code: 'kode_bps_unknown', severity: 'error', field, params: { value } },
    };
  if (m.kind === 'other_region') {
    const params = { value, region: m.region };
    const error: ImportMessage = { code: 'kode_other_region', severity: 'error', field, params };
    return { kode: null, value, error, region: m.region };
  }
  if (m.kind === 'fuzzy') return { kode: m.entry.kode, value, fuzzy: m.entry.nama };
  if (m.kind === 'ambiguous') {
    const candidates = m.candidates.map((e) => e.nama).join(', ');
    return {
      kode: null,
      value,
      error: {
        code: 'kelurahan_ambiguous',
        severity: 'error',
        field,
        params: { value, candidates },
      },
    };
  }
  return {
    kode: null,
    value,
    error: { code: 'kelurahan_unknown', severity: 'error', field, params: { value } },
  };
}

/**
 * The kelurahan the row states by code and/or name, or null. When both are given and disagree,
 * the code wins (it is the more deliberate entry) with a warning.
 */
function statedKelurahan(
  c: RowChecker,
  ctx: CommonContext,
  evidence: PlaceEvidence,
): KodeKelurahan | null {
  const kec = isBlank(c.raw('kecamatan')) ? undefined : cellText(c.raw('kecamatan'));
  if (kec !== undefined && !ctx.matcher.isCityKecamatan(kec)) evidence.foreignKecamatan = kec;
  const byKode = resolve(c, ctx, 'kode', kec);
  const byName = resolve(c, ctx, 'kelurahan', kec);
  if (byKode?.kode === null && byKode.region !== undefined) evidence.foreignRegion = byKode.region;
  if (byKode?.kode) evidence.cityCode = true;
  // Kota Blitar has a Pakunden and a Ngadirejo too: a name counts as ours only in our kecamatan.
  if (byName?.kode && byName.fuzzy === undefined && evidence.foreignKecamatan === undefined)
    evidence.cityName = true;
  const chosen = byKode?.kode ? byKode : byName?.kode ? byName : null;
  if (chosen?.note) c.messages.push(chosen.note);
  if (chosen === null) {
    if (byKode && byKode.kode === null) c.messages.push(byKode.error);
    if (byName && byName.kode === null) c.messages.push(byName.error);
    return null;
  }
  const kode = chosen.kode as KodeKelurahan;
  const entry = ctx.matcher.byKode(kode);
  const other = chosen === byKode ? byName : null;
  if (other && other.kode !== kode)
    c.add('warning', 'kode_name_mismatch', 'kelurahan', {
      kode,
      nama: entry?.nama ?? '',
      value: other.value,
    });
  else if (chosen.kode !== null && 'fuzzy' in chosen && chosen.fuzzy !== undefined)
    c.add('warning', 'kelurahan_fuzzy', chosen === byKode ? 'kode' : 'kelurahan', {
      value: chosen.value,
      nama: chosen.fuzzy,
    });
  if (kec !== undefined && entry) {
    // "Kota Kediri" names Kecamatan Kota, as in `isCityKecamatan`.
    const key = (t: string) => {
      const k = t
        .toLowerCase()
        .replace(/^\s*kec(amatan)?\.?\s*/, '')
        .replace(/[^a-z]/g, '');
      return k.replace(/kediri/g, '') || k;
    };
    if (key(kec) !== '' && key(kec) !== key(entry.nama_kec))
      c.add('warning', 'kecamatan_mismatch', 'kecamatan', {
        value: kec,
        nama: entry.nama,
        nama_kec: entry.nama_kec,
      });
  }
  return kode;
}

function coordinate(c: RowChecker, field: 'lat' | 'lng', cell: Cell): number | null {
  if (isBlank(cell)) return null;
  const p = parseCoordinate(cell);
  if (p === null) {
    c.add('warning', 'coordinate_invalid', field, { value: cellText(cell) });
    return null;
  }
  return p.value;
}

/** The row's point in degrees: projected metres are converted when the file is projected. */
function degreePoint(
  c: RowChecker,
  row: TableRow,
  ctx: CommonContext,
): { lng: number | null; lat: number | null } {
  const p = rawPoint(c, row);
  if (ctx.toDegrees === undefined || p.lng === null || p.lat === null) return p;
  const [lng, lat] = ctx.toDegrees(p.lng, p.lat);
  return { lng, lat };
}

/** Reads lat/lng (separate columns, a combined "lat, lng" column, or the GeoJSON point). */
function rawPoint(c: RowChecker, row: TableRow): { lng: number | null; lat: number | null } {
  if (row.point) return { lng: row.point[0], lat: row.point[1] };
  if (!c.has('lat') && !c.has('lng') && c.has('coords')) {
    const cell = c.raw('coords');
    if (isBlank(cell)) return { lng: null, lat: null };
    const text = cellText(cell);
    // "-7.81, 112.01" (Google Maps order) or "-7,81; 112,01" or "-7.81 112.01".
    const parts = text.includes(';')
      ? text.split(';')
      : /,\s/.test(text) || (text.match(/,/g) ?? []).length === 1
        ? text.split(',')
        : text.split(/\s+/);
    if (parts.length !== 2) {
      c.add('warning', 'coordinate_invalid', 'coords', { value: text });
      return { lng: null, lat: null };
    }
    return { lat: coordinate(c, 'lat', parts[0]), lng: coordinate(c, 'lng', parts[1]) };
  }
  return { lat: coordinate(c, 'lat', c.raw('lat')), lng: coordinate(c, 'lng', c.raw('lng')) };
}

/**
 * Kelurahan, location and RT/RW of a row. The stated kelurahan wins over the located one when
 * they differ (the programme reports by the kelurahan it registered; GPS near a boundary is often
 * tens of metres off), with a warning naming both. Without a stated kelurahan the point decides.
 */
export function placeOf(
  c: RowChecker,
  row: TableRow,
  ctx: CommonContext,
  withLocation: boolean,
): RowPlace {
  const evidence: PlaceEvidence = {};
  const stated = statedKelurahan(c, ctx, evidence);
  let lng: number | null = null;
  let lat: number | null = null;
  let kode = stated;
  if (withLocation) {
    const point = degreePoint(c, row, ctx);
    const loc = checkLocation(point, ctx);
    c.messages.push(...loc.messages);
    ({ lng, lat } = loc);
    if (point.lng !== null && point.lat !== null) evidence.pointInside = loc.inside;
    if (stated !== null && loc.locatedKode !== null && loc.locatedKode !== stated) {
      const name = (k: string) => ctx.matcher.byKode(k)?.nama ?? k;
      c.add('warning', 'kelurahan_mismatch', undefined, {
        stated: name(stated),
        located: name(loc.locatedKode),
      });
    } else if (stated === null && loc.locatedKode !== null && !c.failed) {
      kode = loc.locatedKode;
      c.add('info', 'kelurahan_from_location', undefined, {
        nama: ctx.matcher.byKode(kode)?.nama ?? kode,
      });
    }
  }
  if (kode === null && !c.failed) c.add('error', 'no_kelurahan');
  let rw: number | null = null;
  let rt: number | null = null;
  if (withLocation) {
    rt = rtRw(c, 'rt');
    rw = rtRw(c, 'rw');
    if (rt === null && rw === null && !isBlank(c.raw('rtrw'))) {
      const pair = parseRtRwPair(c.raw('rtrw'));
      if (pair === null)
        c.add('error', 'integer_invalid', 'rtrw', { value: cellText(c.raw('rtrw')) });
      else ({ rt, rw } = pair);
    }
    if (rt === null && rw === null && !c.has('rt') && !c.has('rw') && !c.has('rtrw')) {
      // No RT/RW columns: an address often carries them ("Jl. Melati 5 RT 02/RW 05").
      const found = isBlank(c.raw('address')) ? null : rtRwInText(cellText(c.raw('address')));
      if (found !== null) {
        ({ rt, rw } = found);
        c.add('info', 'rtrw_from_address', 'address', { rt: found.rt ?? '', rw: found.rw ?? '' });
      }
    }
  }
  return { kode, lng, lat, rw, rt, evidence };
}

function rtRw(c: RowChecker, field: 'rt' | 'rw'): number | null {
  const cell = c.raw(field);
  if (isBlank(cell)) return null;
  const n = parseRtRw(cell);
  if (n === null) c.add('error', 'integer_invalid', field, { value: cellText(cell) });
  return n;
}
