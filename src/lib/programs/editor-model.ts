import { normaliseWords } from '../import/values';
import { CUSTOM_PALETTE } from './custom-palette';
import { PROGRAM_FORMAT, PROGRAM_FORMAT_VERSION, type ProgramDefinition } from './definition';
import type { DraftField, ProgramDraft } from './draft-from-table';

type Archetype = ProgramDefinition['archetype'];
type Privacy = ProgramDefinition['privacy'];
type Component = ProgramDefinition['index'][number];
type Names = { id: string; en: string };

/** What the definition editor holds: a draft's fields and the user's choices. */
export interface EditorForm {
  /** Fixed once saved (records and weights are keyed by it); proposed from `names.id` before. */
  id: string;
  names: Names;
  archetype: Archetype;
  privacy: Privacy;
  radiusM: number;
  radiusSource: Names;
  color: [number, number, number];
  fields: DraftField[];
  /** Status field key and its active value keys; ignored without a status field. */
  active: { field: string; values: string[] } | null;
  /** Kept as they were when an existing definition is edited (weights may have been tuned). */
  index?: Component[];
  description?: Names;
}

/** Catchment radius limits a definition may ask for (definition.ts), metres. */
export const RADIUS_LIMITS_M = { min: 25, max: 5000 } as const;
/** A programme id: a letter, then letters, digits or `_`; 2–32 characters. */
const MAX_ID = 32;

/**
 * A programme id from its Indonesian name ("Puskesmas Kota" → `puskesmas_kota`), not one in
 * `taken` (shipped, other users' programmes, deleted ones that can still be brought back):
 * `_2`, `_3`… is added until it is free.
 */
export function programIdFrom(nameId: string, taken: ReadonlySet<string>): string {
  let base = normaliseWords(nameId).replace(/ /g, '_').slice(0, MAX_ID).replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = `program_${base}`.slice(0, MAX_ID).replace(/_+$/, '');
  if (base.length < 2) base = 'program';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, MAX_ID - 1 - String(n).length)}_${n}`;
  return id;
}

/**
 * The one index component a new programme starts with, id `<programId>_<metric>` (cut to the 40
 * characters a key may have): a site's covered area (weight 1); an activity's amount per resident
 * when it has a rupiah field, else its count per 10,000 residents; a personal service's distinct
 * persons per 1,000 on its person field.
 */
export function defaultIndex(
  programId: string,
  names: Names,
  archetype: Archetype,
  fields: readonly ProgramDefinition['fields'][number][],
): Component[] {
  const make = (metric: Component['metric'], n: Names, field?: string): Component[] => [
    {
      id: `${programId}_${metric}`.slice(0, 40).replace(/_+$/, ''),
      names: n,
      metric,
      ...(field === undefined ? {} : { field }),
      weight: 1,
    },
  ];
  if (archetype === 'site')
    return make('covered_pct', { id: `Jangkauan ${names.id}`, en: `${names.en} catchment` });
  if (archetype === 'activity') {
    const rupiah = fields.find((f) => f.kind === 'rupiah');
    return rupiah
      ? make(
          'amount_per_resident',
          {
            id: `${rupiah.names.id} ${names.id} per warga`,
            en: `${names.en} ${rupiah.names.en} per resident`,
          },
          rupiah.key,
        )
      : make('count_per_10k', {
          id: `${names.id} per 10.000 warga`,
          en: `${names.en} per 10,000 residents`,
        });
  }
  const person = personCandidate(fields);
  return make(
    'persons_per_1k',
    { id: `Warga dilayani ${names.id} per 1.000`, en: `${names.en} persons per 1,000 residents` },
    person?.key,
  );
}

const PERSON_WORDS = [
  'pasien',
  'patient',
  'nik',
  'penerima',
  'klien',
  'sasaran',
  'peminjam',
  'nama',
];

/** The text field that names the person a personal service serves. */
function personCandidate(fields: readonly ProgramDefinition['fields'][number][]) {
  const texts = fields.filter((f) => f.kind === 'text');
  const words = (f: (typeof texts)[number]) =>
    ` ${normaliseWords([f.key, ...(f.columns ?? [])].join(' ').replace(/_/g, ' '))} `;
  return texts.find((f) => PERSON_WORDS.some((w) => words(f).includes(` ${w} `))) ?? texts[0];
}

/**
 * The stored components an edit keeps: those whose metric and field still fit the programme
 * (another archetype or a removed field drop them); null when none is left, for the default.
 */
function keptIndex(
  form: EditorForm,
  fields: readonly ProgramDefinition['fields'][number][],
): Component[] | null {
  const kinds = new Map(fields.map((f) => [f.key, f.kind]));
  const fits = (c: Component) =>
    c.metric === 'covered_pct'
      ? form.archetype === 'site'
      : c.metric === 'amount_per_resident'
        ? kinds.get(c.field ?? '') === 'rupiah'
        : c.metric === 'persons_per_1k'
          ? kinds.has(c.field ?? '')
          : true;
  const kept = (form.index ?? []).filter(fits);
  return kept.length > 0 ? kept : null;
}

/** Changes a field's kind: a category or status lists the file's values, other kinds none. */
export function setFieldKind(draft: DraftField, kind: ProgramDefinition['fields'][number]['kind']) {
  draft.field.kind = kind;
  if (kind === 'category' || kind === 'status')
    draft.field.values = draft.field.values ?? structuredClone(draft.options ?? []);
  else delete draft.field.values;
}

/** A new form from a file's draft: names empty for the user, privacy and colour proposed. */
export function formFromDraft(draft: ProgramDraft, usedColors: readonly number[][]): EditorForm {
  const free = CUSTOM_PALETTE.find((c) => !usedColors.some((u) => u.join() === c.rgb.join()));
  return {
    id: '',
    names: { id: '', en: '' },
    archetype: draft.archetype,
    privacy: draft.archetype === 'personal' ? 'personal' : 'public_points',
    radiusM: 500,
    radiusSource: { id: '', en: '' },
    color: [...(free ?? CUSTOM_PALETTE[0]).rgb],
    fields: draft.fields,
    active: draft.active ?? null,
  };
}

/** The form of a stored definition, to edit it: every field included, its columns kept. */
export function formFromDefinition(d: ProgramDefinition): EditorForm {
  return {
    id: d.id,
    names: { ...d.names },
    archetype: d.archetype,
    privacy: d.privacy,
    radiusM: d.radius?.defaultM ?? 500,
    radiusSource: { ...(d.radius?.source ?? { id: '', en: '' }) },
    color: [...d.color],
    fields: d.fields.map((f) => ({
      column: f.columns?.[0] ?? f.names.id,
      include: true,
      field: structuredClone(f),
      filled: 0,
      distinct: f.values?.length ?? 0,
      ...(f.values ? { options: structuredClone(f.values) } : {}),
    })),
    active: d.active ? { field: d.active.field, values: [...d.active.values] } : null,
    index: structuredClone(d.index),
    ...(d.description ? { description: { ...d.description } } : {}),
  };
}

/**
 * The definition the form describes, for `saveCustomProgram` to check (it is not trusted here):
 * included fields only; radius for a site; the personal class forced for a personal service;
 * the active rule only while its status field is included; the stored index components when
 * editing, else the default one. Text is trimmed.
 */
export function definitionFromForm(form: EditorForm): unknown {
  const trim = (n: Names) => ({ id: n.id.trim(), en: n.en.trim() });
  const fields = form.fields.filter((f) => f.include).map((f) => f.field);
  const names = trim(form.names);
  const status = form.active ? fields.find((f) => f.key === form.active?.field) : undefined;
  const active =
    status?.kind === 'status' && form.active && form.active.values.length > 0
      ? {
          field: status.key,
          values: form.active.values.filter((v) => status.values?.some((x) => x.key === v)),
        }
      : undefined;
  const privacy = form.archetype === 'personal' ? 'personal' : form.privacy;
  return {
    format: PROGRAM_FORMAT,
    version: PROGRAM_FORMAT_VERSION,
    id: form.id,
    origin: 'custom',
    names,
    ...(form.description ? { description: trim(form.description) } : {}),
    archetype: form.archetype,
    privacy,
    fields: fields.map((f) => ({ ...f, names: trim(f.names) })),
    ...(active ? { active } : {}),
    ...(form.archetype === 'site'
      ? { radius: { defaultM: form.radiusM, source: trim(form.radiusSource) } }
      : {}),
    index: keptIndex(form, fields) ?? defaultIndex(form.id, names, form.archetype, fields),
    color: form.color,
  };
}
