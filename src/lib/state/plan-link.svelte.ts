/**
 * A scenario link (`#plan=<target>:<radius>:<sites>`, planning/scenario-url.ts), taken from the
 * fragment when the page opens — before the view's URL sync rewrites the fragment from the view,
 * which carries no scenario. The planning tab opens and reads it once.
 */
class PlanLink {
  /** The raw `plan` value, until the planning tab has read it. */
  pending = $state<string | null>(readPlanParam(globalThis.location?.hash ?? ''));

  take(): string | null {
    const value = this.pending;
    this.pending = null;
    return value;
  }
}

function readPlanParam(hash: string): string | null {
  try {
    return new URLSearchParams(hash.replace(/^#/, '')).get('plan');
  } catch {
    return null;
  }
}

export const planLink = new PlanLink();
