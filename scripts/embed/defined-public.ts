/**
 * What the public embed may carry of the programmes given as definitions (presets, users' own),
 * by their privacy class (src/lib/programs/definition.ts):
 * - `public_points`: counts, rates and catchment shares (of the area and of the residents) per
 *   kelurahan, and the located sites
 *   with their name;
 * - `public_aggregates` (E-SPTPD tax objects…): counts and amount sums per kelurahan, small counts
 *   suppressed with the same two-per-line rule as Home Care, amounts hidden wherever their count
 *   is; no point, no catchment (a disc's edge gives its centre away);
 * - `personal` (Kurnia borrowers, a user's personal service): suppressed counts per kelurahan
 *   only — no amount, rate, point or catchment.
 * Figures are of all periods together (defined programmes have no year split in the embed).
 */
import type { CoverageResult } from '../../src/lib/coverage/result.ts';
import type { DefinedProgramInput } from '../../src/lib/coverage/defined-metrics.ts';
import type { EmbedDefinedProgram, PublicCount } from '../../src/embed/data-contract.ts';
import { countedRecords } from '../../src/lib/coverage/defined-filter.ts';
import { suppressTable } from './suppress.ts';

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

export function publishDefined(
  result: CoverageResult,
  inputs: readonly DefinedProgramInput[],
  minCount: number,
): EmbedDefinedProgram[] {
  return result.defined.map((cov) => {
    const input = inputs.find((d) => d.definition.id === cov.program)!;
    const { definition } = input;
    const open = definition.privacy === 'public_points';
    const kodes = result.kelurahan.map((k) => k.kode);
    const counts = cov.kelurahan.map((m) => m.count);
    const cityCount = counts.reduce((s, v) => s + v, 0);
    // One column and its row total (the same value): the table shape suppressTable audits, so a
    // single hidden kelurahan is covered by a second one against the city total.
    const hidden = open
      ? counts.map(() => false).concat(false)
      : suppressTable([...counts.map((v) => [v, v]), [cityCount, cityCount]], minCount).map(
          (row) => row[0],
        );
    const amountKey = definition.fields.find((f) => f.kind === 'rupiah')?.key;
    const withAmount = amountKey !== undefined && definition.privacy !== 'personal';
    const publish = (v: number, h: boolean): PublicCount =>
      h ? { value: null, suppressed: true } : { value: v };
    const kelurahan: EmbedDefinedProgram['kelurahan'] = {};
    cov.kelurahan.forEach((m, k) => {
      kelurahan[kodes[k]] = {
        count: publish(m.count, hidden[k]),
        per10k: open && m.per10k !== null ? round(m.per10k) : null,
        coveredPct: open && m.coveredPct !== null ? round(m.coveredPct) : null,
        residentsPct: open && m.residentsPct !== null ? round(m.residentsPct) : null,
        amountRp: withAmount ? publish(Math.round(m.amounts[amountKey] ?? 0), hidden[k]) : null,
      };
    });
    const cityAmount = cov.kelurahan.reduce(
      (s, m) => s + (amountKey ? (m.amounts[amountKey] ?? 0) : 0),
      0,
    );
    const nameKey = definition.fields.find((f) => f.kind === 'text')?.key;
    return {
      id: definition.id,
      names: definition.names,
      color: [...definition.color],
      archetype: definition.archetype,
      privacy: definition.privacy,
      minCount: open ? null : minCount,
      kelurahan,
      city: {
        count: publish(cityCount, hidden[hidden.length - 1]),
        coveredPct: open && cov.cityCoveredPct !== null ? round(cov.cityCoveredPct) : null,
        residentsPct: open && cov.cityResidentsPct !== null ? round(cov.cityResidentsPct) : null,
        amountRp: withAmount ? publish(Math.round(cityAmount), hidden[hidden.length - 1]) : null,
      },
      points: open
        ? countedRecords(definition, input.records, undefined).flatMap((r) =>
            r.lng === null || r.lat === null
              ? []
              : [
                  {
                    kode: r.kode,
                    lng: r.lng,
                    lat: r.lat,
                    name:
                      nameKey && typeof r.values[nameKey] === 'string' ? r.values[nameKey] : null,
                  },
                ],
          )
        : [],
    };
  });
}
