import { filterRecords } from '../coverage/filter-records';
import { coverage } from './coverage.svelte';
import { records } from './records.svelte';

/**
 * The stored records that pass the current filters, by the same rule the coverage engine uses.
 * The map, the filters panel and the counts read these; filtering is a linear scan, cheap enough
 * for a `$derived` even at 100k visits.
 */
class FilteredState {
  private all = $derived(
    filterRecords(
      { bankSampah: records.bankSampah, prodamas: records.prodamas, homeCare: records.homeCare },
      coverage.filters,
    ),
  );
  bankSampah = $derived(this.all.bankSampah);
  prodamas = $derived(this.all.prodamas);
  homeCare = $derived(this.all.homeCare);
}

export const filtered = new FilteredState();
