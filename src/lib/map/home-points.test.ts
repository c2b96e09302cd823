import { describe, expect, it } from 'vitest';
import { homeRadiusPx, homesOf } from './home-points';
import type { HomeCareVisit } from '../model/records';

const visit = (id: string, patientId: string, date: string, lng: number | null, lat = -7.8) =>
  ({ id, patientId, date, lng, lat: lng === null ? null : lat }) as HomeCareVisit;

describe('homesOf', () => {
  it('counts visits per home and keeps the latest visit', () => {
    const homes = homesOf([
      visit('a', 'P1', '2025-01-05', 112.01),
      visit('b', 'P2', '2025-01-06', 112.02),
      visit('c', 'P1', '2025-03-01', 112.01),
      visit('d', 'P1', '2025-02-01', 112.01),
      visit('e', 'P3', '2025-02-01', null),
    ]);
    expect(homes.map((h) => [h.latest.id, h.visits])).toEqual([
      ['c', 3],
      ['b', 1],
    ]);
    expect(homes[0].position).toEqual([112.01, -7.8]);
  });

  it('sizes a one-visit home at 3 px and grows with the square root', () => {
    expect(homeRadiusPx(1)).toBe(3);
    expect(homeRadiusPx(5)).toBe(6);
    expect(homeRadiusPx(10_000)).toBe(14);
  });
});
