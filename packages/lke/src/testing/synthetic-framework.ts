import { STANDARD_ANSWER_TYPES } from '../answer-types.js';
import type { FrameworkData } from '../framework.js';

/**
 * A small framework with other weights, answer types and thresholds than PermenPANRB 90/2021,
 * in the spirit of the older 52/2014 sheet: proves the engine reads everything from data.
 */
export const syntheticFramework: FrameworkData = {
  code: 'synthetic-2014',
  version: '2014.1',
  title: 'Synthetic worksheet',
  regulation: 'test only',
  answerTypes: [
    ...STANDARD_ANSWER_TYPES,
    {
      id: 'LIKERT_3',
      label: 'Baik/Cukup/Kurang',
      options: [
        { value: 'baik', label: 'Baik', ratio: 1 },
        { value: 'cukup', label: 'Cukup', ratio: 0.4 },
        { value: 'kurang', label: 'Kurang', ratio: 0 },
      ],
    },
  ],
  tree: {
    kind: 'group',
    level: 'total',
    code: 'T',
    title: 'Total',
    weight: 50,
    children: [
      {
        kind: 'group',
        level: 'component',
        code: 'P',
        title: 'Process',
        weight: 30,
        children: [
          {
            kind: 'group',
            level: 'area',
            code: 'P.1',
            title: 'Area one',
            weight: 20,
            children: [
              { kind: 'question', code: 'P.1.a', text: 'Likert question', answerType: 'LIKERT_3' },
              { kind: 'question', code: 'P.1.b', text: 'Yes/no question', answerType: 'YA_TIDAK' },
            ],
          },
          {
            kind: 'group',
            level: 'area',
            code: 'P.2',
            title: 'Area two',
            weight: 10,
            children: [
              {
                kind: 'question',
                code: 'P.2.a',
                text: 'Share of findings followed up',
                answerType: 'PERCENT',
                counts: [
                  { code: 'P.2.a.findings', text: 'Findings' },
                  { code: 'P.2.a.done', text: 'Followed up' },
                ],
              },
            ],
          },
        ],
      },
      {
        kind: 'group',
        level: 'component',
        code: 'R',
        title: 'Result',
        weight: 20,
        children: [{ kind: 'question', code: 'R.a', text: 'Survey', answerType: 'SURVEY_0_4' }],
      },
    ],
  },
  formulas: {
    'P.2.a': {
      numerator: { 'P.2.a.done': 1 },
      denominator: { 'P.2.a.findings': 1 },
      description: 'followed up ÷ findings',
      zeroDenominator: 'NOT_APPLICABLE',
      zeroDenominatorReason: 'No findings leave nothing to follow up.',
      limits: [{ kind: 'atMost', parts: ['P.2.a.done'], total: 'P.2.a.findings' }],
    },
  },
  targets: [
    {
      id: 'WBK',
      label: 'Synthetic WBK',
      rules: [
        { id: 'total', label: 'Total ≥ 30', kind: 'minScore', nodes: ['T'], min: 30 },
        { id: 'process', label: 'Process ≥ 50%', kind: 'minPercentOfWeight', nodes: ['P'], min: 50 },
      ],
    },
  ],
  areas: [{ id: 'process', label: 'Process', nodes: ['P'] }],
};
