import { type Translate, useLocale, useT } from '@zi/ui';
import { useDateTime } from '../auth/useDateTime';
import { answerText } from '../worksheet/format';
import type { AnswerValue, LkeQuestion } from '../worksheet/types';
import type { Conflict, SavedAnswer } from './autosave';

interface ConflictNoticeProps {
  question: LkeQuestion;
  /** The question's own code, or one of its counts. */
  code: string;
  conflict: Conflict;
  /** The saved answer, when it is the version in conflict: it tells who saved it and when. */
  saved: SavedAnswer | undefined;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Someone saved this answer while it was being edited: both versions side by side, the person decides. */
export function ConflictNotice({
  question,
  code,
  conflict,
  saved,
  onKeepMine,
  onTakeTheirs,
}: ConflictNoticeProps) {
  const t = useT();
  const dateTime = useDateTime();
  const count = question.counts.find((candidate) => candidate.code === code);
  const theirs = saved?.version === conflict.version ? saved : undefined;
  return (
    <fieldset className="conflict" data-testid={`conflict-${code}`}>
      <legend className="conflict__title">
        {t('conflict.title')}
        {count && <span className="cell-note">{count.text}</span>}
      </legend>
      <dl className="conflict__versions">
        <Version label={t('conflict.mine')} value={conflict.mine} question={question} />
        <Version label={theirsLabel(t, theirs, dateTime)} value={conflict.theirs} question={question} />
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

/** "Saved version", with who saved it and when as far as they are known. */
function theirsLabel(
  t: Translate,
  saved: SavedAnswer | undefined,
  dateTime: (instant: string) => string,
): string {
  const name = saved?.author?.name;
  const time = saved?.updatedAt ? dateTime(saved.updatedAt) : null;
  if (name && time) return t('conflict.theirsByAt', { name, time });
  if (name) return t('conflict.theirsBy', { name });
  if (time) return t('conflict.theirsAt', { time });
  return t('conflict.theirs');
}

function Version({ label, value, question }: { label: string; value: AnswerValue; question: LkeQuestion }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <div className="conflict__version">
      <dt>{label}</dt>
      <dd>
        <strong>{answerText(question, value, locale) ?? t('question.noAnswer')}</strong>
        {value.note && <span className="conflict__note">{value.note}</span>}
      </dd>
    </div>
  );
}
