import { useT } from '@zi/ui';
import { Dialog } from '../components/Dialog';
import { FindingForm } from './FindingForm';
import type { RoundUnit } from './round-grid';

interface FindingDialogProps {
  roundId: string;
  /** The unit the finding is about; null while the dialog is closed. */
  unit: RoundUnit | null;
  onClose: () => void;
  onRecorded: (unit: RoundUnit) => void;
}

export function FindingDialog({ roundId, unit, onClose, onRecorded }: FindingDialogProps) {
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
          onCancel={onClose}
          onRecorded={() => onRecorded(unit)}
        />
      )}
    </Dialog>
  );
}
