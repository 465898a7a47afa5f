import { useLocale, useT } from '@zi/ui';
import { formatPlain, formatScore } from '../worksheet/format';
import type { LayerScore } from '../worksheet/types';
import type { AutosaveState } from './autosave';
import { SaveStatus } from './SaveStatus';

interface EditorBarProps {
  score: Pick<LayerScore, 'total' | 'answered' | 'questions'>;
  maximum: number;
  state: AutosaveState;
  /** How many edits restored from an earlier visit are not saved yet. */
  restored: number;
  onRetry: () => void;
  onDiscardRestored: () => void;
}

/** Stays in view while editing: the score as answered so far, and whether everything is saved. */
export function EditorBar({ score, maximum, state, restored, onRetry, onDiscardRestored }: EditorBarProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <div className="editor-bar" data-testid="editor-bar">
      <p className="editor-bar__score">
        <span className="editor-bar__label">{t('edit.liveTotal')}</span>{' '}
        <strong data-testid="live-total">{formatScore(score.total, locale)}</strong>{' '}
        <span className="muted">{t('worksheet.outOf', { max: formatPlain(maximum, locale) })}</span>
        <span className="editor-bar__answered">
          {t('tree.answered', { answered: score.answered, questions: score.questions })}
        </span>
      </p>
      <SaveStatus state={state} onRetry={onRetry} />
      {restored > 0 && (
        <p className="editor-bar__restored" data-testid="restored-edits">
          {t('save.restored', { count: restored })}{' '}
          <button type="button" className="button button--link" onClick={onDiscardRestored}>
            {t('save.discardRestored')}
          </button>
        </p>
      )}
    </div>
  );
}
