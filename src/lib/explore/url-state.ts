/**
 * The view as a URL fragment, and back. Pure: no `window`, no runes. Parsing is the one boundary
 * where foreign input enters: anything unknown, malformed, out of range, repeated or of the wrong
 * type is dropped, never thrown and never passed on as markup.
 *
 * Format (after `#`, `application/x-www-form-urlencoded` like a query string):
 *   map=<zoom>/<lat>/<lng>            camera, OpenStreetMap's order
 *   kel=<kode>                        selected kelurahan (must exist)
 *   metric=<MetricId>  class=quantile|jenks  lang=id|en
 *   layers=<id>,<id>…                 the layers that are on (empty = none)
 *   radius=<program>:<m>,…            catchment radius per programme, metres (clamped, snapped)
 *   bs=<status>,…                     bank sampah statuses
 *   year=<yyyy>|all  cat=<category>,… Prodamas year and categories
 *   from=<yyyy-mm-dd>  to=<yyyy-mm-dd>  group=<group>,…   Home Care dates and patient groups
 *   demand=<programme>[:<field>]      residents from a point layer (coverage/residents.ts)
 *   compare=<A>,<B>                   change from period A to B; each `yyyy` or
 *                                     `yyyy-mm-dd..yyyy-mm-dd` (src/lib/coverage/periods.ts)
 * Lists take `all` for no restriction and an empty value for none. Fields equal to the defaults are
 * left out, so a fresh view has an empty fragment.
 */
import { isMetricId, type MetricId } from './metric-catalog';
import { snapRadiusM, type CoverageFilters, type DemandPointsOption } from '../coverage/options';
import { parsePeriod, periodText, type Period } from '../coverage/periods';
import { MAP_ZOOM_RANGE } from '../map/zoom-levels';
import {
  BANK_SAMPAH_STATUS,
  HOME_CARE_GROUPS,
  PRODAMAS_CATEGORIES,
  PROGRAMS,
  type Program,
} from '../model/records';
import { CLASS_METHODS, type ClassMethod, type LayerToggles } from './view-defaults';

const URL_LOCALES = ['id', 'en'] as const;
type UrlLocale = (typeof URL_LOCALES)[number];

/** Camera of the map: centre `[lng, lat]` in degrees and MapLibre zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** Everything the URL can carry. */
export interface UrlState {
  camera: Camera | null;
  kode: string | null;
  metric: MetricId;
  classMethod: ClassMethod;
  layers: LayerToggles;
  radiusM: Record<Program, number>;
  filters: CoverageFilters;
  locale: UrlLocale;
  /** Two periods to compare (change from `a` to `b`); null: no comparison. */
  compare: PeriodPair | null;
  /** Residents from a point layer; null: the population spread over each kelurahan. */
  demand: DemandPointsOption | null;
}

export interface PeriodPair {
  a: Period;
  b: Period;
}

/** What a URL sets; absent fields keep the app's current value. */
export type ParsedUrlState = Partial<Omit<UrlState, 'filters' | 'radiusM'>> & {
  filters?: Partial<CoverageFilters>;
  radiusM?: Partial<Record<Program, number>>;
};

// `satisfies` makes adding a layer to LayerToggles fail here until the URL knows it too.
const LAYER_IDS = Object.keys({
  bank_sampah_points: true,
  prodamas_points: true,
  home_care_points: true,
  home_care_heatmap: true,
  catchments: true,
  overlap: true,
  choropleth: true,
} satisfies Record<keyof LayerToggles, true>) as (keyof LayerToggles)[];

const YEAR_RANGE: [number, number] = [2000, 2100];

const NUMBER = /^-?\d{1,4}(\.\d{1,8})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function num(text: string, [min, max]: readonly [number, number]): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function oneOf<T extends string>(allowed: readonly T[], text: string): T | null {
  return (allowed as readonly string[]).includes(text) ? (text as T) : null;
}

/** A comma list of allowed values, deduplicated, in the order of `allowed`; null if any is bad. */
function listOf<T extends string>(allowed: readonly T[], text: string): T[] | null {
  if (text === '') return [];
  const items = text.split(',');
  if (items.length > allowed.length * 2 || items.some((i) => !oneOf(allowed, i))) return null;
  return allowed.filter((a) => items.includes(a));
}

function isoDate(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < YEAR_RANGE[0] || y > YEAR_RANGE[1] || mo < 1 || mo > 12 || d < 1) return null;
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() ? text : null;
}

/** `A,B`: two valid periods, else null. */
function parsePeriodPair(text: string): PeriodPair | null {
  const [a, b, extra] = text.split(',');
  if (a === undefined || b === undefined || extra !== undefined) return null;
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa && pb ? { a: pa, b: pb } : null;
}

const periodPairText = ({ a, b }: PeriodPair): string => `${periodText(a)},${periodText(b)}`;

function camera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length !== 3) return null;
  const zoom = num(parts[0], MAP_ZOOM_RANGE);
  const lat = num(parts[1], [-85, 85]);
  const lng = num(parts[2], [-180, 180]);
  return zoom === null || lat === null || lng === null ? null : { center: [lng, lat], zoom };
}

function radii(text: string): Partial<Record<Program, number>> | null {
  const out: Partial<Record<Program, number>> = {};
  for (const pair of text.split(',')) {
    const [name, metres, extra] = pair.split(':');
    const program = oneOf(PROGRAMS, name ?? '');
    if (!program || extra !== undefined || program in out) return null;
    const value = num(metres ?? '', [-Infinity, Infinity]);
    if (value === null) return null;
    // Clamped and snapped as the slider would show it, so the slider and the engine agree.
    out[program] = snapRadiusM(program, value);
  }
  return out;
}

/** Marks a parameter that is absent or invalid (null is a valid value: "no restriction"). */
const BAD = undefined;

/** `all` for no restriction, else a list. */
const listOrAll =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): T[] | null | undefined =>
    text === 'all' ? null : (listOf(allowed, text) ?? BAD);

function year(text: string): number | null | undefined {
  if (text === 'all') return null;
  return /^\d{4}$/.test(text) ? (num(text, YEAR_RANGE) ?? BAD) : BAD;
}

/**
 * Reads a URL fragment (with or without the leading `#`). `kodes` are the kelurahan that exist.
 * Never throws; returns only the fields that were present and valid.
 */
export function parseUrlState(
  fragment: string,
  kodes: { has(kode: string): boolean },
): ParsedUrlState {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  // A key given twice is ambiguous: both copies are ignored.
  const counts = new Map<string, number>();
  for (const key of params.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  /** The parsed value of `key`, or undefined when it is absent, repeated or invalid. */
  const read = <T>(key: string, parse: (text: string) => T | null | undefined) => {
    if (counts.get(key) !== 1) return BAD;
    const text = params.get(key) ?? '';
    return text.length > 500 ? BAD : parse(text);
  };
  const valid = <T>(value: T | null | undefined): T | undefined => value ?? BAD;

  const layersOn = read('layers', (t) => listOf(LAYER_IDS, t));
  const from = read('from', isoDate);
  const to = read('to', isoDate);
  // A reversed range would hide every visit: drop it rather than guess which end is wrong.
  const reversed = !!from && !!to && from > to;
  const filters: Partial<CoverageFilters> = {
    bankSampahStatus: read('bs', listOrAll(BANK_SAMPAH_STATUS)),
    prodamasYear: read('year', year),
    prodamasCategories: read('cat', listOrAll(PRODAMAS_CATEGORIES)),
    homeCareFrom: reversed ? BAD : valid(from),
    homeCareTo: reversed ? BAD : valid(to),
    homeCareGroups: read('group', listOrAll(HOME_CARE_GROUPS)),
  };
  const out: ParsedUrlState = {
    camera: valid(read('map', camera)),
    kode: valid(read('kel', (t) => (kodes.has(t) ? t : null))),
    metric: valid(read('metric', (t) => (isMetricId(t) ? t : BAD))),
    classMethod: valid(read('class', (t) => oneOf(CLASS_METHODS, t))),
    locale: valid(read('lang', (t) => oneOf(URL_LOCALES, t))),
    layers: layersOn ? togglesFor(layersOn) : BAD,
    radiusM: valid(read('radius', radii)),
    compare: valid(read('compare', parsePeriodPair)),
    demand: valid(read('demand', demandLayer)),
    filters: stripUndefined(filters),
  };
  return stripUndefined(out);
}

const IDENT = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * `<programme>` or `<programme>:<field>`, ids as the definitions allow them. Whether the programme
 * exists is the engine's question: an unknown one falls back to the population (residents.ts).
 */
function demandLayer(text: string): DemandPointsOption | null {
  const [program, field, ...rest] = text.split(':');
  if (rest.length > 0 || !IDENT.test(program) || (field !== undefined && !IDENT.test(field)))
    return null;
  return { program, field: field ?? null };
}

function togglesFor(on: readonly (keyof LayerToggles)[]): LayerToggles {
  const toggles = {} as LayerToggles;
  for (const id of LAYER_IDS) toggles[id] = on.includes(id);
  return toggles;
}

/** Drops the keys whose value is undefined (and `filters` when it ends up empty). */
function stripUndefined<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(
    ([, v]) =>
      v !== undefined &&
      !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0),
  );
  return Object.fromEntries(entries) as T;
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

/** Rounds to `digits` decimals and drops trailing zeros (13.50 → "13.5"). */
const fixed = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/**
 * The fragment for `state` (without `#`; empty when everything is at its default). Fields equal to
 * `defaults` are left out; list values are written in their canonical order.
 */
export function serializeUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  if (state.camera) {
    const { center, zoom } = state.camera;
    params.set('map', `${fixed(zoom, 2)}/${fixed(center[1], 5)}/${fixed(center[0], 5)}`);
  }
  if (state.kode) params.set('kel', state.kode);
  if (state.metric !== defaults.metric) params.set('metric', state.metric);
  if (state.classMethod !== defaults.classMethod) params.set('class', state.classMethod);
  if (LAYER_IDS.some((id) => state.layers[id] !== defaults.layers[id])) {
    params.set('layers', LAYER_IDS.filter((id) => state.layers[id]).join(','));
  }
  const radius = PROGRAMS.filter((p) => state.radiusM[p] !== defaults.radiusM[p]);
  if (radius.length) params.set('radius', radius.map((p) => `${p}:${state.radiusM[p]}`).join(','));

  const f = state.filters;
  const d = defaults.filters;
  const canonical = <T extends string>(all: readonly T[], list: readonly T[] | null) =>
    list === null ? null : all.filter((x) => list.includes(x));
  const list = <T extends string>(
    key: string,
    all: readonly T[],
    value: readonly T[] | null,
    fallback: readonly T[] | null,
  ) => {
    const a = canonical(all, value);
    // Every value listed is the same as no restriction.
    const v = a !== null && a.length === all.length ? null : a;
    const b = canonical(all, fallback);
    if (!sameList(v, b !== null && b.length === all.length ? null : b))
      params.set(key, v === null ? 'all' : v.join(','));
  };
  list('bs', BANK_SAMPAH_STATUS, f.bankSampahStatus, d.bankSampahStatus);
  if (f.prodamasYear !== d.prodamasYear)
    params.set('year', f.prodamasYear === null ? 'all' : String(f.prodamasYear));
  list('cat', PRODAMAS_CATEGORIES, f.prodamasCategories, d.prodamasCategories);
  list('group', HOME_CARE_GROUPS, f.homeCareGroups, d.homeCareGroups);
  if (f.homeCareFrom && f.homeCareFrom !== d.homeCareFrom) params.set('from', f.homeCareFrom);
  if (f.homeCareTo && f.homeCareTo !== d.homeCareTo) params.set('to', f.homeCareTo);
  if (state.compare) params.set('compare', periodPairText(state.compare));
  if (state.demand)
    params.set(
      'demand',
      state.demand.field ? `${state.demand.program}:${state.demand.field}` : state.demand.program,
    );
  if (state.locale !== defaults.locale) params.set('lang', state.locale);
  // Commas and slashes are safe in a fragment; leaving them readable keeps links legible.
  return params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
}
