import { i18n } from '../../lib/i18n/i18n.svelte';

/** A change in percentage points with its sign, in the user's locale (`+1,2 poin`). */
export function signedPoints(pp: number): string {
  // Below 0.05 pp reads as no change: the engine's own error is far smaller, noise is not news.
  const shown = Math.abs(pp) < 0.05 ? 0 : pp;
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '±';
  return i18n.t('plan.change', {
    sign,
    value: i18n.number(Math.abs(shown), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  });
}

/** A record's name for the planning lists: its `name`, a defined record's `nama`/`name`, else its id. */
export function recordName(r: { id: string }): string {
  const named = r as { name?: unknown; values?: Record<string, unknown> };
  const text = named.name ?? named.values?.nama ?? named.values?.name;
  return typeof text === 'string' && text.trim() !== '' ? text : r.id;
}
