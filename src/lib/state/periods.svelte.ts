import { sharedCoverageClient } from '../worker/coverage-client';
import type { PeriodComparison } from '../coverage/compare-periods';
import { periodText } from '../coverage/periods';
import type { PeriodPair } from '../explore/url-state';
import { changeChoropleth, changeRows } from '../explore/period-change';
import { coverage } from './coverage.svelte';
import { view } from './view.svelte';

/** What the comparison needs to see of the records state. */
interface RecordsSource {
  readonly status: string;
  readonly version: number;
}

const samePair = (x: PeriodPair, y: PeriodPair) =>
  periodText(x.a) === periodText(y.a) && periodText(x.b) === periodText(y.b);

/**
 * Change between two periods (issue 13 §4): which two, both periods' figures from the worker,
 * and the change of the map's metric per kelurahan. The URL mirrors `compare`.
 */
class PeriodsState {
  /** The periods compared (change from `a` to `b`); null: no comparison. */
  compare = $state<PeriodPair | null>(null);
  /** Whether the map fills the kelurahan by the change instead of the metric itself. */
  onMap = $state(true);
  result = $state.raw<PeriodComparison | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);

  /** The answer for the periods asked now (an older answer is not shown under new periods). */
  current = $derived(
    this.compare && this.result && samePair(this.compare, this.result) ? this.result : null,
  );
  /** The change of the map's metric per kelurahan (46 rows: cheap). */
  rows = $derived(
    this.current
      ? changeRows(this.current.resultA.kelurahan, this.current.resultB.kelurahan, view.metric)
      : [],
  );
  choropleth = $derived(this.rows.length > 0 ? changeChoropleth(this.rows, view.metric) : null);
  /** The change colouring when the map shows it, else null (the metric's own classes). */
  mapped = $derived(this.onMap ? this.choropleth : null);

  private stop: (() => void) | null = null;

  /** Keeps the comparison current while one is asked for; returns the stop. */
  start(records: RecordsSource): () => void {
    this.stop?.();
    const stop = $effect.root(() => {
      $effect(() => {
        const pair = this.compare;
        if (!pair || records.status !== 'ready') return;
        void this.run(records.version, $state.snapshot(pair), $state.snapshot(coverage.options));
      });
    });
    this.stop = stop;
    return stop;
  }

  set(pair: PeriodPair | null): void {
    this.compare = pair;
    if (!pair) this.error = null;
  }

  showOnMap(on: boolean): void {
    this.onMap = on;
  }

  private async run(
    version: number,
    pair: PeriodPair,
    options: typeof coverage.options,
  ): Promise<void> {
    this.computing = true;
    try {
      const answer = await sharedCoverageClient().comparePeriods(version, options, pair.a, pair.b);
      if (answer.status === 'ok') {
        this.result = answer.value;
        this.error = null;
        this.computing = false;
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.computing = false;
    }
  }
}

export const periods = new PeriodsState();
