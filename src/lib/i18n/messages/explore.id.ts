/** Bahasa Indonesia messages of the explore area (merged into id.ts). */
export const exploreId = {} as const;
export type ExploreKey = keyof typeof exploreId;
