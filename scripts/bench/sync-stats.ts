import type { CallSample } from './sync-node-http.ts';

/** Nearest-rank percentile of `values` (any order), ms; NaN when empty. */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (v: number): string => (Number.isNaN(v) ? '–' : `${Math.round(v)} ms`);

/** "n calls, p50 …, p95 …, max …" of the answered calls of one kind. */
export function latencyLine(samples: readonly CallSample[], kind: CallSample['kind']): string {
  const answered = samples.filter((s) => s.kind === kind && s.status >= 200 && s.status < 300);
  const d = answered.map((s) => s.endMs - s.startMs);
  return `${answered.length} answered, p50 ${ms(percentile(d, 50))}, p95 ${ms(percentile(d, 95))}, max ${ms(d.length ? d.reduce((a, b) => Math.max(a, b)) : NaN)}`;
}

/** Calls that got no usable answer (no answer at all, or 5xx), in [fromMs, toMs] if given. */
export function failedCalls(
  samples: readonly CallSample[],
  fromMs = -Infinity,
  toMs = Infinity,
): number {
  return samples.filter(
    (s) => (s.status === 0 || s.status >= 500) && s.endMs >= fromMs && s.startMs <= toMs,
  ).length;
}

export const seconds = (v: number): string => `${(v / 1000).toFixed(2)} s`;

export const perSecond = (count: number, durationMs: number): string =>
  `${Math.round(count / (durationMs / 1000)).toLocaleString('en')} changes/s`;
