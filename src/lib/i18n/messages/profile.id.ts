/** Bahasa Indonesia messages of the profile area (merged into id.ts). */
export const profileId = {} as const;
export type ProfileKey = keyof typeof profileId;
