import type { ShareKey } from './share.id';

/** English messages of the share area; every key of share.id.ts is required. */
export const shareEn: Record<ShareKey, string> = {};
