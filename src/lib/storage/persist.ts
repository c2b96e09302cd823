export type PersistResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser to keep the database under storage pressure. Without it, IndexedDB is
 * "best effort" and may be evicted. The app calls this once at start; it never throws.
 */
export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (storage === undefined || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
