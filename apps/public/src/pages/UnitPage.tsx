import { useQuery } from '@apollo/client/react';
import { UnitPageDocument } from '@zi/schema/public';
import { ErrorMessage, hasErrorCode, Loading, useT } from '@zi/ui';
import { useParams } from 'react-router';
import { errorText } from '../api-error';
import { UnitProfile } from '../unit/UnitProfile';
import { NotFoundPage } from './NotFoundPage';

export function UnitPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(UnitPageDocument, { variables: { id } });

  if (loading) return <Loading />;
  // The API answers null for an unknown id and BAD_USER_INPUT for one that cannot be an id.
  if (error && !hasErrorCode(error, 'BAD_USER_INPUT')) {
    return <ErrorMessage message={errorText(error, t)} onRetry={() => void refetch()} />;
  }
  if (!data?.unit) return <NotFoundPage what="unit" />;
  return <UnitProfile unit={data.unit} />;
}
