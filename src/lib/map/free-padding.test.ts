import { describe, expect, it } from 'vitest';
import { MIN_FREE_PX, paddingAround } from './free-padding';

const MAP = { left: 0, top: 52, right: 1366, bottom: 748 }; // 1366 × 696 below a 52 px bar

describe('paddingAround', () => {
  it('is the plain margin with nothing over the map', () => {
    expect(paddingAround(MAP, [])).toEqual({ top: 24, bottom: 24, left: 24, right: 24 });
  });

  it('keeps the target left of a tall profile on the right', () => {
    // Profile 360 wide, 56 px from the right edge, 12 px from top and bottom of the map.
    const profile = { left: 950, top: 64, right: 1310, bottom: 736 };
    // Right: 1366 − 950 + 24 = 440 leaves 902 × 648; top would leave 1318 × 0: not possible.
    expect(paddingAround(MAP, [profile])).toEqual({ top: 24, bottom: 24, left: 24, right: 440 });
  });

  it('adds the open sidebar on the left', () => {
    const profile = { left: 950, top: 64, right: 1310, bottom: 736 };
    const sidebar = { left: 12, top: 64, right: 392, bottom: 736 };
    // Left: 392 − 0 + 24 = 416.
    expect(paddingAround(MAP, [profile, sidebar])).toEqual({
      top: 24,
      bottom: 24,
      left: 416,
      right: 440,
    });
  });

  it('on a phone, keeps the target below the profile and above the tab bar', () => {
    const phone = { left: 0, top: 48, right: 360, bottom: 740 };
    const profile = { left: 8, top: 56, right: 352, bottom: 355 }; // the top band
    const tabs = { left: 0, top: 704, right: 360, bottom: 740 };
    // Top: 355 − 48 + 24 = 331; bottom: 740 − 704 + 24 = 60; free 312 × 301.
    expect(paddingAround(phone, [profile, tabs])).toEqual({
      top: 331,
      bottom: 60,
      left: 24,
      right: 24,
    });
  });

  it('ignores a panel outside the map and one that cannot be avoided', () => {
    const outside = { left: 0, top: 0, right: 1366, bottom: 52 };
    const everywhere = { left: -10, top: 40, right: 1400, bottom: 760 };
    expect(paddingAround(MAP, [outside, everywhere])).toEqual({
      top: 24,
      bottom: 24,
      left: 24,
      right: 24,
    });
  });

  it('never leaves less than the minimum free size', () => {
    const wide = { left: 0, top: 52, right: 1366, bottom: 748 - MIN_FREE_PX - 24 + 1 };
    // Top push would leave 1318 × (MIN − 1): refused; the others leave nothing either.
    expect(paddingAround(MAP, [wide])).toEqual({ top: 24, bottom: 24, left: 24, right: 24 });
  });
});
