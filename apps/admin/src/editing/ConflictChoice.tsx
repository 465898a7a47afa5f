import { useT } from '@zi/ui';
import type { ReactNode } from 'react';

interface ConflictChoiceProps {
  /** What was edited, read out as the group's legend. */
  title: ReactNode;
  mine: ReactNode;
  /** "Versi tersimpan", with who saved it and when where that is known. */
  theirsLabel: string;
  theirs: ReactNode;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  testId: string;
}

/**
 * Someone saved what was being edited here: both versions side by side, and the person decides.
 * A worksheet answer and a monitoring cell show their values in it.
 */
export function ConflictChoice({
  title,
  mine,
  theirsLabel,
  theirs,
  onKeepMine,
  onTakeTheirs,
  testId,
}: ConflictChoiceProps) {
  const t = useT();
  return (
    <fieldset className="conflict" data-testid={testId}>
      <legend className="conflict__title">{title}</legend>
      <dl className="conflict__versions">
        <div className="conflict__version">
          <dt>{t('conflict.mine')}</dt>
          <dd>{mine}</dd>
        </div>
        <div className="conflict__version">
          <dt>{theirsLabel}</dt>
          <dd>{theirs}</dd>
        </div>
      </dl>
      <div className="inline">
        <button type="button" className="button button--small" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </fieldset>
  );
}
