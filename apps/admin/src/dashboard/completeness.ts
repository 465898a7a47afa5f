import type { Translate } from '@zi/ui';

interface Completeness {
  answered: number;
  questions: number;
}

/** How many of its worksheet's questions a score rests on: "113/113". */
export const answeredOf = ({ answered, questions }: Completeness) => `${answered}/${questions}`;

/** The same, worded to sit beside a score: "terjawab 113/113". */
export function completenessText(row: Completeness, t: Translate): string {
  return t('dashboard.completeness', { answered: row.answered, questions: row.questions });
}
