import type { Camera } from '../explore/url-state';

/**
 * The map camera as the rest of the app sees it. The map adapter reports where it settled; a
 * shared link asks it to jump. Both go through the methods.
 */
class CameraState {
  /** Where the map settled after the last move; null until it has moved once. */
  current = $state.raw<Camera | null>(null);
  /** The latest jump asked for; a new object each time, so asking twice jumps twice. */
  jumpRequest = $state.raw<{ camera: Camera } | null>(null);

  moved(camera: Camera): void {
    this.current = camera;
  }

  jumpTo(camera: Camera): void {
    this.jumpRequest = { camera };
  }
}

export const camera = new CameraState();
