import type { LayersKey } from './layers.id';

/** English messages of the layers area; every key of layers.id.ts is required. */
export const layersEn: Record<LayersKey, string> = {};
