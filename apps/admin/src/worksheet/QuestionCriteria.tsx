import { useT } from '@zi/ui';
import type { LkeQuestion } from './types';

interface QuestionCriteriaProps {
  question: LkeQuestion;
  /** The option the layer chose, if any. */
  chosen: string | null;
}

/** The sheet's criteria: per option for choice questions (the chosen one marked), else as written. */
export function QuestionCriteria({ question, chosen }: QuestionCriteriaProps) {
  const t = useT();
  if (question.options.some((option) => option.criteria)) {
    return (
      <ol className="options" aria-label={t('question.criteria')}>
        {question.options.map((option) => {
          const isChosen = option.value === chosen;
          return (
            <li key={option.value} className={isChosen ? 'option option--chosen' : 'option'}>
              <span className="option__label">{option.label}</span>
              <span>
                {option.criteria}
                {isChosen && <span className="option__chosen"> ✓ {t('question.chosen')}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    );
  }
  return (
    <>
      {question.criteria && <p className="question__criteria">{question.criteria}</p>}
      {question.formula && (
        <p className="cell-note">{t('question.formula', { formula: question.formula })}</p>
      )}
    </>
  );
}
