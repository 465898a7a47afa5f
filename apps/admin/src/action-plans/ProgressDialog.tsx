import { useMutation } from '@apollo/client/react';
import { type PlanItemFragment, UpdateActionPlanProgressDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../forms/FormFooter';
import { InputField } from '../forms/InputField';
import { TextAreaField } from '../forms/TextAreaField';
import { Choices } from '../monitoring/Choices';
import { NO_PROBLEMS } from '../monitoring/form-errors';
import { useFieldErrors } from '../monitoring/useFieldErrors';
import { PLAN_STATUSES, PROGRESS_PATHS, type ProgressDraft, progressProblems } from './action-plan';

interface ProgressDialogProps {
  /** The activity being updated; null while the dialog is closed. */
  item: PlanItemFragment | null;
  onClose: () => void;
}

/** Records where an activity stands, what was done and the evidence of it. */
export function ProgressDialog({ item, onClose }: ProgressDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={item ? t('actionPlan.progressTitle', { activity: item.activity }) : ''}
      open={item !== null}
      onClose={onClose}
      testId="plan-progress-dialog"
    >
      {item && <ProgressForm key={item.id} item={item} onDone={onClose} />}
    </Dialog>
  );
}

function ProgressForm({ item, onDone }: { item: PlanItemFragment; onDone: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState<ProgressDraft>({
    status: item.status,
    realisation: item.realisation ?? '',
    evidenceUrl: item.evidenceUrl ?? '',
  });
  const [checked, setChecked] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UpdateActionPlanProgressDocument);
  const errors = useFieldErrors(
    checked ? progressProblems(draft, item.realisationRequiredFor) : NO_PROBLEMS,
    error,
    PROGRESS_PATHS,
  );

  const edit = (patch: Partial<ProgressDraft>) => {
    reset();
    setDraft({ ...draft, ...patch });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (progressProblems(draft, item.realisationRequiredFor).size > 0) return;
    // The activity in the cache takes the answer, and whether it is still late.
    await update({
      variables: {
        input: {
          itemId: item.id,
          status: draft.status,
          realisation: draft.realisation.trim() || null,
          evidenceUrl: draft.evidenceUrl.trim() || null,
        },
      },
    });
    onDone();
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form className="dialog__form" noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <Choices
        legend={t('actionPlan.status')}
        value={draft.status}
        options={PLAN_STATUSES.map((status) => ({ value: status, label: t(`planItemStatus.${status}`) }))}
        onChange={(status) => edit({ status })}
        error={errors.at('status')}
        testId="plan-progress-status"
      />
      <TextAreaField
        label={t('actionPlan.realisation')}
        error={errors.at('realisation')}
        testId="plan-realisation"
        rows={3}
        value={draft.realisation}
        onChange={(realisation) => edit({ realisation })}
      />
      <InputField
        label={t('followUps.evidenceLabel')}
        error={errors.at('evidenceUrl')}
        testId="plan-evidence"
        type="url"
        value={draft.evidenceUrl}
        onChange={(evidenceUrl) => edit({ evidenceUrl })}
      />
      <FormFooter
        error={errors.general}
        label={t('monitoring.save')}
        busyLabel={t('monitoring.saving')}
        busy={loading}
        submitTestId="plan-progress-save"
        onCancel={onDone}
      />
    </form>
  );
}
