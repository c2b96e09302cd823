/** The optional online basemap: off by default so the app makes no outside request unasked. */
class BasemapState {
  visible = $state(false);
  unavailable = $state(false);

  toggle(visible: boolean): void {
    this.visible = visible;
    if (visible) this.unavailable = false;
  }

  markUnavailable(): void {
    if (this.visible) this.unavailable = true;
  }
}

export const basemap = new BasemapState();
