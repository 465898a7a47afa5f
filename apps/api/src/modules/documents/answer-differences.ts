import type { Framework } from '@zi/lke';
import type { LayerData } from './documents.queries.js';
import type { AnswerDifference } from './lhe.pdf.js';
import { answerLabel } from './lke-workbook.export.js';

/** A question's answer as a reader knows it: the option's letter, the number, a formula's percentage. */
function shownAnswer(framework: Framework, layer: LayerData, code: string): string {
  const entry = framework.questions.get(code);
  const percent = layer.questions?.[code]?.percent;
  if (entry?.formula) {
    return percent === undefined ? '-' : `${percent.toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;
  }
  const value = layer.answers.get(code)?.value;
  return value === null || value === undefined ? '-' : String(answerLabel(entry, value));
}

/**
 * The questions where the unit's stored ratio and the TPI's differ (both applicable), with both
 * answers as a reader knows them: what the LHE lists as the evaluation's differences.
 */
export function answerDifferences(framework: Framework, unit: LayerData, tpi: LayerData): AnswerDifference[] {
  const differences: AnswerDifference[] = [];
  for (const code of framework.questions.keys()) {
    const unitRatio = unit.questions?.[code]?.ratio;
    const tpiRatio = tpi.questions?.[code]?.ratio;
    if (unitRatio === null || unitRatio === undefined || tpiRatio === null || tpiRatio === undefined)
      continue;
    if (unitRatio === tpiRatio) continue;
    differences.push({
      code,
      unit: shownAnswer(framework, unit, code),
      tpi: shownAnswer(framework, tpi, code),
      difference: tpiRatio - unitRatio,
    });
  }
  return differences;
}
