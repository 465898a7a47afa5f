import { useQuery } from '@apollo/client/react';
import { AssessmentWorksheetDocument } from '@zi/schema/admin';
import { hasErrorCode, Loading, useDocumentTitle, useT } from '@zi/ui';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../ApiError';
import { useViewer } from '../auth/SignedIn';
import { AssessmentNotFound } from './AssessmentNotFound';
import { layerOf } from './layers';
import { Worksheet } from './Worksheet';

export function WorksheetPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(AssessmentWorksheetDocument, { variables: { id } });
  const assessment = data?.assessment ?? null;
  // The API answers null for an assessment it does not know or the viewer may not see, and
  // BAD_USER_INPUT for an id that cannot be one: to the viewer, all are "not found".
  const failure = error && !hasErrorCode(error, 'BAD_USER_INPUT') ? error : null;
  const notFound = !loading && !failure && !assessment;
  useDocumentTitle(
    t('admin.name'),
    assessment
      ? t('worksheet.documentTitle', { year: String(assessment.year), unit: assessment.unit.name })
      : t(notFound ? 'worksheet.notFoundTitle' : 'worksheet.title'),
  );

  if (loading) return <Loading />;
  if (failure) return <ApiError error={failure} onRetry={() => void refetch()} />;
  if (!assessment) return <AssessmentNotFound />;
  // Another worksheet starts afresh: its own editors, marks and dialogs.
  return <Worksheet key={assessment.id} assessment={assessment} layer={layerOf(search)} viewer={viewer} />;
}
