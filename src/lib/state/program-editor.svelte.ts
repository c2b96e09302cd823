import { checkProgramDefinition, type ProgramDefinition } from '../programs/definition';
import { i18n } from '../i18n/i18n.svelte';
import type { ImportMessage } from '../import/types';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import {
  definitionFromForm,
  formFromDefinition,
  formFromDraft,
  programIdFrom,
  type EditorForm,
} from '../programs/editor-model';
import { editImpact, type EditImpact } from '../programs/edit-impact';
import type { ProgramDraft } from '../programs/draft-from-table';
import { importer } from './import.svelte';
import { records } from './records.svelte';

type Phase = 'idle' | 'reading' | 'editing' | 'saving' | 'saved' | 'failed';

/**
 * The programme editor: a new programme drafted from a file's columns, or one of the user's own
 * opened again. Saving goes through the same checks as every other way in (`saveCustomProgram`);
 * after a new one is saved the same file can be imported into it straight away.
 */
class ProgramEditorState {
  phase = $state<Phase>('idle');
  mode = $state<'new' | 'edit'>('new');
  form = $state<EditorForm | null>(null);
  /** The file a new programme was drafted from (kept to import it afterwards). */
  file = $state.raw<File | null>(null);
  location = $state.raw<ProgramDraft['location']>([]);
  geometry = $state(false);
  fileMessages = $state.raw<ImportMessage[]>([]);
  /** The checker's problems of the last save, as it wrote them (the form words them). */
  problems = $state.raw<string[]>([]);
  /** What saving an edit does to stored records; set before such a save, confirmed by a second. */
  impact = $state.raw<EditImpact | null>(null);
  saved = $state.raw<ProgramDefinition | null>(null);
  error = $state<string | null>(null);
  private before: ProgramDefinition | null = null;

  /** Ids a new programme may not take: shipped, the user's own, deleted ones that can return. */
  takenIds(): Set<string> {
    const deleted = records.batches
      .filter((b) => b.kind === 'program-deleted' && b.undone !== true)
      .map((b) => b.program);
    return new Set([
      ...SHIPPED_PROGRAMS.map((p) => p.id),
      ...records.customPrograms.map((p) => p.id),
      ...deleted,
    ]);
  }

  async draftFrom(file: File): Promise<void> {
    this.reset();
    this.mode = 'new';
    this.phase = 'reading';
    this.file = file;
    try {
      const result = await importer.draftProgram(file);
      this.fileMessages = result.fileMessages;
      if (!result.ok) {
        this.phase = 'failed';
        return;
      }
      const used = [...SHIPPED_PROGRAMS, ...records.customPrograms].map((p) => [...p.color]);
      this.form = formFromDraft(result.draft, used);
      this.location = result.draft.location;
      this.geometry = result.draft.geometry;
      this.phase = 'editing';
    } catch (error) {
      this.fail(error);
    }
  }

  edit(definition: ProgramDefinition): void {
    this.reset();
    this.mode = 'edit';
    this.before = definition;
    this.form = formFromDefinition(definition);
    this.phase = 'editing';
  }

  /** The Indonesian name changed: a new programme's id follows it (a saved one's never does). */
  renamed(): void {
    if (this.mode === 'new' && this.form)
      this.form.id = programIdFrom(this.form.names.id, this.takenIds());
  }

  async save(): Promise<void> {
    const form = this.form;
    if (!form) return;
    const input = definitionFromForm($state.snapshot(form) as EditorForm);
    this.problems = [];
    try {
      if (this.mode === 'edit' && this.before && this.impact === null) {
        const impact = await this.impactOf(input);
        if (impact) {
          // Said first; the second press of "save anyway" saves.
          this.impact = impact;
          return;
        }
      }
      this.phase = 'saving';
      this.saved = await records.saveProgram(input);
      this.impact = null;
      this.phase = 'saved';
    } catch (error) {
      const problems = (error as { problems?: unknown }).problems;
      if (Array.isArray(problems)) {
        this.problems = problems.map(String);
        this.phase = 'editing';
      } else this.fail(error);
    }
  }

  /** Imports the file a new programme was drafted from into it. */
  async importFile(): Promise<void> {
    const { file, saved } = this;
    if (!file || !saved) return;
    this.close();
    await importer.readInto(file, saved.id);
  }

  close(): void {
    this.reset();
    this.phase = 'idle';
  }

  private async impactOf(input: unknown): Promise<EditImpact | null> {
    const before = this.before;
    const checked = checkProgramDefinition(input);
    if (!before || !checked.ok) return null;
    const stored = await records.definedRecords(before.id);
    const impact = editImpact(before, checked.definition, stored, i18n.locale);
    return impact.removedFields.length + impact.droppedValues.length > 0 ? impact : null;
  }

  private reset(): void {
    this.form = null;
    this.file = null;
    this.location = [];
    this.geometry = false;
    this.fileMessages = [];
    this.problems = [];
    this.impact = null;
    this.saved = null;
    this.error = null;
    this.before = null;
  }

  private fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    this.phase = 'failed';
  }
}

export const programEditor = new ProgramEditorState();
