import type { ExploreKey } from './explore.id';

/** English messages of the explore area; every key of explore.id.ts is required. */
export const exploreEn: Record<ExploreKey, string> = {};
