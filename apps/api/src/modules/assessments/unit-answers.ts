import type { Framework } from '@zi/lke';
import { AnswerLayer } from './assessment.entity.js';
import type { AnswerInput } from './assessment.inputs.js';

/** An answer row of the unit's or the TPI's layer, as stored. */
export interface StoredAnswer {
  layer: AnswerLayer;
  code: string;
  value: string | number | null;
  note: string | null;
  version: number;
}

const given = (answer: StoredAnswer | undefined) => answer !== undefined && answer.value !== null;

/** The codes that hold a question's answer: its own, or those of its counts. */
const valueCodes = (framework: Framework, code: string) => {
  const counts = framework.questions.get(code)?.node.counts ?? [];
  return counts.length > 0 ? counts.map((count) => count.code) : [code];
};

/**
 * The TPI edits that take the unit's answer for each question the unit answered fully and the TPI
 * not at all (a question partly answered by the TPI is its work in progress), keeping the TPI's
 * notes and the versions they edit.
 */
export function unitAnswersToAccept(
  framework: Framework,
  rows: readonly StoredAnswer[],
): { accepted: string[]; answers: AnswerInput[] } {
  const byLayer = (layer: AnswerLayer) =>
    new Map(rows.filter((row) => row.layer === layer).map((row) => [row.code, row]));
  const unit = byLayer(AnswerLayer.UNIT);
  const tpi = byLayer(AnswerLayer.TPI);
  const accepted = [...framework.questions.keys()].filter((code) => {
    const codes = valueCodes(framework, code);
    return codes.every((item) => given(unit.get(item))) && !codes.some((item) => given(tpi.get(item)));
  });
  const answers = accepted.flatMap((code) =>
    valueCodes(framework, code).map((item) => {
      const value = unit.get(item)?.value ?? null;
      const own = tpi.get(item);
      return {
        code: item,
        option: typeof value === 'string' ? value : null,
        number: typeof value === 'number' ? value : null,
        note: own?.note ?? null,
        version: own?.version ?? 0,
      };
    }),
  );
  return { accepted, answers };
}
