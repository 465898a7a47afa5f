/** What a page opened from the units list needs to link back to the list as the user left it. */
export interface UnitListState {
  listSearch: string;
}

export function listSearchOf(state: unknown): string {
  const search = (state as Partial<UnitListState> | null)?.listSearch;
  return typeof search === 'string' ? search : '';
}
