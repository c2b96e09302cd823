import { describe, expect, it } from 'vitest';
import { LatestJobs } from './coverage-client';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('LatestJobs', () => {
  it('delivers only the newest job per channel and never runs the superseded backlog', async () => {
    const jobs = new LatestJobs();
    const ran: number[] = [];
    const first = deferred<number>();
    const a = jobs.run('m', () => (ran.push(1), first.promise));
    const b = jobs.run('m', async () => (ran.push(2), 2));
    const c = jobs.run('m', async () => (ran.push(3), 3));
    expect(await b).toEqual({ status: 'stale', jobId: 2 });
    first.resolve(1);
    expect(await a).toEqual({ status: 'stale', jobId: 1 });
    expect(await c).toEqual({ status: 'ok', jobId: 3, value: 3 });
    expect(ran).toEqual([1, 3]);
  });

  it('keeps channels independent and passes errors through', async () => {
    const jobs = new LatestJobs();
    const x = jobs.run('x', async () => 'x');
    const y = jobs.run('y', async () => {
      throw new Error('boom');
    });
    expect(await x).toEqual({ status: 'ok', jobId: 1, value: 'x' });
    await expect(y).rejects.toThrow('boom');
  });
});
