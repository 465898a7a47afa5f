import type { Formula, Framework, GroupNode, LinearForm, QuestionEntry, QuestionNode } from '@zi/lke';
import { LKE_TEMPLATE } from './lke-workbook.layout.js';

/** The columns one layer's formulas read and write. */
export interface FormulaColumns {
  answer: string;
  value: string;
  percent: string;
}

/** A cell's formula (without the leading `=`), by address. */
export type CellFormulas = Map<string, string>;

const { weightColumn } = LKE_TEMPLATE;

function rowOf(node: { code: string; sourceRow?: number }): number {
  if (node.sourceRow === undefined) throw new Error(`${node.code} has no row in the template`);
  return node.sourceRow;
}

/** `2*K152-K153`: a linear form over the count cells. */
function linearSql(form: LinearForm, cellOf: (code: string) => string): string {
  const terms = Object.entries(form).map(([code, factor], index) => {
    const sign = factor < 0 ? '-' : index === 0 ? '' : '+';
    const size = Math.abs(factor);
    return `${sign}${size === 1 ? '' : `${size}*`}${cellOf(code)}`;
  });
  return terms.join('');
}

/** The counts a formula reads, each once, and the linear forms over their cells. */
function formulaParts(formula: Formula, cellOf: (code: string) => string) {
  const counts = [...new Set([...Object.keys(formula.numerator), ...Object.keys(formula.denominator)])];
  return {
    cells: counts.map(cellOf).join(','),
    count: counts.length,
    numerator: linearSql(formula.numerator, cellOf),
    denominator: linearSql(formula.denominator, cellOf),
  };
}

/**
 * A question's ratio as the engine scores it (`@zi/lke` score.ts), written as a spreadsheet formula:
 * an option earns its ratio, a number its share of the scale, counts their formula's ratio capped
 * to 0–1; unanswered earns 0; a zero denominator that means "nothing to handle" is `""`, which
 * AVERAGE and COUNT leave out, as the engine leaves the question out of its sub-area's mean.
 */
function ratioFormula(entry: QuestionEntry, answerColumn: string, cellOf: (code: string) => string): string {
  const answer = `${answerColumn}${rowOf(entry.node)}`;
  if (entry.formula) {
    const { cells, count, numerator, denominator } = formulaParts(entry.formula, cellOf);
    const zero = entry.formula.zeroDenominator === 'NOT_APPLICABLE' ? `IF(${numerator}>=0,"",0)` : '0';
    return `IF(COUNT(${cells})<${count},0,IF(${denominator}=0,${zero},MIN(1,MAX(0,(${numerator})/(${denominator})))))`;
  }
  const { options, range } = entry.answerType;
  if (options) {
    return options
      .filter((option) => option.ratio > 0)
      .reduceRight(
        (otherwise, option) => `IF(${answer}="${option.label}",${option.ratio},${otherwise})`,
        '0',
      );
  }
  const scale = range?.scale ?? 1;
  return `IF(ISNUMBER(${answer}),MIN(1,MAX(0,${answer}/${scale})),0)`;
}

/** What a question scored from counts shows in its own answer cell: the percentage, uncapped. */
function percentAnswerFormula(formula: Formula, cellOf: (code: string) => string): string {
  const { cells, count, numerator, denominator } = formulaParts(formula, cellOf);
  return `IF(COUNT(${cells})<${count},"",IF(${denominator}=0,"",(${numerator})/(${denominator})))`;
}

/**
 * Every formula one layer needs in the answer sheet: each question's ratio and percentage, each
 * group's points (a sub-area: the mean ratio of its applicable questions times its weight, the
 * whole weight when none applies; any other group: the sum of its parts) and share of its weight,
 * the totals rows, and the percentage shown as the answer of a question scored from counts.
 */
export function layerFormulas(framework: Framework, columns: FormulaColumns): CellFormulas {
  const formulas: CellFormulas = new Map();
  const cellOfCount = (code: string) => {
    const owner = framework.counts.get(code);
    const count = owner?.node.counts?.find((candidate) => candidate.code === code);
    if (!count) throw new Error(`${code} is not a count of the framework`);
    return `${columns.answer}${rowOf(count)}`;
  };
  // A question on its group's own row (the results' survey values) is scored inline in its group.
  const sharesGroupRow = (question: QuestionNode, group: GroupNode) => rowOf(question) === rowOf(group);
  const ratioOf = (question: QuestionNode, group: GroupNode) => {
    const entry = framework.questions.get(question.code) as QuestionEntry;
    return sharesGroupRow(question, group)
      ? `(${ratioFormula(entry, columns.answer, cellOfCount)})`
      : `${columns.value}${rowOf(question)}`;
  };

  const writeGroup = (group: GroupNode): string => {
    const row = rowOf(group);
    const value = `${columns.value}${row}`;
    const subgroups = group.children.filter((child): child is GroupNode => child.kind === 'group');
    if (subgroups.length > 0) {
      formulas.set(value, `SUM(${subgroups.map(writeGroup).join(',')})`);
    } else {
      const questions = group.children.filter((child): child is QuestionNode => child.kind === 'question');
      for (const question of questions) if (!sharesGroupRow(question, group)) writeQuestion(question);
      const ratios = questions.map((question) => ratioOf(question, group)).join(',');
      const weight = `${weightColumn}${row}`;
      formulas.set(value, `IF(COUNT(${ratios})=0,${weight},AVERAGE(${ratios})*${weight})`);
    }
    formulas.set(`${columns.percent}${row}`, `${value}/${weightColumn}${row}`);
    return value;
  };
  const writeQuestion = (question: QuestionNode) => {
    const entry = framework.questions.get(question.code) as QuestionEntry;
    const row = rowOf(question);
    const value = `${columns.value}${row}`;
    formulas.set(value, ratioFormula(entry, columns.answer, cellOfCount));
    formulas.set(`${columns.percent}${row}`, value);
    if (entry.formula)
      formulas.set(`${columns.answer}${row}`, percentAnswerFormula(entry.formula, cellOfCount));
  };

  const components = new Map<string, string>();
  for (const child of framework.tree.children) {
    if (child.kind === 'group') components.set(child.code, writeGroup(child));
  }
  for (const { row, components: codes } of LKE_TEMPLATE.totals) {
    formulas.set(`${columns.value}${row}`, `SUM(${codes.map((code) => components.get(code)).join(',')})`);
  }
  return formulas;
}
