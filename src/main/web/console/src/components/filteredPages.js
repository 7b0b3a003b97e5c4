// A list read whole from the API and filtered and paged on the page (the registers and directories
// of the reform and admin pages are small): the filters, the current page and its size, the rows
// that match and the ones shown. `search` goes back to page 1; `reset` also clears the filters.
import { computed, reactive } from 'vue';

/**
 * @param items    a ref or computed of every row
 * @param blank    () => the filters' empty values
 * @param matches  (row, filters) => whether the row passes the filters
 */
export function useFilteredPages(items, blank, matches) {
  const list = reactive({
    filters: blank(),
    page: 1,
    size: 10,
    filtered: computed(() => items.value.filter((row) => matches(row, list.filters))),
    rows: computed(() => list.filtered.slice((list.page - 1) * list.size, list.page * list.size)),
    search() {
      list.page = 1;
    },
    reset() {
      Object.assign(list.filters, blank());
      list.page = 1;
    },
  });
  return list;
}
