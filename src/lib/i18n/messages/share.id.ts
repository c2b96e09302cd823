/** Bahasa Indonesia messages of the share area (merged into id.ts). */
export const shareId = {} as const;
export type ShareKey = keyof typeof shareId;
