/** The sync messages of contract v1 (api-contract-12.md), as the server reads and answers them. */
export interface Change {
  changeId: string;
  target: string;
  recordId: string;
  /** The record's rev the client changed; 0 = a create. */
  baseRev: number;
  op: 'upsert' | 'delete';
  record: Record<string, unknown> | null;
  /** ISO 8601: when the change was made (offline, possibly long before the push). */
  at: string;
  by: string;
}

export interface ServerVersion {
  rev: number;
  op: 'upsert' | 'delete';
  record: Record<string, unknown> | null;
  by: string;
  at: string;
}

export interface Result {
  changeId: string;
  status: 'applied' | 'duplicate' | 'conflict' | 'rejected';
  rev?: number;
  seq?: number;
  server?: ServerVersion;
  reason?: string;
}

export interface PulledChange {
  seq: number;
  target: string;
  recordId: string;
  rev: number;
  op: 'upsert' | 'delete';
  record: Record<string, unknown> | null;
  at: string;
  by: string;
}
