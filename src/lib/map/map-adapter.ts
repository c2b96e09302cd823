import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Deck, Layer } from '@deck.gl/core';
import { BASEMAP_LAYER, BASEMAP_SOURCE, basemapLayer, basemapSource, buildStyle } from './style';
import { paddingAround } from './free-padding';

/** Elements over the map that a fitted target should stay clear of (profile, open panels). */
const COVERS_SELECTOR = '[data-covers-map]';
import { FIT_MAX_ZOOM, MAP_ZOOM_RANGE } from './zoom-levels';
import { PlanMarkers } from './plan-markers';
import type { PlanMapSite } from '../state/plan-map.svelte';

// MapLibre 6 cannot find its worker after a Vite build unless told where it is.
maplibregl.setWorkerUrl(workerUrl);

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

export interface MapAdapterOptions {
  container: HTMLElement;
  bounds: BBox;
  onBasemapError: () => void;
  /** Called once, when the basemap-free map and the first deck.gl layers have drawn. */
  onFirstDraw?: () => void;
  /** Called when the camera settles (`moveend`), not on every frame. */
  onMove?: (camera: { center: [number, number]; zoom: number }) => void;
}

/**
 * The one owner of the MapLibre map and the deck.gl overlay. Components hand it layers and
 * commands; nothing else calls `map.*` or `overlay.setProps`.
 */
export class MapAdapter {
  private readonly map: maplibregl.Map;
  private readonly overlay: MapLibreOverlay;
  private readonly container: HTMLElement;
  private mapIdle = false;
  private deckDrewLayers = false;
  private firstDrawDone = false;
  private pendingLayers = 0;
  private layers: Layer[] = [];
  private renders = 0;
  /** Set while the user places a record: a click on the map is a place, not a selection. */
  private placing: ((lngLat: [number, number]) => void) | null = null;
  private entryMarker: maplibregl.Marker | null = null;
  private planMarkers: PlanMarkers | null = null;
  private dragEnd: ((lngLat: [number, number]) => void) | null = null;

  constructor(private readonly options: MapAdapterOptions) {
    this.container = options.container;
    this.container.dataset.mapState = 'loading';
    this.map = new maplibregl.Map({
      container: options.container,
      style: buildStyle(),
      bounds: options.bounds,
      fitBoundsOptions: { padding: 24 },
      // Only the OSM basemap's attribution shows here; the boundary credit is in the app's footer,
      // where it can follow the UI language.
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      minZoom: MAP_ZOOM_RANGE[0],
      maxZoom: MAP_ZOOM_RANGE[1],
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

    this.overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      onAfterRender: () => this.afterDeckRender(),
      getCursor: ({ isHovering, isDragging }) =>
        this.placing ? 'crosshair' : isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab',
    });
    this.map.addControl(this.overlay);

    this.map.on('click', (event) => this.placing?.([event.lngLat.lng, event.lngLat.lat]));
    this.map.on('moveend', () => {
      const { lng, lat } = this.map.getCenter();
      this.options.onMove?.({ center: [lng, lat], zoom: this.map.getZoom() });
    });
    this.map.once('idle', () => {
      this.mapIdle = true;
      this.checkFirstDraw();
    });
    // A listener here also keeps MapLibre from logging tile failures to the console.
    this.map.on('error', (event: maplibregl.ErrorEvent & { sourceId?: string }) => {
      if (event.sourceId === BASEMAP_SOURCE) this.options.onBasemapError();
      else console.warn('map:', event.error?.message ?? event);
    });
  }

  /** Replaces the deck.gl layers (already sorted by zorder.ts). */
  setLayers(layers: Layer[]): void {
    this.pendingLayers = layers.length;
    this.layers = layers;
    this.container.dataset.deckLayers = layers.map((layer) => layer.id).join(' ');
    this.overlay.setProps({ layers });
  }

  /** Shows or hides the online basemap; its source and layer are added the first time it shows. */
  setBasemapVisible(visible: boolean): void {
    const apply = () => {
      if (this.map.getLayer(BASEMAP_LAYER))
        this.map.setLayoutProperty(BASEMAP_LAYER, 'visibility', visible ? 'visible' : 'none');
      else if (visible) {
        this.map.addSource(BASEMAP_SOURCE, basemapSource());
        this.map.addLayer(basemapLayer());
      }
    };
    if (this.map.isStyleLoaded()) apply();
    else this.map.once('load', apply);
  }

  /**
   * Moves the camera to fit `bounds` into the part of the map that no panel covers (elements
   * marked `data-covers-map`, measured now); animated unless the user prefers reduced motion.
   */
  fitBounds(bounds: BBox, maxZoom = FIT_MAX_ZOOM): void {
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const covers = [...document.querySelectorAll<HTMLElement>(COVERS_SELECTOR)]
      .filter((element) => element.offsetParent !== null)
      .map((element) => element.getBoundingClientRect());
    const padding = paddingAround(this.container.getBoundingClientRect(), covers);
    this.map.fitBounds(bounds, { padding, maxZoom, animate: !reduce, duration: 600 });
  }

  /** Puts the camera at `center` (`[lng, lat]`) and `zoom` at once (a shared link's view). */
  jumpTo(camera: { center: [number, number]; zoom: number }): void {
    this.map.jumpTo(camera);
  }

  /** Where the camera is now (`center` as `[lng, lat]`), and whether it is still moving. */
  cameraNow(): { center: [number, number]; zoom: number; moving: boolean } {
    const { lng, lat } = this.map.getCenter();
    return { center: [lng, lat], zoom: this.map.getZoom(), moving: this.map.isMoving() };
  }

  /** Screen position of a `[lng, lat]` inside the map container, in CSS pixels. */
  project(lngLat: [number, number]): [number, number] {
    const point = this.map.project(lngLat);
    return [point.x, point.y];
  }

  /**
   * The map as drawn now (basemap, MapLibre layers, deck.gl layers) on one 2D canvas in device
   * pixels. Both WebGL canvases keep no drawing buffer (faster), so both are redrawn and copied in
   * this same task, before the browser presents and clears them.
   */
  exportImage(): HTMLCanvasElement {
    const mapCanvas = this.map.getCanvas();
    const deckCanvas = this.overlay.getCanvas();
    const out = document.createElement('canvas');
    out.width = mapCanvas.width;
    out.height = mapCanvas.height;
    const context = out.getContext('2d');
    if (!context) throw new Error('No 2D canvas for the export');
    // Synchronous redraw; its 'render' event hands the camera to the overlay.
    this.map.redraw();
    context.drawImage(mapCanvas, 0, 0, out.width, out.height);
    // The overlay keeps its Deck private; Deck.redraw(reason) is public and draws synchronously.
    (this.overlay as unknown as { _deck?: Deck })._deck?.redraw('export');
    if (deckCanvas) context.drawImage(deckCanvas, 0, 0, out.width, out.height);
    return out;
  }

  /**
   * While `onPick` is set, a click or tap on the map hands its `[lng, lat]` to it (and the cursor
   * is a crosshair); the caller ignores the selection click deck.gl reports for the same tap.
   */
  setPlacing(onPick: ((lngLat: [number, number]) => void) | null): void {
    this.placing = onPick;
    this.container.dataset.placing = String(onPick !== null);
  }

  /**
   * The place of the record being entered or moved, as a marker the user can drag (mouse or
   * touch); `null` removes it. Dragging ends in `onDragEnd` with the new `[lng, lat]`. The marker
   * is the map's own DOM element: keyboard users type the coordinates in the form instead.
   */
  showEntryMarker(
    lngLat: [number, number] | null,
    options: { label: string; onDragEnd: (lngLat: [number, number]) => void },
  ): void {
    if (lngLat === null) {
      this.entryMarker?.remove();
      this.entryMarker = null;
      return;
    }
    if (!this.entryMarker) {
      this.entryMarker = new maplibregl.Marker({ draggable: true, color: '#d55e00' })
        .setLngLat(lngLat)
        .addTo(this.map);
      const element = this.entryMarker.getElement();
      element.dataset.testid = 'entry-marker';
      // deck.gl's canvas sits in a control container (z-index 2) above the markers' layer.
      element.style.zIndex = '3';
      this.entryMarker.on('dragend', () => {
        const at = this.entryMarker?.getLngLat();
        if (at) this.dragEnd?.([at.lng, at.lat]);
      });
    }
    this.entryMarker.getElement().setAttribute('aria-label', options.label);
    this.dragEnd = options.onDragEnd;
    this.entryMarker.setLngLat(lngLat);
  }

  /** The planning tab's hypothetical sites as draggable markers (none: an empty list). */
  showPlanSites(
    sites: readonly PlanMapSite[],
    onMove: ((id: string, lngLat: [number, number], final: boolean) => void) | null,
  ): void {
    if (sites.length === 0 && !this.planMarkers) return;
    this.planMarkers ??= new PlanMarkers(this.map);
    this.planMarkers.show(sites, onMove);
  }

  destroy(): void {
    this.planMarkers?.destroy();
    this.entryMarker?.remove();
    this.map.removeControl(this.overlay);
    this.overlay.finalize();
    this.map.remove();
  }

  private afterDeckRender(): void {
    if (this.pendingLayers > 0) this.deckDrewLayers = true;
    // Real signals for tests and the frame bench: frames drawn, and whether every layer has its
    // data and aggregates (deck.gl hands the state on to the instances passed last).
    this.renders += 1;
    this.container.dataset.deckRenders = String(this.renders);
    this.container.dataset.deckLoaded = String(this.layers.every((layer) => layer.isLoaded));
    this.checkFirstDraw();
  }

  // The e2e tests and the time-to-first-map figure wait on this, never on a sleep.
  private checkFirstDraw(): void {
    if (this.firstDrawDone || !this.mapIdle || !this.deckDrewLayers) return;
    this.firstDrawDone = true;
    this.container.dataset.mapState = 'ready';
    performance.mark('jangkau:first-map-draw');
    this.options.onFirstDraw?.();
  }
}
