import { useMutation } from '@apollo/client/react';
import {
  type ChangeArea,
  MonitoringRoundDocument,
  type ProgressJudgement,
  SetMonitoringProgressDocument,
} from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../forms/FormFooter';
import { TextAreaField } from '../forms/TextAreaField';
import { PROGRESS_JUDGEMENTS } from '../registry/enum-values';
import { Choices } from './Choices';
import { required } from './form-errors';
import { type RoundUnit, withJudgement } from './round-grid';
import { useFieldErrors } from './useFieldErrors';

/** The cell being judged; null while the dialog is closed. */
export interface JudgedCell {
  unit: RoundUnit;
  area: ChangeArea;
}

interface JudgementDialogProps {
  roundId: string;
  cell: JudgedCell | null;
  onClose: () => void;
}

/** Judges one unit's progress in one area this round, with a note on why. */
export function JudgementDialog({ roundId, cell, onClose }: JudgementDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={
        cell ? t('monitoring.judgeLabel', { unit: cell.unit.name, area: t(`changeArea.${cell.area}`) }) : ''
      }
      open={cell !== null}
      onClose={onClose}
      testId="judgement-dialog"
    >
      {/* Another cell starts from its own judgement. */}
      {cell && (
        <JudgementForm key={`${cell.unit.id}-${cell.area}`} roundId={roundId} cell={cell} onDone={onClose} />
      )}
    </Dialog>
  );
}

const FIELDS = new Set(['judgement', 'note']);

function JudgementForm({ roundId, cell, onDone }: { roundId: string; cell: JudgedCell; onDone: () => void }) {
  const t = useT();
  const saved = cell.unit.judgements[cell.area];
  const [judgement, setJudgement] = useState<ProgressJudgement | null>(saved?.judgement ?? null);
  const [note, setNote] = useState(saved?.note ?? '');
  const [checked, setChecked] = useState(false);
  const [save, { loading, error, reset }] = useMutation(SetMonitoringProgressDocument);
  const errors = useFieldErrors(required(checked && !judgement ? ['judgement'] : []), error, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!judgement) return;
    await save({
      variables: {
        input: { roundId, unitId: cell.unit.id, area: cell.area, judgement, note: note.trim() || null },
      },
      update: (cache, { data }) => {
        const judged = data?.setMonitoringProgress;
        if (!judged) return;
        cache.updateQuery({ query: MonitoringRoundDocument, variables: { id: roundId } }, (round) =>
          round?.monitoringRound ? { monitoringRound: withJudgement(round.monitoringRound, judged) } : round,
        );
      },
    });
    onDone();
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form className="dialog__form" noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <Choices
        legend={t('monitoring.judgement')}
        value={judgement}
        options={PROGRESS_JUDGEMENTS.map((value) => ({ value, label: t(`progressJudgement.${value}`) }))}
        onChange={(value) => {
          reset();
          setJudgement(value);
        }}
        error={errors.at('judgement')}
        testId="judgement"
      />
      <TextAreaField
        label={t('monitoring.judgementNote')}
        hint={t('monitoring.judgementNoteHint')}
        error={errors.at('note')}
        testId="judgement-note"
        rows={3}
        value={note}
        onChange={(value) => {
          reset();
          setNote(value);
        }}
      />
      <FormFooter
        error={errors.general}
        errorTestId="judgement-error"
        label={t('monitoring.save')}
        busyLabel={t('monitoring.saving')}
        busy={loading}
        submitTestId="judgement-save"
        onCancel={onDone}
      />
    </form>
  );
}
