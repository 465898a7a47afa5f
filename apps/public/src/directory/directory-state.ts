/** What a unit page needs to link back to the directory as the visitor left it. */
export interface DirectoryState {
  directorySearch: string;
}

export function directorySearchOf(state: unknown): string {
  const search = (state as Partial<DirectoryState> | null)?.directorySearch;
  return typeof search === 'string' ? search : '';
}
