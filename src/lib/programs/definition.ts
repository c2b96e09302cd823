import * as v from 'valibot';

/**
 * A programme as data: what Jangkau needs to import, map, measure and publish it. Built-in
 * programmes, presets and the ones users define all have this shape; it is validated wherever it
 * crosses a boundary (a file, a backup, the server), never trusted. Version 1 of the format.
 */
export const PROGRAM_FORMAT = 'jangkau-program';
export const PROGRAM_FORMAT_VERSION = 1;

/**
 * - `site`: a place that serves the area around it (bank sampah, Emas spots, puskesmas): catchment
 *   discs and the share of each kelurahan they reach.
 * - `activity`: a dated thing that happened somewhere, often with an amount (Prodamas projects,
 *   Kurnia loans, E-SPTPD tax objects): counts, amounts and rates per kelurahan.
 * - `personal`: a service to a person (Home Care visits): pseudonymous people, never a public point.
 */
const ARCHETYPES = ['site', 'activity', 'personal'] as const;

/**
 * What the public (the embed, shared links) may see:
 * - `public_points`: every located record;
 * - `public_aggregates`: counts and sums per kelurahan only, small counts suppressed;
 * - `personal`: personal data; public views get suppressed counts per kelurahan at most.
 */
const PRIVACY_CLASSES = ['public_points', 'public_aggregates', 'personal'] as const;

const FIELD_KINDS = ['text', 'number', 'rupiah', 'date', 'category', 'status'] as const;

/**
 * What an index component measures per kelurahan, and so which need it feeds into the
 * underserved index (formulas in src/lib/coverage/README.md):
 * - `covered_pct`: share of the area within a site programme's catchments;
 * - `rt_share_pct`: share of the RTs with at least one record;
 * - `amount_per_resident`: the sum of a rupiah field per resident, against the city median;
 * - `persons_per_1k`: distinct persons (the `person` field) per 1,000 residents, against the median;
 * - `count_per_10k`: records per 10,000 residents, against the city median.
 */
const INDEX_METRICS = [
  'covered_pct',
  'rt_share_pct',
  'amount_per_resident',
  'persons_per_1k',
  'count_per_10k',
] as const;

/** Radius limits any definition may ask for, metres: a street corner to a large kecamatan. */
const DEFINITION_RADIUS_M = { min: 25, max: 5000 } as const;

/** A record field or value key: a letter, then letters, digits or `_` (camelCase as in the records). */
const KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
/** Text a user sees: trimmed, not empty, one line, short enough for a legend. */
const label = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'empty'),
    v.maxLength(max, `longer than ${max} characters`),
    v.regex(/^[^\n\r\t]*$/, 'contains a line break or tab'),
  );
/** Bahasa Indonesia first, English second: both are required. */
const names = (max = 80) => v.strictObject({ id: label(max), en: label(max) });
const key = v.pipe(v.string(), v.regex(KEY, 'not a key (letters, digits, _; starts with a–z)'));

const ValueSchema = v.strictObject({ key, names: names(60) });

const FieldSchema = v.strictObject({
  key,
  names: names(60),
  kind: v.picklist(FIELD_KINDS),
  required: v.boolean(),
  /** The values of a `category` or `status` field. */
  values: v.optional(v.pipe(v.array(ValueSchema), v.maxLength(60))),
  /**
   * Header words that find this field in a file besides its key and names (e.g. `nama`, `NAMOBJ`).
   */
  columns: v.optional(v.pipe(v.array(label(60)), v.maxLength(30))),
});

const IndexComponentSchema = v.strictObject({
  /** Unique across every programme: the weights are keyed by it (in the URL too). */
  id: key,
  names: names(80),
  metric: v.picklist(INDEX_METRICS),
  /** The rupiah field (`amount_per_resident`) or the person field (`persons_per_1k`). */
  field: v.optional(key),
  /** Default weight; the user can change it. */
  weight: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
});

const FactSchema = v.strictObject({
  text: names(300),
  /** Where it was published (a URL), or why it is an estimate. */
  source: label(300),
});

const channel = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255));

const DefinitionSchema = v.strictObject({
  format: v.literal(PROGRAM_FORMAT),
  version: v.literal(PROGRAM_FORMAT_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{1,31}$/, 'not a programme id')),
  /** `builtin` and `preset` ship with the app; `custom` is a user's own. */
  origin: v.picklist(['builtin', 'preset', 'custom']),
  names: names(80),
  description: v.optional(names(400)),
  archetype: v.picklist(ARCHETYPES),
  privacy: v.picklist(PRIVACY_CLASSES),
  fields: v.pipe(v.array(FieldSchema), v.maxLength(40)),
  /** The records that count as active (e.g. status `aktif`); absent: all of them. */
  active: v.optional(v.strictObject({ field: key, values: v.array(key) })),
  /** Catchment radius: required for a site programme. */
  radius: v.optional(
    v.strictObject({
      defaultM: v.pipe(
        v.number(),
        v.minValue(DEFINITION_RADIUS_M.min),
        v.maxValue(DEFINITION_RADIUS_M.max),
      ),
      source: names(300),
    }),
  ),
  index: v.pipe(v.array(IndexComponentSchema), v.maxLength(8)),
  /** `[r, g, b]` of its points and legend. */
  color: v.tuple([channel, channel, channel]),
  /** Published facts the app shows beside its figures. */
  facts: v.optional(v.pipe(v.array(FactSchema), v.maxLength(20))),
});

export type ProgramDefinition = v.InferOutput<typeof DefinitionSchema>;

export type DefinitionCheck =
  { ok: true; definition: ProgramDefinition } | { ok: false; problems: string[] };

/**
 * Checks a definition from anywhere (parsed JSON): the shape, then the rules that tie its parts
 * together. Problems name the path (`fields[2].values`), so a user can fix a hand-written file.
 */
export function checkProgramDefinition(input: unknown): DefinitionCheck {
  const parsed = v.safeParse(DefinitionSchema, input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.issues.slice(0, 20).map((issue) => {
        const path = v.getDotPath(issue);
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  const problems = crossChecks(parsed.output);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.output };
}

function crossChecks(d: ProgramDefinition): string[] {
  const problems: string[] = [];
  const fields = new Map(d.fields.map((f) => [f.key, f]));
  if (fields.size !== d.fields.length) problems.push('fields: two fields share one key');
  d.fields.forEach((f, i) => {
    const listed = f.kind === 'category' || f.kind === 'status';
    if (listed && (f.values?.length ?? 0) === 0)
      problems.push(`fields[${i}].values: a ${f.kind} field lists its values`);
    if (!listed && f.values !== undefined)
      problems.push(`fields[${i}].values: only category and status fields have values`);
    if (f.values && new Set(f.values.map((x) => x.key)).size !== f.values.length)
      problems.push(`fields[${i}].values: two values share one key`);
  });
  if (d.active) {
    const field = fields.get(d.active.field);
    if (field?.kind !== 'status') problems.push('active.field: not a status field');
    else {
      const known = new Set(field.values?.map((x) => x.key));
      if (d.active.values.length === 0 || d.active.values.some((x) => !known.has(x)))
        problems.push('active.values: not values of the status field');
    }
  }
  if (d.archetype === 'site' && d.radius === undefined)
    problems.push('radius: a site programme needs a catchment radius');
  if (d.archetype === 'personal' && d.privacy !== 'personal')
    problems.push('privacy: personal services are always of the personal class');
  if (new Set(d.index.map((c) => c.id)).size !== d.index.length)
    problems.push('index: two components share one id');
  d.index.forEach((c, i) => {
    if (c.metric === 'covered_pct' && d.archetype !== 'site')
      problems.push(`index[${i}].metric: only a site programme has catchments`);
    const wants =
      c.metric === 'amount_per_resident'
        ? 'rupiah'
        : c.metric === 'persons_per_1k'
          ? 'person'
          : null;
    if (wants === 'rupiah' && fields.get(c.field ?? '')?.kind !== 'rupiah')
      problems.push(`index[${i}].field: names no rupiah field`);
    if (wants === 'person' && !fields.has(c.field ?? ''))
      problems.push(`index[${i}].field: names no field`);
    if (wants === null && c.field !== undefined)
      problems.push(`index[${i}].field: ${c.metric} reads no field`);
  });
  return problems;
}
