import type pg from 'pg';
import { clientDigest, countApplied, feedMismatches, serverDigest } from './sync-checks.ts';
import type { FacilitatorClient } from './sync-client.ts';
import type { Timeline } from './sync-fault-run.ts';
import type { CallLog } from './sync-node-http.ts';
import { failedCalls, latencyLine, perSecond, seconds } from './sync-stats.ts';

interface Run {
  db: pg.Pool;
  clients: readonly FacilitatorClient[];
  solo: FacilitatorClient;
  log: CallLog;
  soloLog: CallLog;
  soloMs: number;
  timeline: Timeline;
}

/** Prints the figures and the checks; true when every check passed. */
export async function report(run: Run): Promise<boolean> {
  const { clients, solo, log, timeline: t } = run;
  const everyone = [solo, ...clients];
  const made = clients.reduce((n, c) => n + c.made.length, 0);
  const outageMs = t.killMs !== null && t.readyMs !== null ? t.readyMs - t.killMs : 0;
  const workMs = t.workDoneMs - t.startMs;
  const soloRate = solo.made.length / (run.soloMs / 1000);
  const rate = made / ((workMs - outageMs) / 1000);
  const pushes = log.samples.filter((s) => s.kind === 'push').length;

  console.log('\n— Load —');
  console.log(
    `changes pushed: ${made.toLocaleString('en')} by ${clients.length} clients (${pushes} push requests, ${clients.reduce((n, c) => n + c.duplicates, 0)} changes answered "duplicate")`,
  );
  console.log(
    `wall time: ${seconds(workMs)} to every change accepted (incl. the ${seconds(outageMs)} outage), ${seconds(t.convergedMs - t.startMs)} to the fixed point`,
  );
  console.log(
    `throughput: ${perSecond(made, workMs)} overall, ${perSecond(made, workMs - outageMs)} without the outage`,
  );
  console.log(
    `baseline, one client alone: ${perSecond(solo.made.length, run.soloMs)} (${solo.made.length} changes in ${seconds(run.soloMs)})`,
  );
  console.log(`ratio concurrent / one client alone: ${(rate / soloRate).toFixed(2)}×`);
  console.log(`push latency (${clients.length} clients): ${latencyLine(log.samples, 'push')}`);
  console.log(`pull latency (${clients.length} clients): ${latencyLine(log.samples, 'pull')}`);
  console.log(`push latency (one client alone): ${latencyLine(run.soloLog.samples, 'push')}`);
  console.log(`pull latency (one client alone): ${latencyLine(run.soloLog.samples, 'pull')}`);

  console.log('\n— Fault —');
  const problems: string[] = [];
  if (t.killMs === null || t.readyMs === null) problems.push('the server was never killed');
  else {
    const resumed = clients.map((c) => c.syncedAtMs.find((at) => at > t.readyMs!));
    const resumedMs = Math.max(...resumed.map((at) => (at ?? t.readyMs!) - t.readyMs!));
    console.log(
      `SIGKILL with ${t.pushesInFlightAtKill} push requests in flight, ${t.appliedAtKill.toLocaleString('en')} changes in the feed; restarted and answering after ${seconds(outageMs)}`,
    );
    console.log(
      `failed calls during the outage: ${failedCalls(log.samples, t.killMs, t.readyMs)} (all run: ${failedCalls(log.samples)}; failed syncs retried: ${clients.reduce((n, c) => n + c.failedSyncs, 0)})`,
    );
    const timedOut = log.samples.filter((s) => s.timedOut).length;
    console.log(`calls that ran into the client's own 20 s timeout (whole run): ${timedOut}`);
    console.log(
      `after the restart: every client synced again within ${seconds(resumedMs)}; fixed point ${seconds(t.convergedMs - t.readyMs)} after the restart (${t.fixedPointRounds} final rounds)`,
    );
  }

  console.log('\n— Checks —');
  const counts = await countApplied(run.db, everyone);
  const sum = (k: keyof (typeof counts)[number]) => counts.reduce((n, c) => n + c[k], 0);
  const wrong = counts.filter((c) => c.applied !== c.made || c.lost || c.duplicated || c.foreign);
  console.log(
    `changes made ${sum('made')}, applied ${sum('applied')}: lost ${sum('lost')}, duplicated ${sum('duplicated')}, foreign ${sum('foreign')}; clients off: ${wrong.length}`,
  );
  if (wrong.length > 0)
    problems.push(`${wrong.length} clients' changes were not applied exactly once`);
  const mismatched = await feedMismatches(run.db);
  console.log(`records whose rev differs from their changes in the feed: ${mismatched}`);
  if (mismatched > 0) problems.push(`${mismatched} records disagree with the change feed`);
  const conflicts = everyone.reduce((n, c) => n + c.store.conflicts.size, 0);
  const rejected = everyone.reduce((n, c) => n + c.store.rejected().length, 0);
  const pending = everyone.reduce((n, c) => n + c.store.pendingCount(), 0);
  const disorder = everyone.reduce((n, c) => n + c.store.seqOrderViolations, 0);
  console.log(
    `conflicts ${conflicts}, refusals ${rejected}, still pending ${pending}, pulled out of seq order ${disorder}`,
  );
  if (conflicts + rejected + pending + disorder > 0)
    problems.push('conflicts, refusals, pending changes or out-of-order pulls where none may be');

  const server = await serverDigest(run.db);
  const creates = everyone.reduce((n, c) => n + c.creates, 0);
  console.log(
    `server state: ${server.live} records + ${server.tombstones} tombstones (${creates} created), sha256 ${server.sha256}`,
  );
  if (server.live + server.tombstones !== creates)
    problems.push('the server holds another number of records than were created');
  const differ = everyone.filter((c) => clientDigest(c.store).sha256 !== server.sha256);
  console.log(
    `clients whose final state has the same checksum: ${everyone.length - differ.length} of ${everyone.length}`,
  );
  if (differ.length > 0)
    problems.push(
      `${differ.length} clients differ from the server (${differ
        .slice(0, 3)
        .map((c) => c.username)
        .join(', ')}…)`,
    );

  for (const p of problems) console.log(`FAIL: ${p}`);
  console.log(
    problems.length === 0 ? '\nAll checks passed.' : `\n${problems.length} checks failed.`,
  );
  return problems.length === 0;
}
