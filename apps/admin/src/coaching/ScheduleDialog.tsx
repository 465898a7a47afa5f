import { useT } from '@zi/ui';
import { Dialog } from '../components/Dialog';
import { ScheduleForm } from './ScheduleForm';

interface ScheduleDialogProps {
  open: boolean;
  onClose: () => void;
}

export function ScheduleDialog({ open, onClose }: ScheduleDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={t('coaching.scheduleTitle')}
      open={open}
      onClose={onClose}
      testId="schedule-dialog"
      className="dialog--wide"
    >
      <ScheduleForm onCancel={onClose} />
    </Dialog>
  );
}
