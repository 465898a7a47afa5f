import type { WorkflowAction } from '@zi/schema/admin';
import { useT } from '@zi/ui';

interface DialogButtonsProps {
  action: WorkflowAction;
  busy: boolean;
  disabled?: boolean;
  onCancel: () => void;
}

export function DialogButtons({ action, busy, disabled = false, onCancel }: DialogButtonsProps) {
  const t = useT();
  return (
    <div className="dialog__buttons">
      <button type="submit" className="button" disabled={busy || disabled} data-testid="move-confirm">
        {busy ? t('workflow.moving') : t(`workflowAction.${action}`)}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
