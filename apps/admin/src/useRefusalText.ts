import { useLocale, useT } from '@zi/ui';
import { useCallback } from 'react';
import type { ApiRefusal } from './api-errors';
import { refusalText } from './refusals';

/** Puts the API's refusals into words in the viewer's language, following a change of language. */
export function useRefusalText(): (refusal: ApiRefusal) => string {
  const t = useT();
  const [locale] = useLocale();
  return useCallback((refusal: ApiRefusal) => refusalText(refusal, t, locale), [t, locale]);
}
