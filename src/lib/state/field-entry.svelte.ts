import type { ProgramDefinition } from '../programs/definition';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import type { EntryPlace, EntryResult } from '../field/entry-check';
import { recordToEntry } from '../field/entry-record';
import { newEntryValues } from '../field/entry-form';
import type { RecordHit } from '../map/record-types';
import type { RecordInput, StoredRecord } from '../model/revision';
import { importer } from './import.svelte';
import { records } from './records.svelte';
import { mapEntry } from './map-entry.svelte';

/** GPS fixes worse than this are warned about (issue 11: a 50 m error can cross an RT). */
export const GPS_WARN_M = 50;

/** What the entry sheet shows: a new record, one record, its history, or several at once. */
type EntryMode =
  | { kind: 'add' }
  | { kind: 'view'; target: string; record: StoredRecord }
  | { kind: 'edit'; target: string; record: StoredRecord }
  | { kind: 'history'; target: string; record: StoredRecord }
  | { kind: 'bulk'; kode: string };

type GpsState =
  | { status: 'idle' }
  | { status: 'asking' }
  | { status: 'fixed'; accuracyM: number }
  | { status: 'failed'; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

/** The half-filled form as it is kept in the database (survives the tab being closed). */
interface Draft {
  programId: string;
  values: Record<string, string>;
  place: EntryPlace;
}

const emptyPlace = (): EntryPlace => ({ kode: null, rw: '', rt: '', lng: null, lat: null });

/** The definition behind a programme id: shipped (built-ins, presets) or the user's own. */
export function definitionOf(id: string): ProgramDefinition | undefined {
  return (
    SHIPPED_PROGRAMS.find((p) => p.id === id) ?? records.customPrograms.find((p) => p.id === id)
  );
}

/** Which stored target a tooltip/click hit's record lives in. */
export function targetOfHit(hit: RecordHit): string {
  return hit.program === 'defined' ? hit.definition.id : hit.program;
}

/**
 * The field-entry sheet: which record is being added or changed, the form's values and place,
 * and the checks the import worker ran on them. The checks are the import's own (entry-check.ts),
 * so a form says exactly what an import of the same row would say. Writes go through the records
 * state, which reloads, so the map, the figures and the ranking follow every change.
 */
class FieldEntryState {
  mode = $state.raw<EntryMode | null>(null);
  programId = $state('bank_sampah');
  values = $state<Record<string, string>>({});
  place = $state<EntryPlace>(emptyPlace());
  /** The user said to keep the chosen kelurahan although the point lies in another one. */
  confirmOther = $state(false);
  /** A tap on the map sets the place while true. */
  placing = $state(false);
  gps = $state<GpsState>({ status: 'idle' });
  result = $state.raw<EntryResult | null>(null);
  saving = $state(false);
  /** A draft kept from a form the tab was closed on, put back into the next add form. */
  restoredDraft = $state(false);
  /** Set after a save: what was saved, for the status line. */
  savedNote = $state<string | null>(null);

  private checkSeq = 0;
  private draftTimer: ReturnType<typeof setTimeout> | null = null;

  get definition(): ProgramDefinition | undefined {
    return definitionOf(this.programId);
  }

  /** Opens an empty add form, or the draft the last one left behind. */
  async openAdd(): Promise<void> {
    this.reset();
    const draft = (await records.loadFormDraft()) as Draft | null;
    if (draft && definitionOf(draft.programId)) {
      this.programId = draft.programId;
      this.values = { ...draft.values };
      this.place = { ...emptyPlace(), ...draft.place };
      this.restoredDraft = true;
    } else {
      const definition = this.definition;
      this.values = definition ? newEntryValues(definition) : {};
    }
    this.mode = { kind: 'add' };
    this.placing = true;
    void this.check();
  }

  /** The record behind a point the user clicked: its card, with the actions on it. */
  openRecord(target: string, record: RecordInput): void {
    this.reset();
    this.mode = { kind: 'view', target, record: record as StoredRecord };
  }

  openEdit(target: string, record: StoredRecord): void {
    const definition = definitionOf(target);
    if (!definition) return;
    this.reset();
    const entry = recordToEntry(definition, record as never);
    this.programId = target;
    this.values = entry.values;
    this.place = { ...emptyPlace(), ...entry.place };
    this.mode = { kind: 'edit', target, record };
    const { lng, lat } = this.place;
    if (lng !== null && lat !== null) mapEntry.focus = { lngLat: [lng, lat] };
    void this.check();
  }

  openHistory(target: string, record: StoredRecord): void {
    this.reset();
    this.mode = { kind: 'history', target, record };
  }

  /** Several records of one kelurahan at once (e.g. set the status of a selection). */
  openBulk(kode: string): void {
    this.reset();
    this.mode = { kind: 'bulk', kode };
  }

  close(): void {
    this.reset();
    this.mode = null;
  }

  chooseProgram(id: string): void {
    this.programId = id;
    const definition = this.definition;
    this.values = definition ? newEntryValues(definition) : {};
    this.changed();
  }

  setValue(key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
    this.changed();
  }

  setPlace(patch: Partial<EntryPlace>): void {
    this.place = { ...this.place, ...patch };
    if (patch.kode !== undefined) this.confirmOther = false;
    this.changed();
  }

  /** A tap on the map or the end of a marker drag; drops any GPS accuracy (a hand-placed point). */
  setPoint(lngLat: [number, number]): void {
    this.gps = { status: 'idle' };
    this.setPlace({ lng: round(lngLat[0]), lat: round(lngLat[1]), accuracyM: null });
  }

  keepOtherKelurahan(): void {
    this.confirmOther = true;
    void this.check();
  }

  /** "Use my location": one GPS fix, its accuracy shown and checked like any other place. */
  useMyLocation(): void {
    if (!('geolocation' in navigator)) {
      this.gps = { status: 'failed', reason: 'unsupported' };
      return;
    }
    this.gps = { status: 'asking' };
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { longitude, latitude, accuracy } = position.coords;
        this.gps = { status: 'fixed', accuracyM: accuracy };
        this.setPlace({ lng: round(longitude), lat: round(latitude), accuracyM: accuracy });
      },
      (error) => {
        const reason =
          error.code === error.PERMISSION_DENIED
            ? 'denied'
            : error.code === error.TIMEOUT
              ? 'timeout'
              : 'unavailable';
        this.gps = { status: 'failed', reason };
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  }

  /** Runs the import's checks on the form in the import worker; the newest answer wins. */
  async check(): Promise<EntryResult | null> {
    const definition = this.definition;
    if (!definition || this.mode === null) return null;
    const seq = ++this.checkSeq;
    const place = { ...$state.snapshot(this.place), confirmOtherKelurahan: this.confirmOther };
    const result = await importer
      .worker()
      .checkEntry(definition.id, $state.snapshot(this.values), place);
    if (seq !== this.checkSeq) return null;
    this.result = result;
    return result;
  }

  /** Checks once more and, when nothing is wrong, writes the record (new or changed). */
  async save(): Promise<boolean> {
    const mode = this.mode;
    if (mode === null || (mode.kind !== 'add' && mode.kind !== 'edit')) return false;
    this.saving = true;
    try {
      const result = await this.check();
      if (!result?.ok || !result.record) return false;
      if (mode.kind === 'add') {
        await records.addFieldRecord(this.programId, result.record);
        await records.clearFormDraft();
        const program = this.programId;
        this.reset();
        this.programId = program;
        const definition = this.definition;
        this.values = definition ? newEntryValues(definition) : {};
        this.mode = { kind: 'add' };
        this.placing = true;
      } else {
        await records.updateFieldRecords(mode.target, [
          // Storage keeps the stored record's id and provenance whatever the form hands over.
          {
            id: mode.record.id,
            record: { ...result.record, id: mode.record.id, batchId: mode.record.batchId },
          },
        ]);
        const record = await records.findRecord(mode.target, mode.record.id);
        this.reset();
        this.mode = record ? { kind: 'view', target: mode.target, record } : null;
      }
      this.savedNote = mode.kind;
      return true;
    } finally {
      this.saving = false;
    }
  }

  private changed(): void {
    this.savedNote = null;
    void this.check();
    if (this.mode?.kind !== 'add') return;
    // Every keystroke is kept (debounced): a closed tab or a dead battery loses nothing typed.
    if (this.draftTimer) clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      const draft: Draft = {
        programId: this.programId,
        values: $state.snapshot(this.values),
        place: $state.snapshot(this.place),
      };
      void records.saveFormDraft(draft);
    }, 250);
  }

  private reset(): void {
    this.values = {};
    this.place = emptyPlace();
    this.confirmOther = false;
    this.placing = false;
    this.gps = { status: 'idle' };
    this.result = null;
    this.restoredDraft = false;
    this.savedNote = null;
    this.checkSeq++;
  }
}

/** Seven decimals of a degree are about a centimetre: more is noise from the pointer. */
const round = (degrees: number) => Math.round(degrees * 1e7) / 1e7;

export const fieldEntry = new FieldEntryState();
