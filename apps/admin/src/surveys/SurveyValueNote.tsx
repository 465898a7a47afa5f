import type { SurveyValueFragment } from '@zi/schema/admin';
import { formatNumber, useLocale, useT } from '@zi/ui';
import { Link } from 'react-router';

interface SurveyValueNoteProps {
  value: SurveyValueFragment;
  /** The unit layer's answer now, to say when a person has changed the survey's number; null elsewhere. */
  answer: number | null | undefined;
}

/** Beside IPAK and IPKP: the survey's value with where it came from, and whether the answer still holds it. */
export function SurveyValueNote({ value, answer }: SurveyValueNoteProps) {
  const t = useT();
  const [locale] = useLocale();
  const number = (figure: number) => formatNumber(figure, locale, { min: 2, max: 2 });
  const changed = answer !== null && answer !== undefined && answer !== value.value;
  return (
    <p
      className={
        changed ? 'question__note survey-value survey-value--changed' : 'question__note survey-value'
      }
      data-testid="survey-value-note"
    >
      <span className="question__note-label">{t('surveys.fromSurvey')}</span>{' '}
      {t('surveys.fromSurveyValue', { value: number(value.value), responses: value.responsesUsed })}{' '}
      <Link to={`/survei/${value.periodId}`}>{value.periodTitle}</Link>
      {!value.written && <> · {t('surveys.notWrittenShort')}</>}
      {changed && <> · {t('surveys.changedByHand', { answer: number(answer) })}</>}
    </p>
  );
}
