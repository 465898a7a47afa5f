import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { framework } from '../worksheet/test-fixtures';
import { worksheetTree } from '../worksheet/worksheet-tree';
import { incompleteByArea, incompleteOf } from './incomplete';

const tree = worksheetTree(framework);

describe('an incomplete submission', () => {
  it('reads the unanswered questions the API lists', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: '3 questions are not answered yet: B.I.a.1, A.I.1.i.b, A.II.5.iii.a.1',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'assessmentId',
            reason: 'INCOMPLETE',
            incomplete: ['B.I.a.1', 'A.I.1.i.b', 'A.II.5.iii.a.1'],
          },
        },
      ],
    });
    expect(incompleteOf(error)).toEqual({ layer: 'UNIT', codes: ['B.I.a.1', 'A.I.1.i.b', 'A.II.5.iii.a.1'] });
  });

  it('is not another refusal', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Your role may not submit.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(incompleteOf(error)).toBeNull();
    expect(incompleteOf(new TypeError('Failed to fetch'))).toBeNull();
    const tpi = new CombinedGraphQLErrors({
      errors: [
        {
          message: '1 question is not evaluated by the TPI yet: A.I.1.i.b',
          extensions: { code: 'BAD_USER_INPUT', reason: 'TPI_INCOMPLETE', incomplete: ['A.I.1.i.b'] },
        },
      ],
    });
    // An approval refused for the TPI's unanswered questions lists them the same way.
    expect(incompleteOf(tpi)).toEqual({ layer: 'TPI', codes: ['A.I.1.i.b'] });
  });

  it('groups the questions by area in sheet order, whatever order the API gave', () => {
    if (!tree) throw new Error('no tree');
    const areas = incompleteByArea(['B.I.a.1', 'A.II.5.iii.a.1', 'A.I.1.i.b', 'A.I.1.i.a', 'X.9'], tree);
    expect(
      areas.map(({ area, questions }) => [area.code, questions.map((question) => question.code)]),
    ).toEqual([
      ['A.I.1', ['A.I.1.i.a', 'A.I.1.i.b']],
      ['A.II.5', ['A.II.5.iii.a.1']],
      ['B.I.a', ['B.I.a.1']],
    ]);
  });
});
