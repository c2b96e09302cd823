/**
 * The public figures from the server's records, computed by the same pure function as the embed's
 * build-time file (`buildEmbedData`, scripts/embed/embed-figures.ts) with the same small-count
 * suppression, and refused by the same leak checks when a home location, patient id or a closed
 * programme's point would be in the text.
 */
import type { Queryable } from '../db/database.ts';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan.ts';
import type {
  BankSampah,
  HomeCareVisit,
  Population,
  ProdamasProject,
} from '../../src/lib/model/records.ts';
import type { DefinedRecord } from '../../src/lib/model/defined-record.ts';
import type { ProgramDefinition } from '../../src/lib/programs/definition.ts';
import type { EmbedData } from '../../src/embed/data-contract.ts';
import { SHIPPED_PROGRAMS } from '../../src/lib/programs/registry.ts';
import { buildEmbedData } from '../../scripts/embed/embed-figures.ts';
import { findHomeCareLeak, findLocationLeak } from '../../scripts/embed/privacy-check.ts';
import { stringifyEmbedData } from '../../scripts/embed/stringify.ts';

/** Shown with the figures when no seed named the data (a seed with `--demo` labels it demo). */
const SERVER_LABEL = { id: 'Data server Jangkau', en: 'Jangkau server data' };

async function live<T>(q: Queryable, target: string): Promise<T[]> {
  const rows = await q.query<{ data: T }>(
    // Numbered ids (`demo:prodamas:12`) in their number order, as the app lists them.
    'SELECT data FROM records WHERE target = $1 AND NOT deleted ORDER BY length(record_id), record_id',
    [target],
  );
  return rows.map((r) => r.data);
}

const located = <T extends { lng: number | null; lat: number | null }>(
  r: T,
): r is T & { lng: number; lat: number } => r.lng !== null && r.lat !== null;

export async function computeFigures(
  q: Queryable,
  collection: KelurahanCollection,
  custom: readonly ProgramDefinition[],
  minCount: number,
): Promise<{ data: EmbedData; text: string }> {
  const definitions = [...SHIPPED_PROGRAMS, ...custom].filter((d) => d.origin !== 'builtin');
  const defined = await Promise.all(
    definitions.map(async (definition) => ({
      definition,
      records: await live<DefinedRecord>(q, definition.id),
    })),
  );
  const homeCare = await live<HomeCareVisit>(q, 'home_care');
  const [labelRow] = await q.query<{ value: { id: string; en: string } }>(
    "SELECT value FROM meta WHERE key = 'data_label'",
  );
  const data = {
    ...buildEmbedData(
      collection,
      {
        bankSampah: await live<BankSampah>(q, 'bank_sampah'),
        prodamas: await live<ProdamasProject>(q, 'prodamas'),
        homeCare,
        population: await live<Population>(q, 'population'),
        defined,
      },
      minCount,
      labelRow?.value ?? SERVER_LABEL,
    ),
    generatedBy: 'POST /api/publish (server/publish/figures.ts)',
  };
  const text = stringifyEmbedData(data);
  const patients = new Map(homeCare.filter(located).map((v) => [v.patientId, v]));
  const homes = [...patients.values()].map((v) => ({
    patientId: v.patientId,
    lng: v.lng,
    lat: v.lat,
  }));
  const closed = defined
    .filter((d) => d.definition.privacy !== 'public_points')
    .flatMap((d) => d.records.filter(located));
  const leak = findHomeCareLeak(text, homes) ?? findLocationLeak(text, closed);
  if (leak) throw new Error(`the figures would contain a ${leak}; not published`);
  return { data, text };
}
