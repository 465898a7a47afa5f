import { useMutation, useQuery } from '@apollo/client/react';
import { AdminUnitsDocument, OwnAssessmentDocument, StartAssessmentDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';

interface StartAssessmentProps {
  unitId: string;
  year: number;
}

/** For a unit without a worksheet this year: start one, then fill it in. */
export function StartAssessment({ unitId, year }: StartAssessmentProps) {
  const t = useT();
  const describe = useRefusalText();
  const headingId = useId();
  const navigate = useNavigate();
  const { data } = useQuery(OwnAssessmentDocument, { variables: { unitId, year } });
  const [start, { loading, error }] = useMutation(StartAssessmentDocument);
  if (!data?.unit || data.unit.assessment) return null;

  async function begin() {
    const result = await start({
      variables: { input: { unitId, year } },
      refetchQueries: [OwnAssessmentDocument, AdminUnitsDocument],
    });
    if (result.data) navigate(`/assessments/${result.data.startAssessment.id}`);
  }

  return (
    <section className="start-lke card" aria-labelledby={headingId} data-testid="start-lke">
      <h2 id={headingId}>{t('start.title', { year: String(year) })}</h2>
      <p>{t('start.intro')}</p>
      {error && (
        <p className="field__error" role="alert">
          {describe(refusalOf(error))}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={loading}
        data-testid="start-lke-button"
        // The failure is shown from the mutation's `error`.
        onClick={() => void begin().catch(() => undefined)}
      >
        {loading ? t('start.starting') : t('start.button', { year: String(year) })}
      </button>
    </section>
  );
}
