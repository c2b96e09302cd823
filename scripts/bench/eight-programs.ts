import type { DefinedProgramInput, DefinedInput } from '../../src/lib/coverage/defined-metrics';
import type { CoverageInput } from '../../src/lib/coverage/input';
import type { ProgramDefinition } from '../../src/lib/programs/definition';
import { PRESET_PROGRAMS } from '../../src/lib/programs/presets';
import { puskesmas } from '../../src/lib/programs/test-definitions';

/**
 * Issue 10 §8's workload: the 3 built-ins of the demo plus the 3 presets and 2 custom
 * programmes, sized like the published figures (154 Emas spots, 121 Kurnia loans) or plausibly
 * (E-SPTPD 600 tax objects, 40 puskesmas and pustu, 3,000 posyandu sessions). Records sit on
 * the demo's own Prodamas and Home Care places (every k-th), so they are inside the city and
 * spread like the real programmes; values cycle through each field's listed values.
 */
export function eightProgramInput(demo: CoverageInput): CoverageInput {
  // Prodamas places carry RW/RT (its RT share component reads them); Home Care homes are left out.
  const places = demo.prodamas.filter((r) => r.lng !== null);
  const preset = (id: string) => PRESET_PROGRAMS.find((p) => p.id === id)!;
  const defined: DefinedProgramInput[] = [
    sample(preset('emas'), places, 154, 'located'),
    sample(preset('kurnia'), places, 121, 'stated'),
    sample(preset('e_sptpd'), places, 600, 'located'),
    sample(puskesmas(), places, 40, 'located'),
    sample(POSYANDU, places, 3000, 'stated'),
  ];
  return { ...demo, defined };
}

function sample(
  definition: ProgramDefinition,
  places: readonly {
    kode: string;
    lng: number | null;
    lat: number | null;
    rw: number | null;
    rt: number | null;
  }[],
  n: number,
  where: 'located' | 'stated',
): DefinedProgramInput {
  const stride = Math.max(1, Math.floor(places.length / n));
  const records: DefinedInput[] = Array.from({ length: n }, (_, i) => {
    const p = places[(i * stride) % places.length];
    const values = Object.fromEntries(
      definition.fields.map((f, j) => {
        const listed = f.values;
        if (listed) return [f.key, listed[(i + j) % listed.length].key];
        if (f.kind === 'rupiah') return [f.key, 1_000_000 * (1 + ((i * 7) % 25))];
        if (f.kind === 'number') return [f.key, 1 + (i % 9)];
        if (f.kind === 'date') return [f.key, `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`];
        return [f.key, `${definition.id} ${i}`];
      }),
    );
    return {
      kode: p.kode,
      rw: p.rw,
      rt: p.rt,
      lng: where === 'located' ? p.lng : null,
      lat: where === 'located' ? p.lat : null,
      values,
    };
  });
  return { definition, records };
}

/** A second custom programme: an activity with an amount, weighted in the index by its budget. */
const POSYANDU: ProgramDefinition = {
  format: 'jangkau-program',
  version: 1,
  id: 'posyandu',
  origin: 'custom',
  names: { id: 'Kegiatan posyandu', en: 'Posyandu sessions' },
  archetype: 'activity',
  privacy: 'public_aggregates',
  fields: [
    { key: 'date', names: { id: 'Tanggal', en: 'Date' }, kind: 'date', required: true },
    { key: 'budgetRp', names: { id: 'Biaya', en: 'Cost' }, kind: 'rupiah', required: false },
  ],
  index: [
    {
      id: 'posyandu_budget',
      names: { id: 'Biaya posyandu per warga', en: 'Posyandu cost per resident' },
      metric: 'amount_per_resident',
      field: 'budgetRp',
      weight: 0.5,
    },
    {
      id: 'posyandu_rt',
      names: { id: 'RT dengan posyandu', en: 'RTs with a posyandu' },
      metric: 'rt_share_pct',
      weight: 0.5,
    },
  ],
  color: [230, 159, 0],
};
