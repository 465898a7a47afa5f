import { createContext, use } from 'react';
import type { LayerIndex } from './layer-index';
import type { WorksheetContextValue } from './WorksheetContext';

/** The worksheet's filters, by their URL value (`?saring=`), in Bahasa Indonesia as the portal's URLs are. */
export const QUESTION_FILTERS = ['belum-dijawab', 'tanpa-bukti', 'dikembalikan'] as const;
export type QuestionFilter = (typeof QUESTION_FILTERS)[number];
export const FILTER_PARAM = 'saring';

export const questionFilterOf = (search: URLSearchParams): QuestionFilter | null =>
  QUESTION_FILTERS.find((filter) => filter === search.get(FILTER_PARAM)) ?? null;

type Facts = Pick<WorksheetContextValue, 'evidence' | 'openReturns'> & { index: LayerIndex };

/**
 * Whether a question is one the filter keeps: unanswered as the engine scored the layer (its
 * `UNANSWERED` status, or no score yet), without evidence in this layer, or returned by the TPI
 * and not yet resubmitted.
 */
export function matchesFilter(filter: QuestionFilter, code: string, facts: Facts): boolean {
  if (filter === 'belum-dijawab')
    return (facts.index.questions.get(code)?.status ?? 'UNANSWERED') === 'UNANSWERED';
  if (filter === 'tanpa-bukti') return (facts.evidence.get(code)?.length ?? 0) === 0;
  return facts.openReturns.has(code);
}

/** Which questions the worksheet shows: null, all of them. */
export const QuestionFilterContext = createContext<((code: string) => boolean) | null>(null);

export const useQuestionFilter = () => use(QuestionFilterContext);
