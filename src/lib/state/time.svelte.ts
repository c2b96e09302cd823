import { monthFilters, monthIndexOf, monthSpanOf } from '../explore/time-window';
import { coverage } from './coverage.svelte';
import { records } from './records.svelte';

/** A month per step; slower when the user prefers reduced motion. */
const STEP_MS = 1500;
const STEP_MS_REDUCED = 4000;

/**
 * The time slider. Its position is not stored: it is read from the filters (a month is shown when
 * the Home Care dates are exactly that month and the Prodamas year is its year), so the slider,
 * the filter fields and the URL can never disagree. Playing is a timer: the outside world.
 */
class TimeState {
  /** The months the data spans, or null with no dated record. */
  span = $derived(monthSpanOf(records.homeCare, records.prodamas));
  /** 0..span.count-1 when the filters show one month; null otherwise. */
  index = $derived(this.span ? monthIndexOf(this.span, coverage.filters) : null);
  playing = $state(false);

  private timer: ReturnType<typeof setInterval> | undefined;

  /** Shows month `index` of the span (clamped). */
  setIndex(index: number): void {
    if (!this.span) return;
    const clamped = Math.min(Math.max(Math.round(index), 0), this.span.count - 1);
    coverage.setFilters(monthFilters(this.span, clamped));
  }

  /** Back to all dates and years. */
  clear(): void {
    this.pause();
    coverage.setFilters({ homeCareFrom: null, homeCareTo: null, prodamasYear: null });
  }

  play(): void {
    if (!this.span || this.playing) return;
    // From the start when no month is shown or the last one is.
    if (this.index === null || this.index >= this.span.count - 1) this.setIndex(0);
    this.playing = true;
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.timer = setInterval(() => this.step(), reduced ? STEP_MS_REDUCED : STEP_MS);
  }

  pause(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.playing = false;
  }

  private step(): void {
    // Wait for the worker: a step it has not drawn yet would never be seen.
    if (coverage.computing) return;
    if (!this.span || this.index === null || this.index >= this.span.count - 1) {
      this.pause();
      return;
    }
    this.setIndex(this.index + 1);
  }
}

export const time = new TimeState();
