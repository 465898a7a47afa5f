import { useDocumentTitle, useMetaDescription, useT } from '@zi/ui';

/** The tab title ("page · site") and the meta description of the page shown. */
export function usePageMeta(page: string | undefined, description: string): void {
  const t = useT();
  useDocumentTitle(t('site.name'), page);
  useMetaDescription(description);
}
