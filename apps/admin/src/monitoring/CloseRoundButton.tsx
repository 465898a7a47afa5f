import { useMutation } from '@apollo/client/react';
import { CloseMonitoringRoundDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { ConfirmButton } from '../components/ConfirmButton';

/** For the Inspektorat: closes the round once its judgements and findings are final. */
export function CloseRoundButton({ roundId, name }: { roundId: string; name: string }) {
  const t = useT();
  const [close, mutation] = useMutation(CloseMonitoringRoundDocument);
  return (
    <ConfirmButton
      label={t('monitoring.closeRound')}
      busyLabel={t('monitoring.saving')}
      title={t('monitoring.closeTitle', { quarter: name })}
      help={t('monitoring.closeHelp')}
      testId="close-round"
      mutation={mutation}
      // The round in the cache takes its closing time: the page turns read-only.
      onConfirm={() => close({ variables: { id: roundId } })}
    />
  );
}
