import { intlTag, useLocale, useT } from '@zi/ui';
import { useDateTime } from '../auth/useDateTime';
import type { LkeQuestion } from '../worksheet/types';
import {
  type AnswerChange,
  type AnswerChangeText,
  answerChangeText,
  type BeforeAfter,
} from './answer-history';

interface AnswerChangeListProps {
  changes: readonly AnswerChange[];
  question: LkeQuestion;
}

export function AnswerChangeList({ changes, question }: AnswerChangeListProps) {
  const t = useT();
  const [locale] = useLocale();
  const dateTime = useDateTime();
  if (changes.length === 0) return <p className="empty-state">{t('answerHistory.empty')}</p>;
  const names = new Intl.ListFormat(intlTag(locale), { type: 'conjunction' });
  return (
    <ol className="timeline answer-changes">
      {changes.map((change) => (
        <li
          key={`${change.occurredAt}-${change.kind}-${change.code}`}
          className="timeline__item"
          data-testid="answer-change"
        >
          <strong>{t(`answerChangeKind.${change.kind}`)}</strong>{' '}
          <span className="cell-note">
            <time dateTime={change.occurredAt}>{dateTime(change.occurredAt)}</time> ·{' '}
            {t(`layer.${change.layer}`)}
            {change.actor && <> · {t('history.by', { name: change.actor.name })}</>}
          </span>
          {change.kind === 'ANSWER' ? (
            <ChangeDetails text={answerChangeText(change, question, locale)} />
          ) : (
            <p className="answer-change__files">{names.format(change.evidenceNames)}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function ChangeDetails({ text }: { text: AnswerChangeText }) {
  const t = useT();
  const side = (value: string | null) => value ?? t('answerHistory.blank');
  const change = ({ before, after }: BeforeAfter) =>
    t('answerHistory.change', { before: side(before), after: side(after) });
  return (
    <dl className="answer-change">
      {text.value && (
        <div>
          <dt>{text.part ?? t('answerHistory.answer')}</dt>
          <dd data-testid="answer-change-value">{change(text.value)}</dd>
        </div>
      )}
      {text.note && (
        <div>
          <dt>{t('answerHistory.note')}</dt>
          <dd>{change(text.note)}</dd>
        </div>
      )}
    </dl>
  );
}
