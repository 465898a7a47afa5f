import { useEffect } from 'react';

/** Sets the tab title as "page · site", or the site name alone. */
export function useDocumentTitle(site: string, page?: string): void {
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [site, page]);
}
