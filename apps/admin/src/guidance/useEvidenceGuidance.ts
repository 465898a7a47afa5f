import { useQuery } from '@apollo/client/react';
import { EvidenceGuidanceDocument, type EvidenceGuidanceItemFragment } from '@zi/schema/admin';
import { useMemo } from 'react';

/** Each question's evidence guidance in a worksheet version, by question code; empty while it loads. */
export function useEvidenceGuidance(framework: string): ReadonlyMap<string, EvidenceGuidanceItemFragment> {
  const { data } = useQuery(EvidenceGuidanceDocument, { variables: { framework } });
  return useMemo(
    () => new Map((data?.evidenceGuidance ?? []).map((guidance) => [guidance.questionCode, guidance])),
    [data],
  );
}
