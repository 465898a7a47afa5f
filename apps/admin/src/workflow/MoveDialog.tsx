import { useMutation } from '@apollo/client/react';
import { MoveAssessmentDocument, type WorkflowAction } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { Dialog } from '../components/Dialog';
import { useSaveGate } from '../editing/SaveGate';
import { useRefusalText } from '../useRefusalText';
import type { WorksheetNode } from '../worksheet/worksheet-tree';
import { AwardForm } from './AwardForm';
import { ACTION_FORMS } from './actions';
import { ConfirmForm, type MoveDetails } from './ConfirmForm';
import { type Incomplete, incompleteOf } from './incomplete';
import { ReturnForm } from './ReturnForm';
import type { ReturnMarks } from './return-marks';

interface MoveDialogProps {
  assessmentId: string;
  /** The move being made; null while the dialog is closed. */
  action: WorkflowAction | null;
  tree: WorksheetNode;
  marks: ReturnMarks | null;
  onClose: () => void;
  onMoved: (action: WorkflowAction) => void;
  /** A submission refused for unanswered questions, which the page lists. */
  onIncomplete: (incomplete: Incomplete) => void;
}

/** Asks what a move needs (a reason, questions to return, a decree), saves open edits, then moves. */
export function MoveDialog({
  assessmentId,
  action,
  tree,
  marks,
  onClose,
  onMoved,
  onIncomplete,
}: MoveDialogProps) {
  const t = useT();
  const describe = useRefusalText();
  const saveGate = useSaveGate();
  const [move] = useMutation(MoveAssessmentDocument);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setFailure(null);
    onClose();
  };

  async function submit(chosen: WorkflowAction, details: MoveDetails) {
    setFailure(null);
    setBusy(true);
    try {
      // What the viewer sees is what moves on: every edit is saved first.
      if (!(await saveGate.settle())) {
        setFailure(t('workflow.saveFirst'));
        return;
      }
      await move({ variables: { input: { assessmentId, action: chosen, ...details } } });
      onMoved(chosen);
    } catch (error) {
      const incomplete = incompleteOf(error);
      if (incomplete) onIncomplete(incomplete);
      else setFailure(describe(refusalOf(error)));
    } finally {
      setBusy(false);
    }
  }

  const form = action ? ACTION_FORMS[action] : null;
  const onSubmit = (details: MoveDetails) => {
    if (action) void submit(action, details);
  };
  return (
    <Dialog
      title={action ? t(`workflowAction.${action}`) : ''}
      open={action !== null}
      onClose={close}
      testId="move-dialog"
    >
      {failure && (
        <p className="alert alert--error" role="alert" data-testid="move-error">
          {failure}
        </p>
      )}
      {action && (form === 'confirm' || form === 'reason') && (
        <ConfirmForm
          action={action}
          reasonRequired={form === 'reason'}
          busy={busy}
          onSubmit={onSubmit}
          onCancel={close}
        />
      )}
      {form === 'return' && marks && (
        <ReturnForm tree={tree} marks={marks} busy={busy} onSubmit={onSubmit} onCancel={close} />
      )}
      {form === 'award' && <AwardForm busy={busy} onSubmit={onSubmit} onCancel={close} />}
    </Dialog>
  );
}
