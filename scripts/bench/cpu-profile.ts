/** The parts of a CDP `Profiler.Profile` the summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = ['(idle)', '(program)', '(root)'];

/**
 * The `top` functions of a CDP CPU profile by self time and by inclusive time (the function and
 * everything it called), as printable lines. A sample's time is the delta to the next sample
 * (µs), summed per function name and source position.
 */
export function summariseProfile(
  profile: CpuProfile,
  top: number,
): { self: string[]; inclusive: string[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const leaf = profile.samples[i];
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + us);
    // Each function once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id))
      seen.add(keyOf(id));
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
  const lines = (m: Map<string, number>) =>
    [...m]
      .filter(([key]) => !IDLE.some((p) => key.startsWith(p)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
  return { self: lines(self), inclusive: lines(inclusive) };
}
