import type { Framework, QuestionEntry } from '../framework.js';
import type { AnswerValue } from '../score.js';

type Pick = 'best' | 'worst';

function countsFor(entry: QuestionEntry, pick: Pick): Record<string, number> {
  const { formula } = entry;
  if (!formula) return {};
  // Best: numerator terms at their full share of the denominator; worst: numerator at zero.
  const values: Record<string, number> = {};
  for (const code of Object.keys(formula.denominator)) values[code] = 10;
  for (const [code, factor] of Object.entries(formula.numerator)) {
    if (code in formula.denominator) continue;
    values[code] = pick === 'best' ? (factor > 0 ? 10 : 0) : factor > 0 ? 0 : 10;
  }
  for (const count of entry.node.counts ?? []) values[count.code] ??= 0;
  return values;
}

/** Every question answered at its best (or worst), counts included. */
export function uniformAnswers(framework: Framework, pick: Pick): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const entry of framework.questions.values()) {
    if (entry.formula) Object.assign(answers, countsFor(entry, pick));
    else if (entry.answerType.options) {
      const options = entry.answerType.options;
      const option = pick === 'best' ? options[0] : options.at(-1);
      if (option) answers[entry.node.code] = option.value;
    } else if (entry.answerType.range) {
      answers[entry.node.code] = pick === 'best' ? entry.answerType.range.max : entry.answerType.range.min;
    }
  }
  return answers;
}
