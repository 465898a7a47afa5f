import { useT } from '@zi/ui';
import { Dialog } from '../components/Dialog';
import { FindingForm } from './FindingForm';
import type { RoundUnit, ScopeUnit } from './round-grid';

interface FindingDialogProps {
  roundId: string;
  /** The units of the round's scope: the same finding may be recorded for several. */
  scope: readonly ScopeUnit[];
  /** The unit the finding is about; null while the dialog is closed. */
  unit: RoundUnit | null;
  onClose: () => void;
  onRecorded: (unit: RoundUnit) => void;
}

export function FindingDialog({ roundId, scope, unit, onClose, onRecorded }: FindingDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={unit ? t('monitoring.findingTitle', { unit: unit.name }) : ''}
      open={unit !== null}
      onClose={onClose}
      testId="finding-dialog"
      className="dialog--wide"
    >
      {unit && (
        <FindingForm
          key={unit.id}
          roundId={roundId}
          unitId={unit.id}
          otherUnits={scope.filter((other) => other.id !== unit.id)}
          onCancel={onClose}
          onRecorded={() => onRecorded(unit)}
        />
      )}
    </Dialog>
  );
}
