import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles.ts';
import { mayRead, writeRefusal } from './access.ts';

const BUJEL = '35.71.01.1006';
const CAMPUREJO = '35.71.01.1012';
const actor = (role: Actor['role'], kelurahan: string[] = []): Actor => ({
  username: role,
  role,
  kelurahan,
});

describe('writeRefusal', () => {
  const fasil = actor('facilitator', [BUJEL]);
  const nakes = actor('health', [BUJEL]);
  it('lets a facilitator create, edit and delete public records in their kelurahan only', () => {
    expect(writeRefusal(fasil, 'public_points', null, BUJEL)).toBeNull();
    expect(writeRefusal(fasil, 'public_points', BUJEL, BUJEL)).toBeNull();
    expect(writeRefusal(fasil, 'public_points', BUJEL, null)).toBeNull();
    expect(writeRefusal(fasil, 'public_points', null, CAMPUREJO)).toMatch(CAMPUREJO);
    expect(writeRefusal(fasil, 'public_points', BUJEL, CAMPUREJO)).toMatch(CAMPUREJO);
    expect(writeRefusal(fasil, 'public_points', CAMPUREJO, BUJEL)).toMatch(CAMPUREJO);
    expect(writeRefusal(fasil, 'personal', null, BUJEL)).not.toBeNull();
  });
  it('lets a health officer write personal records of their kelurahan, nothing else', () => {
    expect(writeRefusal(nakes, 'personal', null, BUJEL)).toBeNull();
    expect(writeRefusal(nakes, 'personal', BUJEL, CAMPUREJO)).not.toBeNull();
    expect(writeRefusal(nakes, 'public_points', null, BUJEL)).not.toBeNull();
  });
  it('never lets a planner write; population is the admin’s; unknown targets are refused', () => {
    expect(writeRefusal(actor('planner'), 'public_points', null, BUJEL)).not.toBeNull();
    expect(writeRefusal(actor('admin'), 'population', null, BUJEL)).toBeNull();
    expect(writeRefusal(fasil, 'population', null, BUJEL)).not.toBeNull();
    expect(writeRefusal(actor('admin'), 'unknown', null, BUJEL)).not.toBeNull();
    expect(writeRefusal(actor('admin'), 'personal', null, BUJEL)).not.toBeNull();
  });
});

describe('mayRead', () => {
  it('shows personal records to a health officer of the kelurahan only', () => {
    expect(mayRead(actor('health', [BUJEL]), 'personal', BUJEL)).toBe(true);
    expect(mayRead(actor('health', [BUJEL]), 'personal', CAMPUREJO)).toBe(false);
    for (const role of ['admin', 'planner', 'facilitator'] as const)
      expect(mayRead(actor(role, [BUJEL]), 'personal', BUJEL)).toBe(false);
    expect(mayRead(actor('planner'), 'public_aggregates', CAMPUREJO)).toBe(true);
  });
});
