import { describe, expect, it } from 'vitest';
import { recordKey, type OutboxEntry, type QueuedChange } from './outbox';
import { matchResults, planPush, pullDecision } from './plan';

const change = (id: string, recordId: string, over: Partial<QueuedChange> = {}): QueuedChange => ({
  changeId: id,
  target: 'prodamas',
  recordId,
  op: 'upsert',
  record: { id: recordId, batchId: 'b', rev: 9 },
  at: '2026-12-01T00:00:00.000Z',
  by: 'hp',
  localBaseRev: 0,
  ...over,
});

const entries: OutboxEntry[] = [
  { seq: 1, state: 'pending', changes: [change('a', 'r1'), change('b', 'r2')] },
  { seq: 2, state: 'pending', changes: [change('c', 'r1'), change('d', 'r3', { rejected: 'x' })] },
  { seq: 3, state: 'pending', changes: [change('e', 'r4', { op: 'delete', record: null })] },
];

describe('planPush', () => {
  it('takes one change per record in order, skips refused ones, baseRev from the server revs', () => {
    const known = new Map([[recordKey('prodamas', 'r2'), 5]]);
    const plan = planPush(entries, known, 500);
    expect(plan.map((p) => [p.change.changeId, p.seq, p.change.baseRev])).toEqual([
      ['a', 1, 0],
      ['b', 1, 5],
      ['e', 3, 0],
    ]);
    // The record sent says the rev the server will give it; a delete sends no record.
    expect(plan.map((p) => p.change.record?.rev ?? null)).toEqual([1, 6, null]);
  });

  it('stops at the limit', () => {
    expect(planPush(entries, new Map(), 2).map((p) => p.change.changeId)).toEqual(['a', 'b']);
  });
});

describe('matchResults', () => {
  const plan = planPush(entries, new Map(), 1);
  it('refuses an answer for other changes, or of another length', () => {
    expect(() => matchResults(plan, [])).toThrow(/answered 0 of 1/);
    expect(() => matchResults(plan, [{ changeId: 'z', status: 'applied' }])).toThrow(/is for z/);
  });
  it('reads a duplicate as done with its original rev, a missing rev as baseRev + 1', () => {
    expect(matchResults(plan, [{ changeId: 'a', status: 'duplicate', rev: 4 }])[0]).toMatchObject({
      kind: 'done',
      serverRev: 4,
    });
    expect(matchResults(plan, [{ changeId: 'a', status: 'applied' }])[0]).toMatchObject({
      serverRev: 1,
    });
  });
});

describe('pullDecision', () => {
  const pulled = { seq: 7, target: 'prodamas', recordId: 'r1', rev: 3, op: 'upsert' as const };
  const c = { ...pulled, record: null, at: 'x', by: 'y' };
  it('skips what this browser has, holds back what it changed, applies the rest', () => {
    expect(pullDecision(c, 3, false)).toBe('have');
    expect(pullDecision(c, 4, true)).toBe('have');
    expect(pullDecision(c, 2, true)).toBe('pending');
    expect(pullDecision(c, undefined, false)).toBe('apply');
  });
});
