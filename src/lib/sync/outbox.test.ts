import { describe, expect, it } from 'vitest';
import { recordKey, takeLaterChanges, type OutboxEntry, type QueuedChange } from './outbox';

const change = (
  changeId: string,
  recordId: string,
  at: string,
  rejected?: string,
): QueuedChange => ({
  changeId,
  target: 'bank_sampah',
  recordId,
  op: 'upsert',
  record: null,
  at,
  by: 'fasil',
  localBaseRev: 0,
  ...(rejected === undefined ? {} : { rejected }),
});

describe('takeLaterChanges', () => {
  it('takes every later live change of the record, keeps the others, and the newest is mine', () => {
    const first = change('c1', 'A', '2026-01-01T00:00:00Z');
    const entries: OutboxEntry[] = [
      { seq: 1, state: 'pending', changes: [change('c2', 'B', '2026-01-02T00:00:00Z')] },
      {
        seq: 2,
        state: 'pending',
        changes: [
          change('c3', 'A', '2026-01-03T00:00:00Z'),
          change('c4', 'A', '2026-01-04T00:00:00Z', 'refused'),
          change('c5', 'A', '2026-01-02T12:00:00Z'),
        ],
      },
    ];
    const mine = takeLaterChanges(entries, recordKey('bank_sampah', 'A'), first);
    // c3 is the newest live change of A; c4 is refused (stays, with its reason); B is untouched.
    expect(mine.changeId).toBe('c3');
    expect(entries[0].changes.map((c) => c.changeId)).toEqual(['c2']);
    expect(entries[1].changes.map((c) => c.changeId)).toEqual(['c4']);
  });
});
