import type { Page } from '@playwright/test';
import { decodePng, shareNear } from './pixels';

interface TestWindow {
  __jangkau: { project: (lngLat: [number, number]) => [number, number] };
}

/**
 * Share of `rgb` in 14 × 14 px boxes around places on the map, summed: whether points of one
 * programme are drawn where its records are (the app's test hook projects the places).
 */
export async function colourAround(
  page: Page,
  places: readonly [number, number][],
  rgb: readonly [number, number, number],
  tolerance = 10,
): Promise<number> {
  const box = (await page.getByTestId('map').boundingBox())!;
  let sum = 0;
  for (const at of places) {
    const [x, y] = await page.evaluate(
      (p) => (window as unknown as TestWindow).__jangkau.project(p),
      at,
    );
    const clip = { x: box.x + x - 7, y: box.y + y - 7, width: 14, height: 14 };
    sum += shareNear(
      decodePng(await page.screenshot({ clip })),
      [...rgb] as [number, number, number],
      tolerance,
    );
  }
  return sum;
}

/** Screen position of a place on the page (the app's test hook projects it in the map). */
export async function onScreen(page: Page, at: [number, number]): Promise<[number, number]> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const [x, y] = await page.evaluate(
    (p) => (window as unknown as TestWindow).__jangkau.project(p),
    at,
  );
  return [box.x + x, box.y + y];
}
