/// <reference types="vite-plugin-pwa/client" />

/**
 * The service worker as the app sees it: registered once from the app (never from the embed), and
 * a flag when a new version is waiting. Updating only swaps the cached app files; the records in
 * IndexedDB stay where they are, and the new code migrates them through Dexie's versioned schema.
 */
class OfflineState {
  /** A new version has been downloaded and waits for a reload. */
  updateWaiting = $state(false);
  private updateSW: ((reloadPage?: boolean) => Promise<void>) | null = null;
  private registering = false;

  /**
   * Registers the service worker. The app calls this after the first map is drawn: the worker
   * precaches the whole build, and neither that download nor workbox-window's code should stand
   * before the first picture.
   */
  async register(): Promise<void> {
    if (import.meta.env.DEV || !('serviceWorker' in navigator) || this.registering) return;
    this.registering = true;
    const { registerSW } = await import('virtual:pwa-register');
    this.updateSW = registerSW({
      immediate: true,
      onNeedRefresh: () => (this.updateWaiting = true),
      // No network, a private window or a blocked origin: the app still works, just not offline.
      onRegisterError: (error: unknown) => console.warn('offline: no service worker', error),
    });
  }

  /** Activates the waiting version and reloads the page onto it. */
  applyUpdate(): void {
    void this.updateSW?.(true);
  }

  dismissUpdate(): void {
    this.updateWaiting = false;
  }
}

export const offline = new OfflineState();
