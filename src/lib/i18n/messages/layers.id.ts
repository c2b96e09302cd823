/** Bahasa Indonesia messages of the layers area (merged into id.ts). */
export const layersId = {} as const;
export type LayersKey = keyof typeof layersId;
