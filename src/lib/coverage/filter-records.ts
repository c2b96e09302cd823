import type { BankSampah, HomeCareVisit, ProdamasProject } from '../model/records';
import type { CoverageFilters } from './options';

/** The fields the filters read; full records and the engine's narrower inputs both fit. */
export type BankSampahFilterable = Pick<BankSampah, 'status'>;
export type ProdamasFilterable = Pick<ProdamasProject, 'year' | 'category'>;
export type HomeCareFilterable = Pick<HomeCareVisit, 'date' | 'group'>;

export interface FilterableRecords<B, P, H> {
  bankSampah: readonly B[];
  prodamas: readonly P[];
  homeCare: readonly H[];
}

export interface FilteredRecords<B, P, H> {
  bankSampah: B[];
  prodamas: P[];
  homeCare: H[];
}

/**
 * The records that count under `filters`: the one rule the coverage engine, the map and the
 * panels share. `null` in a filter means no restriction; Home Care dates are ISO `YYYY-MM-DD`
 * compared as strings, both ends inclusive. Pure: returns new arrays, keeps record identity.
 */
export function filterRecords<
  B extends BankSampahFilterable,
  P extends ProdamasFilterable,
  H extends HomeCareFilterable,
>(input: FilterableRecords<B, P, H>, filters: CoverageFilters): FilteredRecords<B, P, H> {
  const { bankSampahStatus, prodamasYear, prodamasCategories, homeCareGroups } = filters;
  const { homeCareFrom: from, homeCareTo: to } = filters;
  return {
    bankSampah: input.bankSampah.filter(
      (r) => !bankSampahStatus || bankSampahStatus.includes(r.status),
    ),
    prodamas: input.prodamas.filter(
      (r) =>
        (prodamasYear === null || r.year === prodamasYear) &&
        (!prodamasCategories || prodamasCategories.includes(r.category)),
    ),
    homeCare: input.homeCare.filter(
      (r) =>
        (from === null || r.date >= from) &&
        (to === null || r.date <= to) &&
        (!homeCareGroups || homeCareGroups.includes(r.group)),
    ),
  };
}
