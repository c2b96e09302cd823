/**
 * The embed's change between two published years (`?period=2024&compare=2023`): per kelurahan,
 * the metric in the later file period minus the earlier, from the published figures only. A
 * kelurahan without a published value in either year (no data, or a count suppressed) has no
 * change. Pure: the data file in, change rows out for the shared diverging colouring.
 */
import type { ChangeRow } from '../lib/explore/period-change';
import type { EmbedData, EmbedPeriod } from './data-contract';
import type { EmbedMetricDef } from './embed-metrics';

const EPSILON = 1e-9;

/** Change from `from` to `to` of `metric`, one row per kelurahan of the file (in its order). */
export function embedChangeRows(
  data: EmbedData,
  metric: EmbedMetricDef,
  from: EmbedPeriod,
  to: EmbedPeriod,
): ChangeRow[] {
  return data.kelurahan.map((info) => {
    const fa = data.figures[from].kelurahan[info.kode];
    const fb = data.figures[to].kelurahan[info.kode];
    const va = metric.value(fa, info);
    const vb = metric.value(fb, info);
    const a = va.kind === 'value' ? va.value : null;
    const b = vb.kind === 'value' ? vb.value : null;
    const raw = a === null || b === null ? null : b - a;
    const delta = raw === null ? null : Math.abs(raw) < EPSILON ? 0 : raw;
    return {
      kode: info.kode,
      nama: info.nama,
      a,
      b,
      delta,
      gain: delta === null ? null : metric.better === 'higher' ? delta : delta === 0 ? 0 : -delta,
      scoreA: fa.underservedScore,
      scoreB: fb.underservedScore,
      scoreDelta: fb.underservedScore - fa.underservedScore,
      rankA: fa.underservedRank,
      rankB: fb.underservedRank,
      rankDelta: fb.underservedRank - fa.underservedRank,
    };
  });
}
