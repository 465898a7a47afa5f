import { useMutation } from '@apollo/client/react';
import { CarryForwardMonitoringProgressDocument, MonitoringRoundDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { refusalOf } from '../api-errors';
import { FormError } from '../forms/FormError';
import { useRefusalText } from '../useRefusalText';
import { type Quarter, quarterName } from './quarters';
import { withJudgements } from './round-grid';

interface CarryForwardButtonProps {
  roundId: string;
  /** The earlier round whose judgements are copied, as the API names it. */
  from: Quarter;
  onCarried: (count: number) => void;
}

/** Copies the earlier round's judgements into the cells not judged yet, in one step. */
export function CarryForwardButton({ roundId, from, onCarried }: CarryForwardButtonProps) {
  const t = useT();
  const describe = useRefusalText();
  const [carry, { loading, error }] = useMutation(CarryForwardMonitoringProgressDocument, {
    variables: { roundId },
    update: (cache, { data }) => {
      const carried = data?.carryForwardMonitoringProgress;
      if (!carried) return;
      cache.updateQuery({ query: MonitoringRoundDocument, variables: { id: roundId } }, (round) =>
        round?.monitoringRound ? { monitoringRound: withJudgements(round.monitoringRound, carried) } : round,
      );
    },
  });
  return (
    <div>
      <button
        type="button"
        className="button button--secondary"
        data-testid="carry-forward"
        disabled={loading}
        onClick={() =>
          void carry()
            .then(({ data }) => onCarried(data?.carryForwardMonitoringProgress.length ?? 0))
            .catch(() => undefined)
        }
      >
        {t('monitoring.carryForward', { quarter: quarterName(t, from) })}
      </button>
      <FormError error={error ? describe(refusalOf(error)) : null} testId="carry-forward-error" />
    </div>
  );
}
