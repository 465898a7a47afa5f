import type { AnswerTypeDefinition } from './framework.js';

const letters = (ratios: number[]) =>
  ratios.map((ratio, index) => {
    const value = String.fromCharCode(97 + index);
    return { value, label: value.toUpperCase(), ratio };
  });

/** The answer types of PermenPANRB 90/2021's worksheet, with the sheet's own ratios. */
export const STANDARD_ANSWER_TYPES: AnswerTypeDefinition[] = [
  {
    id: 'YA_TIDAK',
    label: 'Ya/Tidak',
    options: [
      { value: 'ya', label: 'Ya', ratio: 1 },
      { value: 'tidak', label: 'Tidak', ratio: 0 },
    ],
  },
  { id: 'ABC', label: 'A/B/C', options: letters([1, 0.5, 0]) },
  // The official sheet rounds thirds to two places: 0.67 and 0.33, not 2/3 and 1/3.
  { id: 'ABCD', label: 'A/B/C/D', options: letters([1, 0.67, 0.33, 0]) },
  { id: 'ABCDE', label: 'A/B/C/D/E', options: letters([1, 0.75, 0.5, 0.25, 0]) },
  { id: 'PERCENT', label: '%', range: { min: 0, max: 100, scale: 100 } },
  { id: 'SURVEY_0_4', label: 'Nilai (0-4)', range: { min: 0, max: 4, scale: 4 } },
];
