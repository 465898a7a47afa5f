import { describe, expect, it } from 'vitest';
import type { LkeQuestion } from '../worksheet/types';
import type { QuestionEditor } from '../worksheet/WorksheetContext';
import { countProblems } from './CountAnswers';

const question = {
  code: 'A.II.5.ii.1',
  counts: ['n1', 'n2', 'n3'].map((suffix) => ({ code: `A.II.5.ii.1.${suffix}`, text: suffix })),
} as unknown as LkeQuestion;

const editorWith = (numbers: Record<string, number>) =>
  ({
    answerOf: (code: string) => (code in numbers ? { number: numbers[code] } : undefined),
  }) as unknown as QuestionEditor;

describe('the count form refuses what the API refuses, before saving', () => {
  it('shows 50 resolved of 40 complaints at the resolved count, naming the total', () => {
    expect(countProblems(question, editorWith({ 'A.II.5.ii.1.n1': 40, 'A.II.5.ii.1.n3': 50 }))).toMatchObject(
      [
        {
          code: 'A.II.5.ii.1.n3',
          reason: 'COUNT_EXCEEDS_TOTAL',
          related: ['A.II.5.ii.1.n1', 'A.II.5.ii.1.n2'],
        },
      ],
    );
  });

  it('has nothing to say about possible counts or counts not given yet', () => {
    expect(countProblems(question, editorWith({ 'A.II.5.ii.1.n1': 40, 'A.II.5.ii.1.n3': 40 }))).toEqual([]);
    expect(countProblems(question, editorWith({ 'A.II.5.ii.1.n3': 50 }))).toEqual([]);
  });
});
