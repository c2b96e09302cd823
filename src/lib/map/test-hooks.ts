import type { MapAdapter } from './map-adapter';

declare global {
  interface Window {
    /** Read-only hooks for the end-to-end tests (screen positions of map coordinates). */
    __jangkau?: {
      project: (lngLat: [number, number]) => [number, number];
      camera: () => { center: [number, number]; zoom: number; moving: boolean };
    };
  }
}

export function exposeTestHooks(adapter: MapAdapter): void {
  window.__jangkau = {
    project: (lngLat) => adapter.project(lngLat),
    camera: () => adapter.cameraNow(),
  };
}
