import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  AcceptableUnitAnswersDocument,
  AcceptUnitAnswersDocument,
  AssessmentLayerDocument,
} from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { Dialog } from '../components/Dialog';
import { useSaveGate } from '../editing/SaveGate';
import { useRefusalText } from '../useRefusalText';

/** For the TPI: the unit's answer, in one go, for every question it has not evaluated yet. */
export function AcceptUnitAnswers({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const describe = useRefusalText();
  const client = useApolloClient();
  const saveGate = useSaveGate();
  const [accept] = useMutation(AcceptUnitAnswersDocument);
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  // The count is of what is saved: open edits are saved first, then the API counts.
  async function start() {
    setOpen(true);
    setDone(null);
    setFailure(null);
    setCount(null);
    try {
      if (!(await saveGate.settle())) {
        setFailure(t('workflow.saveFirst'));
        return;
      }
      const { data } = await client.query({
        query: AcceptableUnitAnswersDocument,
        variables: { id: assessmentId },
        fetchPolicy: 'network-only',
      });
      setCount(data?.assessment?.acceptableUnitAnswers.length ?? 0);
    } catch (error) {
      setFailure(describe(refusalOf(error)));
    }
  }

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      const { data } = await accept({ variables: { input: { assessmentId } } });
      await client.query({
        query: AssessmentLayerDocument,
        variables: { id: assessmentId, layer: 'TPI' },
        fetchPolicy: 'network-only',
      });
      setDone(data?.acceptUnitAnswers.accepted.length ?? 0);
      setOpen(false);
    } catch (error) {
      setFailure(describe(refusalOf(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="accept-unit">
      <button
        type="button"
        className="button button--secondary"
        data-testid="accept-unit-answers"
        onClick={() => void start()}
      >
        {t('acceptUnit.button')}
      </button>
      <p className="workflow__done" role="status" data-testid="accept-unit-done">
        {done !== null && t('acceptUnit.done', { count: done })}
      </p>
      <Dialog
        title={t('acceptUnit.title')}
        open={open}
        onClose={() => setOpen(false)}
        testId="accept-unit-dialog"
      >
        {failure && (
          <p className="alert alert--error" role="alert" data-testid="accept-unit-error">
            {failure}
          </p>
        )}
        <AcceptUnitConfirm
          count={count}
          busy={busy}
          pending={!failure}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        />
      </Dialog>
    </div>
  );
}

interface AcceptUnitConfirmProps {
  /** The questions it will fill; null while counting. */
  count: number | null;
  busy: boolean;
  /** Whether the count may still come. */
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** How many questions accepting fills, and the confirmation. */
export function AcceptUnitConfirm({ count, busy, pending, onConfirm, onCancel }: AcceptUnitConfirmProps) {
  const t = useT();
  if (count === null && pending) return <Loading />;
  return (
    <div className="dialog__form">
      {count !== null && (
        <p data-testid="accept-unit-count">
          {count > 0 ? t('acceptUnit.confirm', { count }) : t('acceptUnit.none')}
        </p>
      )}
      <div className="dialog__buttons">
        <button
          type="button"
          className="button"
          disabled={busy || !count}
          data-testid="accept-unit-confirm"
          onClick={onConfirm}
        >
          {busy ? t('workflow.moving') : t('acceptUnit.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
