import { useT } from '@zi/ui';
import { useRef } from 'react';
import { QUESTION_FILTERS, type QuestionFilter } from './question-filter';
import { revealQuestion } from './reveal-question';

interface QuestionFilterBarProps {
  filter: QuestionFilter | null;
  /** How many questions each filter keeps. */
  counts: Readonly<Record<QuestionFilter, number>>;
  /** The unanswered questions' codes, in the worksheet's order. */
  unanswered: readonly string[];
  onChange: (filter: QuestionFilter | null) => void;
}

/** The code of the question holding the keyboard focus, if any. */
function focusedQuestion(): string | null {
  const row = document.activeElement?.closest<HTMLElement>('[id^="q-"]');
  return row ? row.id.slice(2) : null;
}

/**
 * Moves to the next unanswered question after `from` (from the top, after the last): opens its
 * area, scrolls to it and puts the keyboard there. Returns the question it went to.
 */
function goToNextUnanswered(unanswered: readonly string[], from: string | null): string | null {
  const at = from ? unanswered.indexOf(from) : -1;
  const next = unanswered[(at + 1) % unanswered.length];
  if (!next) return null;
  revealQuestion(next);
  const row = document.getElementById(`q-${next}`);
  if (!row) return null;
  row.scrollIntoView({ block: 'start' });
  const field = row.querySelector<HTMLElement>('input, select, textarea, button');
  (field ?? row).focus({ preventScroll: true });
  return next;
}

/** Shows all questions or only those a filter keeps, with their counts; and goes to the next unanswered one. */
export function QuestionFilterBar({ filter, counts, unanswered, onChange }: QuestionFilterBarProps) {
  const t = useT();
  // Where it went last: a click on the button takes the focus off that question.
  const last = useRef<string | null>(null);
  return (
    <div className="question-filters" data-testid="question-filters">
      <fieldset className="question-filters__choices">
        <legend className="visually-hidden">{t('questionFilter.legend')}</legend>
        {[null, ...QUESTION_FILTERS].map((choice) => (
          <label key={choice ?? 'all'} className="question-filters__choice">
            <input
              type="radio"
              name="question-filter"
              checked={filter === choice}
              onChange={() => onChange(choice)}
              data-testid={`question-filter-${choice ?? 'all'}`}
            />
            {choice === null
              ? t('questionFilter.all')
              : t(`questionFilter.${choice}`, { count: counts[choice] })}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button--secondary"
        disabled={unanswered.length === 0}
        onClick={() => {
          last.current = goToNextUnanswered(unanswered, focusedQuestion() ?? last.current);
        }}
        data-testid="next-unanswered"
      >
        {t('questionFilter.nextUnanswered')}
      </button>
    </div>
  );
}
