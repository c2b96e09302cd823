import type { ProgramDefinition } from '../programs/definition';

type Locale = 'id' | 'en';

/** One programme as the catalogue lists it; text in the user's language, from the definition. */
export interface CatalogueEntry {
  id: string;
  name: string;
  description: string | null;
  origin: ProgramDefinition['origin'];
  archetype: ProgramDefinition['archetype'];
  privacy: ProgramDefinition['privacy'];
  /** `[r, g, b]` of the programme's swatch. */
  color: readonly [number, number, number];
  radius: { metres: number; source: string } | null;
  /** Records stored for it; null when the app cannot count them yet (not built in). */
  records: number | null;
  facts: { text: string; href: string | null; source: string }[];
}

/** Only a web address is a link; any other source text stays text. */
const HTTPS = /^https:\/\/[^\s"'<>]+$/;

/**
 * The catalogue of programmes: every one the app knows, in the definitions' order, with its
 * published facts and where they come from. `counts` gives stored records per programme id.
 */
export function programCatalogue(
  programs: readonly ProgramDefinition[],
  locale: Locale,
  counts: Readonly<Record<string, number>>,
): CatalogueEntry[] {
  return programs.map((p) => ({
    id: p.id,
    name: p.names[locale],
    description: p.description?.[locale] ?? null,
    origin: p.origin,
    archetype: p.archetype,
    privacy: p.privacy,
    color: p.color,
    radius: p.radius ? { metres: p.radius.defaultM, source: p.radius.source[locale] } : null,
    records: counts[p.id] ?? null,
    facts: (p.facts ?? []).map((f) => ({
      text: f.text[locale],
      href: HTTPS.test(f.source) ? f.source : null,
      source: f.source,
    })),
  }));
}
