import type { ProfileKey } from './profile.id';

/** English messages of the profile area; every key of profile.id.ts is required. */
export const profileEn: Record<ProfileKey, string> = {};
