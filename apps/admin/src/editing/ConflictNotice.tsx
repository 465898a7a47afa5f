import { type Translate, useLocale, useT } from '@zi/ui';
import { useDateTime } from '../auth/useDateTime';
import { answerText } from '../worksheet/format';
import type { AnswerValue, LkeQuestion } from '../worksheet/types';
import type { Conflict, SavedAnswer } from './autosave';
import { ConflictChoice } from './ConflictChoice';

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
    <ConflictChoice
      testId={`conflict-${code}`}
      title={
        <>
          {t('conflict.title')}
          {count && <span className="cell-note">{count.text}</span>}
        </>
      }
      mine={<Version value={conflict.mine} question={question} />}
      theirsLabel={theirsLabel(t, theirs, dateTime)}
      theirs={<Version value={conflict.theirs} question={question} />}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
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

function Version({ value, question }: { value: AnswerValue; question: LkeQuestion }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <>
      <strong>{answerText(question, value, locale) ?? t('question.noAnswer')}</strong>
      {value.note && <span className="conflict__note">{value.note}</span>}
    </>
  );
}
