import { requireFramework } from '@zi/lke';

export type TestAnswer = { code: string; option?: string; number?: number; version: number };

/** Every question answered at its best, counts included, as a layer's first answers. */
export function completeAnswers(): TestAnswer[] {
  const answers: TestAnswer[] = [];
  for (const entry of requireFramework('permenpanrb-90-2021').questions.values()) {
    if (entry.formula) {
      const { numerator, denominator, limits = [] } = entry.formula;
      // Within every count limit: a breakdown's first part holds the whole total, other counts 0.
      const firstParts = new Set(
        limits.filter((limit) => limit.kind === 'breakdown').map((limit) => limit.parts[0]),
      );
      for (const count of entry.node.counts ?? []) {
        const lowers = (numerator[count.code] ?? 0) < 0;
        const inFormula = count.code in numerator || count.code in denominator || firstParts.has(count.code);
        answers.push({ code: count.code, number: lowers || !inFormula ? 0 : 10, version: 0 });
      }
    } else if (entry.answerType.options) {
      answers.push({ code: entry.node.code, option: entry.answerType.options[0]?.value, version: 0 });
    } else {
      answers.push({ code: entry.node.code, number: entry.answerType.range?.max ?? 0, version: 0 });
    }
  }
  return answers;
}
