import { useQuery } from '@apollo/client/react';
import { AssessmentSurveyValuesDocument, type SurveyValueFragment } from '@zi/schema/admin';
import { useMemo } from 'react';

/** What closed survey periods put into a worksheet, by question code; empty while it loads or where none did. */
export function useSurveyValues(assessmentId: string): ReadonlyMap<string, SurveyValueFragment> {
  const { data } = useQuery(AssessmentSurveyValuesDocument, { variables: { id: assessmentId } });
  return useMemo(
    () => new Map((data?.assessment?.surveyValues ?? []).map((value) => [value.questionCode, value])),
    [data],
  );
}
