import * as v from 'valibot';

/**
 * The sync half of the team-server API contract v1 (/api/sync/push, /api/sync/pull): the types
 * both ends speak, and schemas for every answer the browser reads. A server's answer is foreign
 * input: it is checked here once, then trusted.
 */

/** The target programme definitions sync under (`recordId` = programme id). */
export const PROGRAM_TARGET = '~program';

/** The most changes one push may carry (contract: ≤ 500 per request). */
export const PUSH_LIMIT = 500;
/** The most changes one pull may ask for (contract: limit ≤ 1000). */
export const PULL_LIMIT = 1000;

export type ChangeOp = 'upsert' | 'delete';

/** A stored record or a programme definition: any JSON object. */
export type SyncRecord = { [field: string]: unknown };

export interface Change {
  /** uuid: the idempotency key (a re-sent change answers `duplicate`). */
  changeId: string;
  target: string;
  recordId: string;
  /** The server's rev of the record this change was made on; 0 = a create. */
  baseRev: number;
  op: ChangeOp;
  record: SyncRecord | null;
  /** ISO 8601. */
  at: string;
  by: string;
}

const version = v.object({
  rev: v.number(),
  op: v.picklist(['upsert', 'delete']),
  record: v.nullable(v.record(v.string(), v.unknown())),
  by: v.string(),
  at: v.string(),
});

/** The server's version of a record, as a conflict carries it. */
export type ServerVersion = v.InferOutput<typeof version>;

const result = v.object({
  changeId: v.string(),
  status: v.picklist(['applied', 'duplicate', 'conflict', 'rejected']),
  rev: v.optional(v.number()),
  seq: v.optional(v.number()),
  server: v.optional(version),
  reason: v.optional(v.string()),
});

export type PushResult = v.InferOutput<typeof result>;

export const pushAnswer = v.object({ results: v.array(result) });

const pulled = v.object({
  seq: v.number(),
  target: v.string(),
  recordId: v.string(),
  rev: v.number(),
  op: v.picklist(['upsert', 'delete']),
  record: v.nullable(v.record(v.string(), v.unknown())),
  at: v.string(),
  by: v.string(),
});

export type PulledChange = v.InferOutput<typeof pulled>;

export const pullAnswer = v.object({
  changes: v.array(pulled),
  cursor: v.number(),
  more: v.boolean(),
});

export type PullPage = v.InferOutput<typeof pullAnswer>;

const user = v.object({
  username: v.string(),
  role: v.picklist(['admin', 'planner', 'facilitator', 'health']),
  kelurahan: v.array(v.string()),
});

export type SyncUser = v.InferOutput<typeof user>;

export const sessionAnswer = v.object({ user, csrfToken: v.string() });

/** `POST /api/publish`: the stored figures' id and when they were published. */
export const publishAnswer = v.object({ id: v.number(), at: v.string() });

export type Session = v.InferOutput<typeof sessionAnswer>;

/** `GET /api/session`: the session, or `{"user": null}` when there is none. */
export const sessionProbeAnswer = v.union([sessionAnswer, v.object({ user: v.null() })]);

/** What the engine needs of the server; the HTTP client and the tests' fake both provide it. */
export interface SyncApi {
  push(clientId: string, changes: readonly Change[]): Promise<PushResult[]>;
  pull(since: number, limit: number): Promise<PullPage>;
}

/**
 * Why a call did not get an answer it could use. `network`: no answer at all (offline, DNS,
 * refused, dropped mid-response) — the engine stops quietly and retries later; `auth`: 401/403
 * (signed out, CSRF); `server`: any other refusal or an answer that breaks the contract.
 */
export class SyncCallError extends Error {
  override name = 'SyncCallError';
  constructor(
    readonly kind: 'network' | 'auth' | 'server',
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
