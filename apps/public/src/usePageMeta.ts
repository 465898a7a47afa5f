import { useDocumentTitle, useT } from '@zi/ui';
import { useMetaDescription } from './useMetaDescription';

/** The tab title ("page · site") and the meta description of the page shown. */
export function usePageMeta(page: string | undefined, description: string): void {
  const t = useT();
  useDocumentTitle(t('site.name'), page);
  useMetaDescription(description);
}
