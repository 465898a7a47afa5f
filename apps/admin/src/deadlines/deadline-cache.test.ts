import { gql, InMemoryCache } from '@apollo/client';
import {
  AssessmentReopeningsDocument,
  type AssessmentReopeningsQuery,
  AssessmentWindowDocument,
} from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { storeSavedWindow } from './deadline-cache';

const layerDeadline = (layer: 'UNIT' | 'TPI' | 'REVIEW', closesOn: string) => ({
  layer,
  closesOn,
  passed: false,
  openUntil: closesOn,
  reopening: null,
  reopenFrom: closesOn,
});

/** A worksheet's deadline fields as the API sent them under the old deadlines; its type names it for the cache. */
const worksheet: AssessmentReopeningsQuery = {
  assessment: Object.assign(
    { __typename: 'Assessment' },
    {
      id: 'A1',
      editableLayers: ['UNIT' as const],
      viewerMay: {
        removeEvidenceFrom: ['UNIT' as const],
        reopenLayers: [],
        issueLhe: false,
        assembleProposalPackage: false,
      },
      layerDeadlines: [
        layerDeadline('UNIT', '2026-08-31'),
        layerDeadline('TPI', '2026-09-30'),
        layerDeadline('REVIEW', '2026-09-30'),
      ],
      deadline: { layer: 'UNIT' as const, until: '2026-08-31', reopened: false },
      reopenings: [],
    },
  ),
};

/** What the evaluation queue keeps of the same assessment, reached through `units`, not `assessment`. */
const QUEUED = gql`
  fragment Queued on Assessment {
    id
    status
    deadline {
      layer
      until
      reopened
    }
  }
`;
const STATUS = gql`
  fragment Status on Assessment {
    id
    status
  }
`;

describe('saving a year’s deadlines', () => {
  it('drops what they decide from every cached assessment, so the worksheet and the queue ask again', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: AssessmentReopeningsDocument, variables: { id: 'A1' }, data: worksheet });
    cache.writeFragment({
      fragment: QUEUED,
      data: {
        __typename: 'Assessment',
        id: 'A1',
        status: 'DRAFT',
        deadline: { __typename: 'AssessmentDeadline', layer: 'UNIT', until: '2026-08-31', reopened: false },
      },
    });
    const saved = {
      __typename: 'AssessmentWindow' as const,
      year: 2026,
      fillUntil: '2026-07-31',
      reviewUntil: '2026-09-30',
    };

    expect(cache.readQuery({ query: AssessmentReopeningsDocument, variables: { id: 'A1' } })).not.toBeNull();
    expect(cache.readFragment({ fragment: QUEUED, id: 'Assessment:A1' })).not.toBeNull();

    storeSavedWindow(cache, 2026, saved);

    expect(cache.readQuery({ query: AssessmentWindowDocument, variables: { year: 2026 } })).toEqual({
      assessmentWindow: saved,
    });
    expect(cache.readQuery({ query: AssessmentReopeningsDocument, variables: { id: 'A1' } })).toBeNull();
    expect(cache.readFragment({ fragment: QUEUED, id: 'Assessment:A1' })).toBeNull();
    // What the deadlines do not decide stays.
    expect(cache.readFragment({ fragment: STATUS, id: 'Assessment:A1' })).toEqual({
      __typename: 'Assessment',
      id: 'A1',
      status: 'DRAFT',
    });
  });
});
