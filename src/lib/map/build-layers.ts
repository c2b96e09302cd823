import type { Layer } from '@deck.gl/core';
import type { Program } from '../model/records';
import { definedPointsShown, type LayerToggles } from '../explore/view-defaults';
import {
  kecamatanLineLayer,
  kelurahanFillLayer,
  kelurahanLabelLayer,
  kelurahanLineLayer,
  kotaLineLayer,
  type BoundaryLayerInput,
  type FillColouring,
} from './layers/boundary-layers';
import { catchmentLayer, overlapLayer, planCatchmentLayer } from './layers/coverage-layers';
import type { OverlapImageInput } from './layers/coverage-layers';
import {
  bankSampahHexLayer,
  bankSampahPointsLayer,
  homeCareHexLayer,
  homeCarePointsLayer,
  prodamasHexLayer,
  prodamasPointsLayer,
  definedPointsLayer,
  type PointClick,
} from './layers/record-layers';
import { BANK_SAMPAH_POINTS_MAX, type MapRecords, type PointHover } from './record-types';
import { POINTS_MIN_ZOOM } from './zoom-levels';
import { zIndexOf } from './zorder';

export interface MapLayerState extends BoundaryLayerInput {
  toggles: LayerToggles;
  /** The user's choices of defined programmes' points, by id (`definedPointsShown`). */
  definedShown?: Readonly<Record<string, boolean>>;
  /** Camera zoom; decides points vs. aggregates. */
  zoom: number;
  /**
   * Home Care homes are personal data: only the full app, on the user's own records, may draw
   * them. False drops every Home Care point, aggregate, heatmap and catchment layer.
   */
  allowPersonalLocations: boolean;
  records: MapRecords;
  radiusM: Record<Program, number>;
  /** The coverage engine's overlap raster; null until the first result. */
  overlap: OverlapImageInput | null;
  /** Choropleth colouring of the kelurahan fill; null draws the plain fill. */
  choropleth: FillColouring | null;
  onPointHover?: PointHover;
  /** A click on a record point (the kelurahan beneath is the user's choice). */
  onPointClick?: PointClick;
  /** The heatmap layer's maker once its module is loaded (heatmap-layer.ts); until then none. */
  heatmap?: HeatmapFactory | null;
  /** The planning tab's hypothetical sites and their radius (none: no layer). */
  plan?: { sites: readonly { lng: number; lat: number }[]; radiusM: number };
}

export type HeatmapFactory = (visits: MapRecords['homeCareVisits']) => Layer;

/**
 * The whole deck.gl layer list for a map state: a pure description with stable ids, sorted by
 * `zorder.ts`. deck.gl diffs by id, so rebuilding the list on every change is cheap.
 */
export function buildLayers(state: MapLayerState): Layer[] {
  const { toggles, records, radiusM, onPointHover: hover, onPointClick: click } = state;
  const personal = state.allowPersonalLocations;
  const showPoints = state.zoom >= POINTS_MIN_ZOOM;
  const bankSampahPoints = showPoints || records.bankSampah.length <= BANK_SAMPAH_POINTS_MAX;
  const layers: (Layer | false)[] = [
    kelurahanFillLayer(state, toggles.choropleth ? state.choropleth : null),
    kelurahanLineLayer(state),
    kecamatanLineLayer(state),
    kotaLineLayer(state),
    kelurahanLabelLayer(state),
    toggles.overlap && state.overlap !== null && overlapLayer(state.overlap),
    personal &&
      toggles.home_care_heatmap &&
      !!state.heatmap &&
      state.heatmap(records.homeCareVisits),

    // Catchments: bank sampah always, the other programmes when their points are on.
    toggles.catchments &&
      bankSampahPoints &&
      catchmentLayer('bank_sampah', records.bankSampah, radiusM.bank_sampah),
    toggles.catchments &&
      toggles.prodamas_points &&
      catchmentLayer('prodamas', records.prodamas, radiusM.prodamas),
    personal &&
      toggles.catchments &&
      toggles.home_care_points &&
      catchmentLayer('home_care', records.homes, radiusM.home_care),
    // A scenario's sites are drawn whatever the layer toggles: they are what the planner edits.
    !!state.plan &&
      state.plan.sites.length > 0 &&
      planCatchmentLayer(state.plan.sites, state.plan.radiusM),

    // Bank sampah stay points at every zoom (their status is the point) unless the city has
    // thousands of them (see BANK_SAMPAH_POINTS_MAX).
    toggles.bank_sampah_points &&
      (bankSampahPoints
        ? bankSampahPointsLayer(records.bankSampah, hover, click)
        : bankSampahHexLayer(records.hex.bankSampah)),
    toggles.prodamas_points &&
      (showPoints
        ? prodamasPointsLayer(records.prodamas, hover, click)
        : prodamasHexLayer(records.hex.prodamas)),
    personal &&
      toggles.home_care_points &&
      (showPoints
        ? homeCarePointsLayer(records.homes, hover, click)
        : homeCareHexLayer(records.hex.homes)),
    // Defined programmes (presets, users' own): their points whenever they have located records;
    // which may be drawn at all is decided where the sets are built (privacy class).
    ...records.defined
      .filter((d) => definedPointsShown(state.definedShown ?? {}, d.program, d.archetype))
      .map((d) => definedPointsLayer(d.program, d.set, hover, click)),
  ];
  return layers
    .filter((layer): layer is Layer => layer !== false)
    .sort((a, b) => zIndexOf(a.id) - zIndexOf(b.id));
}
