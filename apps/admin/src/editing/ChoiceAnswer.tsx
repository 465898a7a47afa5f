import { useT } from '@zi/ui';
import type { AnswerValue, LkeQuestion } from '../worksheet/types';

interface ChoiceAnswerProps {
  question: LkeQuestion;
  /** The shown layer, so the same question in two layers has two radio groups. */
  name: string;
  value: AnswerValue;
  onChange: (value: AnswerValue) => void;
  describedBy: string;
}

/** One radio button per option, each with the sheet's criteria for choosing it. */
export function ChoiceAnswer({ question, name, value, onChange, describedBy }: ChoiceAnswerProps) {
  const t = useT();
  return (
    <fieldset className="answer-choice" aria-describedby={describedBy}>
      <legend className="answer-choice__legend">{t('question.answer')}</legend>
      {question.criteria && !question.options.some((option) => option.criteria) && (
        <p className="question__criteria">{question.criteria}</p>
      )}
      {question.options.map((option) => (
        <label key={option.value} className="answer-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value.option === option.value}
            data-testid={`option-${option.value}`}
            onChange={() => onChange({ ...value, option: option.value, number: null })}
          />
          <span className="answer-option__label">{option.label}</span>
          {option.criteria && <span className="answer-option__criteria">{option.criteria}</span>}
        </label>
      ))}
      {value.option !== null && (
        <button
          type="button"
          className="button button--link answer-choice__clear"
          onClick={() => onChange({ ...value, option: null })}
        >
          {t('edit.clearAnswer')}
          <span className="visually-hidden"> {question.code}</span>
        </button>
      )}
    </fieldset>
  );
}
