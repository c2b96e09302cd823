import type pg from 'pg';
import type { FacilitatorClient } from './sync-client.ts';
import type { CallLog } from './sync-node-http.ts';
import type { ServerProcess } from './sync-server-process.ts';

/** When things happened in the concurrent run, performance.now() ms. */
export interface Timeline {
  startMs: number;
  /** Null when the run ended before the kill's threshold was reached. */
  killMs: number | null;
  readyMs: number | null;
  /** Changes in the server's feed and push requests in flight at the kill. */
  appliedAtKill: number;
  pushesInFlightAtKill: number;
  /** Every client's workload synced (its outbox empty). */
  workDoneMs: number;
  /** Every client at the fixed point: a round of syncs in which nobody pushed or pulled. */
  convergedMs: number;
  fixedPointRounds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function feedSize(db: pg.Pool): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM changes')).rows[0].n;
}

/** Syncs every client until a round in which none pushed or pulled anything; the rounds taken. */
export async function syncToFixedPoint(clients: readonly FacilitatorClient[]): Promise<number> {
  for (let round = 1; round <= 20; round++) {
    const reports = await Promise.all(clients.map((c) => c.sync()));
    if (reports.every((r) => r.pushed === 0 && r.pulled === 0)) return round;
  }
  throw new Error('no fixed point after 20 rounds of syncs');
}

/**
 * All clients run their workload at once; once `killAfter` of their changes are in the server's
 * feed, the server gets SIGKILL with pushes in flight and is started again on the same database.
 * Clients ride out the outage with their own retries; then everyone syncs to the fixed point.
 */
export async function runWithFault(
  clients: readonly FacilitatorClient[],
  server: ServerProcess,
  db: pg.Pool,
  log: CallLog,
  workload: { changes: number; rounds: number; killAfter: number },
): Promise<Timeline> {
  const before = await feedSize(db);
  const startMs = performance.now();
  let done = false;
  const t = { killMs: null as number | null, readyMs: null as number | null };
  let appliedAtKill = 0;
  let pushesInFlightAtKill = 0;
  const fault = (async () => {
    while (!done) {
      const applied = (await feedSize(db)) - before;
      if (applied >= workload.killAfter) {
        pushesInFlightAtKill = log.inFlight.push;
        appliedAtKill = applied;
        t.killMs = performance.now();
        await server.kill();
        await server.start();
        t.readyMs = performance.now();
        return;
      }
      await sleep(25);
    }
  })();
  // A run of minutes says how far it is.
  const ticker = setInterval(() => {
    void feedSize(db).then((n) =>
      console.log(
        `  ${Math.round((performance.now() - startMs) / 1000)} s: ${n - before} changes in the feed`,
      ),
    );
  }, 15_000);
  try {
    // A few ms apart, as devices are: not fifty requests in the same instant.
    await Promise.all(
      clients.map(async (c, i) => {
        await sleep((i * 37) % 250);
        await c.run(workload.changes, workload.rounds);
      }),
    );
  } finally {
    clearInterval(ticker);
    done = true;
    await fault;
  }
  const workDoneMs = performance.now();
  const fixedPointRounds = await syncToFixedPoint(clients);
  return {
    startMs,
    ...t,
    appliedAtKill,
    pushesInFlightAtKill,
    workDoneMs,
    convergedMs: performance.now(),
    fixedPointRounds,
  };
}
