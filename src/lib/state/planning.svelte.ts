import { untrack } from 'svelte';
import { sharedCoverageClient, type CoverageClient } from '../worker/coverage-client';
import type {
  CandidateSource,
  PlanFigures,
  PlanRanks,
  PlanRequest,
  Suggestion,
} from '../planning/plan-types';
import {
  isPlanningPlace,
  MAX_SCENARIO_SITES,
  nextSiteId,
  type Scenario,
  type ScenarioSite,
} from '../planning/scenario';
import type { LinkedScenario } from '../planning/scenario-url';
import { coverage } from './coverage.svelte';
import { records } from './records.svelte';
import { mapEntry } from './map-entry.svelte';

/** Index and ranks wait for a pause in the edits: one full computation, not one per drag step. */
const RANKS_DELAY_MS = 250;

/**
 * The planning tab (issue 13): one what-if scenario being edited — hypothetical sites of one site
 * programme, real ones closed — its figures from the worker, suggestions, and the saved
 * scenarios. Hypothetical sites never become records.
 */
class PlanningState {
  target = $state('bank_sampah');
  radiusM = $state(500);
  added = $state<ScenarioSite[]>([]);
  removed = $state<string[]>([]);
  name = $state('');
  /** The saved scenario being edited, null for a new one. */
  scenarioId = $state<string | null>(null);
  /** A tap on the map adds a site while this is on. */
  placing = $state(false);
  figures = $state.raw<PlanFigures | null>(null);
  /** The scenario the figures were computed for (`keyOf`): equal to `requestKey` once current. */
  figuresKey = $state('');
  ranks = $state.raw<PlanRanks | null>(null);
  suggestion = $state.raw<Suggestion | null>(null);
  suggesting = $state(false);
  saved = $state.raw<Scenario[]>([]);
  error = $state<string | null>(null);
  /** The last place given was refused (outside Kota Kediri, or past the site limit). */
  refused = $state(false);
  /** Whether the edits since the last save are unsaved. */
  dirty = $state(false);

  private client: CoverageClient | null = null;
  private ranksTimer: ReturnType<typeof setTimeout> | null = null;

  /** The scenario as the worker needs it, with the explorer's current options. */
  request = $derived<PlanRequest>({
    recordsVersion: records.version,
    target: this.target,
    radiusM: this.radiusM,
    added: this.added.map(({ id, lng, lat }) => ({ id, lng, lat })),
    removed: [...this.removed],
    options: coverage.options,
  });

  /** The scenario being edited, as a key: the figures are current when `figuresKey` equals it. */
  requestKey = $derived(keyOf(this.request));

  /**
   * Keeps the figures current while the planning tab is open: every change of the scenario or of
   * the records asks the worker (newest wins), the index and ranks after a pause. Returns the stop.
   */
  start(): () => void {
    this.client ??= sharedCoverageClient();
    return $effect.root(() => {
      // The saved scenarios once the database is open (a link can open the tab before that).
      $effect(() => {
        if (records.status === 'ready') void untrack(() => this.refreshSaved());
      });
      $effect(() => {
        if (records.status !== 'ready') return;
        const request = $state.snapshot(this.request) as PlanRequest;
        void this.updateFigures(request);
        if (this.ranksTimer) clearTimeout(this.ranksTimer);
        this.ranksTimer = setTimeout(() => void this.updateRanks(request), RANKS_DELAY_MS);
      });
      // While placing, a tap on the map is a new site (not a kelurahan choice).
      $effect(() => {
        mapEntry.onPlace = this.placing ? (lngLat) => this.addSite(lngLat) : null;
        return () => {
          mapEntry.onPlace = null;
        };
      });
    });
  }

  setTarget(target: string, radiusM: number): void {
    if (target === this.target) return;
    this.target = target;
    this.radiusM = radiusM;
    this.added = [];
    this.removed = [];
    this.suggestion = null;
    this.dirty = true;
  }

  setRadius(metres: number): void {
    this.radiusM = metres;
    this.suggestion = null;
    this.dirty = true;
  }

  /** Adds a hypothetical site; a place outside Kota Kediri or past the limit is refused. */
  addSite([lng, lat]: [number, number], origin: ScenarioSite['origin'] = 'manual'): boolean {
    this.refused = !isPlanningPlace(lng, lat) || this.added.length >= MAX_SCENARIO_SITES;
    if (this.refused) return false;
    this.added = [...this.added, { id: nextSiteId(this.added), lng, lat, origin }];
    this.dirty = true;
    return true;
  }

  moveSite(id: string, [lng, lat]: [number, number]): void {
    if (!isPlanningPlace(lng, lat)) return;
    this.added = this.added.map((s) => (s.id === id ? { ...s, lng, lat } : s));
    this.dirty = true;
  }

  removeSite(id: string): void {
    this.added = this.added.filter((s) => s.id !== id);
    this.dirty = true;
  }

  /** Closes (or reopens) a real site in the scenario. */
  toggleReal(id: string): void {
    this.removed = this.removed.includes(id)
      ? this.removed.filter((r) => r !== id)
      : [...this.removed, id];
    this.dirty = true;
  }

  async suggest(k: number, candidates: CandidateSource): Promise<void> {
    this.client ??= sharedCoverageClient();
    this.suggesting = true;
    this.error = null;
    try {
      const request = { ...($state.snapshot(this.request) as PlanRequest), k, candidates };
      const answer = await this.client.suggestSites(request);
      if (answer.status === 'ok') this.suggestion = answer.value;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.suggesting = false;
    }
  }

  /** The suggested sites join the scenario (marked as suggested); the suggestion closes. */
  acceptSuggestion(): void {
    for (const s of this.suggestion?.sites ?? []) this.addSite([s.lng, s.lat], 'suggested');
    this.suggestion = null;
  }

  /** Starts a new, empty scenario of the same programme. */
  reset(): void {
    this.added = [];
    this.removed = [];
    this.name = '';
    this.scenarioId = null;
    this.suggestion = null;
    this.dirty = false;
  }

  /** Opens a scenario from a link (sites only; it is saved when the planner saves it). */
  openLinked(linked: LinkedScenario): void {
    this.reset();
    this.target = linked.target;
    this.radiusM = linked.radiusM;
    this.added = linked.sites;
    this.dirty = linked.sites.length > 0;
  }

  open(scenario: Scenario): void {
    this.target = scenario.target;
    this.radiusM = scenario.radiusM;
    this.added = scenario.added.map((s) => ({ ...s }));
    this.removed = [...scenario.removed];
    this.name = scenario.name;
    this.scenarioId = scenario.id;
    this.suggestion = null;
    this.dirty = false;
  }

  /** The scenario being edited as it would be saved. */
  current(now = new Date().toISOString()): Scenario {
    const existing = this.saved.find((s) => s.id === this.scenarioId);
    return {
      id: this.scenarioId ?? `sc-${crypto.randomUUID()}`,
      name: this.name.trim(),
      target: this.target,
      radiusM: this.radiusM,
      added: $state.snapshot(this.added),
      removed: [...this.removed],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
  }

  async save(): Promise<void> {
    const scenario = this.current();
    await records.saveScenario(scenario);
    this.scenarioId = scenario.id;
    this.dirty = false;
    await this.refreshSaved();
  }

  async deleteSaved(id: string): Promise<void> {
    await records.deleteScenario(id);
    if (this.scenarioId === id) this.scenarioId = null;
    await this.refreshSaved();
  }

  async refreshSaved(): Promise<void> {
    this.saved = await records.listScenarios();
  }

  /** Figures of a saved scenario, for the side-by-side comparison (its own worker request). */
  async figuresOf(s: Scenario): Promise<PlanFigures | null> {
    this.client ??= sharedCoverageClient();
    const answer = await this.client.planFigures(
      {
        ...($state.snapshot(this.request) as PlanRequest),
        target: s.target,
        radiusM: s.radiusM,
        added: s.added,
        removed: s.removed,
      },
      `compare:${s.id}`,
    );
    return answer.status === 'ok' ? answer.value : null;
  }

  private async updateFigures(request: PlanRequest): Promise<void> {
    try {
      const answer = await this.client!.planFigures(request);
      if (answer.status === 'ok') {
        this.figures = answer.value;
        this.figuresKey = keyOf(request);
        this.error = null;
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private async updateRanks(request: PlanRequest): Promise<void> {
    try {
      const answer = await this.client!.planRanks(request);
      if (answer.status === 'ok') this.ranks = answer.value;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}

/** What decides a scenario's figures (the options aside): programme, radius, sites, closures. */
function keyOf(r: PlanRequest): string {
  return JSON.stringify([r.recordsVersion, r.target, r.radiusM, r.added, r.removed]);
}

export const planning = new PlanningState();
