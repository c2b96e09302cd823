import {
  SyncCallError,
  type Change,
  type PulledChange,
  type PullPage,
  type PushResult,
  type ServerVersion,
  type SyncApi,
  type SyncRecord,
} from '../sync/contract';
import { recordKey } from '../sync/outbox';

/**
 * An in-memory team server for the sync tests: the contract's push and pull rules (rev check,
 * idempotent change ids, a seq per applied change), written here from the contract text and not
 * from the browser code, plus the faults a real network makes.
 */
export class FakeSyncServer implements SyncApi {
  readonly current = new Map<string, ServerVersion>();
  readonly log: PulledChange[] = [];
  /** Every change id applied, each once: a double apply shows as a repeat here. */
  readonly appliedIds: string[] = [];
  /** Push requests received (answered or not), each with its changes. */
  readonly pushes: Change[][] = [];
  private readonly results = new Map<string, PushResult>();
  /** The session user: `by` of every applied change. */
  user = 'fasilitator1';
  /** A reason to refuse a change (role, kelurahan), or null to take it. */
  rejects: (c: Change) => string | null = () => null;
  /** Faults: the next push throws before doing anything / after applying (the answer is lost). */
  failNextPush = false;
  dropNextPushAnswer = false;
  failNextPull = false;

  async push(_clientId: string, changes: readonly Change[]): Promise<PushResult[]> {
    this.pushes.push([...changes]);
    if (changes.length > 500) throw new SyncCallError('server', 'over 500', 400);
    if (this.failNextPush) {
      this.failNextPush = false;
      throw new SyncCallError('network', 'connection refused');
    }
    const out = changes.map((c) => this.one(c));
    if (this.dropNextPushAnswer) {
      this.dropNextPushAnswer = false;
      throw new SyncCallError('network', 'connection reset');
    }
    return out;
  }

  private one(c: Change): PushResult {
    const seen = this.results.get(c.changeId);
    if (seen !== undefined) return { ...seen, status: 'duplicate' };
    const key = recordKey(c.target, c.recordId);
    const cur = this.current.get(key);
    let result: PushResult;
    const reason = this.rejects(c);
    if (reason !== null) result = { changeId: c.changeId, status: 'rejected', reason };
    else if (c.baseRev !== (cur?.rev ?? 0))
      result = { changeId: c.changeId, status: 'conflict', server: cur };
    else {
      const { seq, rev } = this.write(c.target, c.recordId, c.op, c.record, this.user);
      this.appliedIds.push(c.changeId);
      result = { changeId: c.changeId, status: 'applied', rev, seq };
    }
    this.results.set(c.changeId, result);
    return result;
  }

  /** Another client's change, written as the server would after its own push. */
  write(
    target: string,
    recordId: string,
    op: 'upsert' | 'delete',
    record: SyncRecord | null,
    by: string,
  ): { seq: number; rev: number } {
    const key = recordKey(target, recordId);
    const rev = (this.current.get(key)?.rev ?? 0) + 1;
    const at = new Date(Date.UTC(2026, 11, 1, 12, 0, this.log.length)).toISOString();
    const stored = op === 'delete' ? null : { ...record, rev };
    this.current.set(key, { rev, op, record: stored, by, at });
    const seq = this.log.length + 1;
    this.log.push({ seq, target, recordId, rev, op, record: stored, at, by });
    return { seq, rev };
  }

  async pull(since: number, limit: number): Promise<PullPage> {
    if (this.failNextPull) {
      this.failNextPull = false;
      throw new SyncCallError('network', 'timed out');
    }
    const after = this.log.filter((c) => c.seq > since);
    const changes = after.slice(0, limit);
    const cursor = changes.length === 0 ? since : changes[changes.length - 1].seq;
    return { changes, cursor, more: after.length > limit };
  }
}
