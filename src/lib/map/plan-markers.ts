import * as maplibregl from 'maplibre-gl';
import type { PlanMapSite } from '../state/plan-map.svelte';

type OnMove = (id: string, lngLat: [number, number], final: boolean) => void;

/**
 * The planning tab's hypothetical sites as MapLibre markers the planner drags (mouse or touch);
 * keyboard users edit the list instead. Markers are kept by site id, so a re-render moves the
 * existing element rather than replacing it mid-drag.
 */
export class PlanMarkers {
  private readonly markers = new Map<string, maplibregl.Marker>();
  private onMove: OnMove | null = null;

  constructor(private readonly map: maplibregl.Map) {}

  show(sites: readonly PlanMapSite[], onMove: OnMove | null): void {
    this.onMove = onMove;
    const keep = new Set(sites.map((s) => s.id));
    for (const [id, marker] of this.markers)
      if (!keep.has(id)) {
        marker.remove();
        this.markers.delete(id);
      }
    for (const site of sites) {
      let marker = this.markers.get(site.id);
      if (!marker) {
        marker = this.create(site.id);
        this.markers.set(site.id, marker);
      }
      // A marker being dragged is where the pointer is: the state catches up at the drag's end.
      if (!marker.getElement().classList.contains('dragging'))
        marker.setLngLat([site.lng, site.lat]);
      marker.getElement().setAttribute('aria-label', site.label);
    }
  }

  destroy(): void {
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
  }

  private create(id: string): maplibregl.Marker {
    const marker = new maplibregl.Marker({ draggable: true, color: '#6a3d9a', scale: 0.8 })
      .setLngLat([0, 0])
      .addTo(this.map);
    const element = marker.getElement();
    element.dataset.testid = 'plan-marker';
    element.dataset.siteId = id;
    // deck.gl's canvas sits in a control container (z-index 2) above the markers' layer.
    element.style.zIndex = '3';
    let last = 0;
    const report = (final: boolean) => {
      const at = marker.getLngLat();
      this.onMove?.(id, [at.lng, at.lat], final);
    };
    marker.on('dragstart', () => element.classList.add('dragging'));
    marker.on('drag', () => {
      // Live figures during the drag, at most ~12 per second: each is a worker round trip.
      const now = performance.now();
      if (now - last < 80) return;
      last = now;
      report(false);
    });
    marker.on('dragend', () => {
      element.classList.remove('dragging');
      report(true);
    });
    return marker;
  }
}
