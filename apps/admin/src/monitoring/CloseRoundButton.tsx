import { useMutation } from '@apollo/client/react';
import { CloseMonitoringRoundDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { Dialog } from '../components/Dialog';
import { useRefusalText } from '../useRefusalText';

/** For the Inspektorat: closes the round once its judgements and findings are final. */
export function CloseRoundButton({ roundId, name }: { roundId: string; name: string }) {
  const t = useT();
  const describe = useRefusalText();
  const [open, setOpen] = useState(false);
  const [close, { loading, error, reset }] = useMutation(CloseMonitoringRoundDocument);

  async function confirm() {
    // The round in the cache takes its closing time: the page turns read-only.
    await close({ variables: { id: roundId } });
    setOpen(false);
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        data-testid="close-round"
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        {t('monitoring.closeRound')}
      </button>
      <Dialog
        title={t('monitoring.closeTitle', { quarter: name })}
        open={open}
        onClose={() => setOpen(false)}
        testId="close-round-dialog"
      >
        <div className="dialog__form">
          <p>{t('monitoring.closeHelp')}</p>
          {error && (
            <p className="field__error" role="alert">
              {describe(refusalOf(error))}
            </p>
          )}
          <div className="dialog__buttons">
            <button
              type="button"
              className="button"
              disabled={loading}
              data-testid="close-round-confirm"
              // The failure is shown from the mutation's `error`.
              onClick={() => void confirm().catch(() => undefined)}
            >
              {loading ? t('monitoring.saving') : t('monitoring.closeRound')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
