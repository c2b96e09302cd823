import type { ImportedDefinedRecord } from './types';
import type { ProgramDefinition } from '../programs/definition';
import { SYNONYMS, type FieldSynonyms } from './column-synonyms';
import { headerKey } from './columns';
import { nameKey } from './kelurahan-match';
import { synonyms } from './row-checker';
import { normaliseWords } from './values';

/** One field of a programme definition. */
export type DefinedField = ProgramDefinition['fields'][number];
/** One value of a category or status field. */
export type DefinedOption = NonNullable<DefinedField['values']>[number];

/**
 * Field keys whose built-in synonyms a definition's field of the same key shares, so a site's
 * name and address and a status are found as for bank sampah (`nama_*`, `Nama*`, `NAMOBJ`,
 * `Nama Kantor`, `alamat…`). Other keys (`total`, `source`…) mean different things per programme.
 */
const SHARED_SYNONYMS = { name: SYNONYMS.name, address: SYNONYMS.address, status: SYNONYMS.status };

/**
 * Header words of personal data (a birth date, an NIK, a phone) that no field finds by its words,
 * only by a whole header: "Tanggal Lahir Peminjam" is not Kurnia's borrower, nor its loan date.
 */
const PERSONAL_NOT = ['lahir', 'birth', 'nik', 'ktp', 'telepon', 'telp', 'hp', 'phone'];

/**
 * How a definition's field is found among a file's headers, with the built-in word rules: its
 * key, its names in both languages and its `columns` words as whole headers, then as phrases
 * inside a header ("Nama Spot Emas" holds "nama spot"). By words, no field takes a personal-data
 * header, and only a text field a name ("Nama Peminjam" holds "peminjam" but is a person's name:
 * read as a category it would keep every borrower's name as a new category).
 */
export function fieldSynonyms(field: DefinedField): FieldSynonyms {
  const words = [field.names.id, field.names.en, ...(field.columns ?? [])]
    .map(headerKey)
    .filter((w) => w !== '');
  const shared: FieldSynonyms | undefined = Object.hasOwn(SHARED_SYNONYMS, field.key)
    ? SHARED_SYNONYMS[field.key as keyof typeof SHARED_SYNONYMS]
    : undefined;
  const not = [
    ...PERSONAL_NOT,
    ...(field.kind === 'text' ? [] : ['nama', 'name']),
    ...(shared?.not ?? []),
  ];
  return {
    exact: [headerKey(field.key), ...words, ...(shared?.exact ?? [])],
    contains: [...words, ...(shared?.contains ?? [])],
    ...(shared?.first ? { first: shared.first } : {}),
    ...(shared?.last ? { last: shared.last } : {}),
    not,
  };
}

/** Cell words → value key of a category or status field: its key and both its names. */
export function valueTable(field: DefinedField): Record<string, string> {
  return synonyms(
    Object.fromEntries((field.values ?? []).map((v) => [v.key, [v.names.id, v.names.en]])),
  );
}

/** The value an unknown word of an open category is grouped under (`lainnya`/`other`), if any. */
export function otherValue(field: DefinedField): DefinedOption | undefined {
  return field.values?.find((v) => v.key === 'lainnya' || v.key === 'other');
}

/**
 * The field that names a person in a `personal` programme: the one its `persons_per_1k` index
 * component counts, else its first required text field, else its first text field. Never stored
 * as a name in clear (see `plan-defined.ts`).
 */
export function personField(d: ProgramDefinition): DefinedField | undefined {
  if (d.archetype !== 'personal') return undefined;
  const counted = d.index.find((c) => c.metric === 'persons_per_1k')?.field;
  const texts = d.fields.filter((f) => f.kind === 'text');
  return d.fields.find((f) => f.key === counted) ?? texts.find((f) => f.required) ?? texts.at(0);
}

/** The field that names a site: `name`, else the first required text field, else the first. */
function siteNameField(d: ProgramDefinition): DefinedField | undefined {
  if (d.archetype !== 'site') return undefined;
  const texts = d.fields.filter((f) => f.kind === 'text');
  return texts.find((f) => f.key === 'name') ?? texts.find((f) => f.required) ?? texts.at(0);
}

/**
 * The key two records of a defined programme share when they are likely the same thing. A site
 * is its kelurahan and name (`kode|name`, so the same name within 100 m counts too, as for bank
 * sampah); an activity or a personal service is everything it records — kelurahan, RW, RT and
 * every value (a file's new category word included) — since two loans or visits alike in every
 * field are one entered twice, while any difference may be a real second one.
 */
export function definedDuplicateKey(d: ProgramDefinition, r: ImportedDefinedRecord): string {
  const site = siteNameField(d);
  const name = site === undefined ? null : r.values[site.key];
  if (typeof name === 'string') return `${r.kode}|${nameKey(name)}`;
  const values = d.fields.map((f) => {
    const v = r.newValues?.[f.key] ?? r.values[f.key] ?? '';
    return typeof v === 'string' ? normaliseWords(v) : String(v);
  });
  return [r.kode, r.rw ?? '', r.rt ?? '', ...values].join('|');
}

/** Whether a site programme's duplicate keys are `kode|name` (see `definedDuplicateKey`). */
export function keysByName(d: ProgramDefinition): boolean {
  return siteNameField(d) !== undefined;
}
