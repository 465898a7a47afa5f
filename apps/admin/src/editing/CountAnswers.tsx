import { type AnswerProblem, COUNT_MAX, FRAMEWORKS, validateCounts } from '@zi/lke';
import { useT } from '@zi/ui';
import { useRefusalText } from '../useRefusalText';
import type { LkeQuestion } from '../worksheet/types';
import type { QuestionEditor } from '../worksheet/WorksheetContext';
import { EMPTY_ANSWER } from './answer-value';
import { DecimalInput } from './DecimalInput';

/**
 * Impossible combinations of this question's counts (50 resolved of 40, a breakdown that does not add
 * up), as the API would refuse them: the engine's own check, shown before saving.
 */
export function countProblems(question: LkeQuestion, editor: QuestionEditor): AnswerProblem[] {
  const first = question.counts[0]?.code;
  const framework = [...FRAMEWORKS.values()].find((candidate) => first && candidate.counts.has(first));
  if (!framework) return [];
  const answers = Object.fromEntries(
    question.counts.map((count) => [count.code, editor.answerOf(count.code)?.number ?? null]),
  );
  return validateCounts(framework, answers);
}

/** The counts a percentage is computed from; the percentage itself shows with the question's score. */
export function CountAnswers({ question, editor }: { question: LkeQuestion; editor: QuestionEditor }) {
  const t = useT();
  const refusalText = useRefusalText();
  const problems = countProblems(question, editor);
  return (
    <div className="answer-counts">
      {question.formula && (
        <p className="cell-note">{t('question.formula', { formula: question.formula })}</p>
      )}
      {question.counts.map((count) => {
        const answer = editor.answerOf(count.code) ?? EMPTY_ANSWER;
        const problem = problems.find((candidate) => candidate.code === count.code);
        return (
          <div key={count.code}>
            <DecimalInput
              label={count.text}
              value={answer.number}
              min={0}
              max={COUNT_MAX}
              whole
              testId={`count-${count.code}`}
              onChange={(number) => editor.edit(count.code, { ...answer, option: null, number })}
            />
            {problem && (
              <p className="field__error" role="alert" data-testid={`count-problem-${count.code}`}>
                {refusalText({
                  message: problem.message,
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    reason: problem.reason,
                    questionCode: problem.code,
                    related: problem.related,
                  },
                })}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
