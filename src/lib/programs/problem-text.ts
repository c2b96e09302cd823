import { translate, type Locale, type MessageKey } from '../i18n/translate';

/** A checker's problem as the editor shows it: where (a part of the form) and what, as text. */
export interface ProblemText {
  where: string;
  what: string;
}

const PLACES: [RegExp, MessageKey][] = [
  [/^names\.id$/, 'editor.where.nameId'],
  [/^names\.en$/, 'editor.where.nameEn'],
  [/^id$/, 'editor.where.id'],
  [/^radius\.source\.id$/, 'editor.where.radiusSourceId'],
  [/^radius\.source\.en$/, 'editor.where.radiusSourceEn'],
  [/^radius(\.|$)/, 'editor.where.radius'],
  [/^fields$/, 'editor.where.fields'],
  [/^active(\.|$)/, 'editor.where.active'],
  [/^index(\.|\[|$)/, 'editor.where.index'],
  [/^privacy$/, 'editor.where.privacy'],
];

/**
 * Turns a problem of `checkProgramDefinition`/`checkCustomProgram` (`fields[2].names.en: empty`)
 * into words for the form: the path names a part of the form (a field by its name in `locale`),
 * the known messages are translated, any other stays the checker's English text. Plain text
 * only: the UI inserts it as text, never as markup.
 */
export function problemText(
  problem: string,
  fieldNames: readonly string[],
  locale: Locale,
): ProblemText {
  const colon = problem.indexOf(': ');
  const path = colon < 0 ? '' : problem.slice(0, colon);
  const message = colon < 0 ? problem : problem.slice(colon + 2);
  return { where: placeOf(path, fieldNames, locale), what: whatOf(message, locale) };
}

function placeOf(path: string, fieldNames: readonly string[], locale: Locale): string {
  const field = /^fields\[(\d+)\]/.exec(path);
  if (field) {
    const name = fieldNames[Number(field[1])] ?? `#${Number(field[1]) + 1}`;
    return translate(locale, 'editor.where.field', { name });
  }
  const known = PLACES.find(([re]) => re.test(path));
  return known
    ? translate(locale, known[1])
    : translate(locale, 'editor.where.other', { path: path === '' ? '–' : path });
}

function whatOf(message: string, locale: Locale): string {
  if (message === 'empty') return translate(locale, 'editor.problem.empty');
  const long = /^longer than (\d+) characters$/.exec(message);
  if (long) return translate(locale, 'editor.problem.tooLong', { max: Number(long[1]) });
  if (/is taken by another programme$/.test(message))
    return translate(locale, 'editor.problem.taken');
  if (message === 'contains a line break or tab')
    return translate(locale, 'editor.problem.lineBreak');
  if (message === 'not a programme id') return translate(locale, 'editor.problem.notId');
  const atLeast = /^Invalid value: Expected >=(-?[\d.]+)/.exec(message);
  if (atLeast) return translate(locale, 'editor.problem.atLeast', { min: Number(atLeast[1]) });
  const atMost = /^Invalid value: Expected <=(-?[\d.]+)/.exec(message);
  if (atMost) return translate(locale, 'editor.problem.atMost', { max: Number(atMost[1]) });
  if (/^Invalid type: Expected number/.test(message))
    return translate(locale, 'editor.problem.number');
  if (/field lists its values$/.test(message)) return translate(locale, 'editor.problem.noValues');
  return message;
}
