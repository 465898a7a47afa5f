import type { WorkflowAction } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { isSecondary, orderedActions } from './actions';

interface WorkflowBarProps {
  allowed: readonly WorkflowAction[];
  onChoose: (action: WorkflowAction) => void;
}

/** The moves the viewer may make now, as the API lists them. */
export function WorkflowBar({ allowed, onChoose }: WorkflowBarProps) {
  const t = useT();
  if (allowed.length === 0) return <p className="muted">{t('workflow.nothingNow')}</p>;
  return (
    <fieldset className="workflow-bar">
      <legend className="visually-hidden">{t('workflow.actions')}</legend>
      {orderedActions(allowed).map((action) => (
        <button
          key={action}
          type="button"
          className={isSecondary(action) ? 'button button--secondary' : 'button'}
          data-testid={`action-${action}`}
          onClick={() => onChoose(action)}
        >
          {t(`workflowAction.${action}`)}
        </button>
      ))}
    </fieldset>
  );
}
