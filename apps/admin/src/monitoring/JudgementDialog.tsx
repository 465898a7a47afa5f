import type { ChangeArea, ProgressJudgement } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { noteTooLong } from '../editing/answer-value';
import { FormFooter } from '../forms/FormFooter';
import { TextAreaField } from '../forms/TextAreaField';
import { PROGRESS_JUDGEMENTS } from '../registry/enum-values';
import { Choices } from './Choices';
import type { ShownCell } from './ProgressGrid';
import type { RoundUnit } from './round-grid';

/** The cell being judged, as the grid shows it now; null while the dialog is closed. */
export interface JudgedCell {
  unit: RoundUnit;
  area: ChangeArea;
  shown: ShownCell;
}

interface JudgementDialogProps {
  cell: JudgedCell | null;
  /** The judgement and note chosen: the grid saves them with its other edits. */
  onJudge: (cell: JudgedCell, judgement: ProgressJudgement, note: string | null) => void;
  onClose: () => void;
}

/** Judges one unit's progress in one area this round, with a note on why. */
export function JudgementDialog({ cell, onJudge, onClose }: JudgementDialogProps) {
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
        <JudgementForm
          key={`${cell.unit.id}-${cell.area}`}
          cell={cell}
          onJudge={(judgement, note) => {
            onJudge(cell, judgement, note);
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}

interface JudgementFormProps {
  cell: JudgedCell;
  onJudge: (judgement: ProgressJudgement, note: string | null) => void;
  onCancel: () => void;
}

function JudgementForm({ cell, onJudge, onCancel }: JudgementFormProps) {
  const t = useT();
  const [judgement, setJudgement] = useState<ProgressJudgement | null>(cell.shown.judgement);
  const [note, setNote] = useState(cell.shown.note ?? '');
  const [checked, setChecked] = useState(false);
  const missing = checked && !judgement;
  const tooLong = noteTooLong(note);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!judgement || tooLong) return;
    onJudge(judgement, note.trim() || null);
  }

  return (
    <form className="dialog__form" noValidate onSubmit={submit}>
      <Choices
        legend={t('monitoring.judgement')}
        value={judgement}
        options={PROGRESS_JUDGEMENTS.map((value) => ({ value, label: t(`progressJudgement.${value}`) }))}
        onChange={setJudgement}
        error={missing ? t('monitoring.required') : null}
        testId="judgement"
      />
      <TextAreaField
        label={t('monitoring.judgementNote')}
        hint={t('monitoring.judgementNoteHint')}
        error={tooLong ? t('monitoring.noteTooLong') : null}
        testId="judgement-note"
        rows={3}
        value={note}
        onChange={setNote}
      />
      <FormFooter
        error={null}
        errorTestId="judgement-error"
        label={t('monitoring.save')}
        busyLabel={t('monitoring.saving')}
        busy={false}
        submitTestId="judgement-save"
        onCancel={onCancel}
      />
    </form>
  );
}
