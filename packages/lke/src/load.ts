import type {
  AnswerTypeDefinition,
  Framework,
  FrameworkData,
  GroupNode,
  LinearForm,
  QuestionEntry,
  QuestionNode,
} from './framework.js';
import { clean } from './numbers.js';

/** A framework that cannot be scored; the message names the node at fault. */
export class FrameworkError extends Error {
  constructor(
    readonly frameworkCode: string,
    readonly nodeCode: string,
    problem: string,
  ) {
    super(`Framework ${frameworkCode}, node ${nodeCode}: ${problem}`);
    this.name = 'FrameworkError';
  }
}

class Loader {
  readonly groups = new Map<string, GroupNode>();
  readonly questions = new Map<string, QuestionEntry>();
  readonly counts = new Map<string, QuestionEntry>();
  private readonly codes = new Set<string>();
  private readonly answerTypes: Map<string, AnswerTypeDefinition>;

  constructor(private readonly data: FrameworkData) {
    this.answerTypes = new Map(data.answerTypes.map((type) => [type.id, type]));
  }

  fail(nodeCode: string, problem: string): never {
    throw new FrameworkError(this.data.code, nodeCode, problem);
  }

  claim(code: string): void {
    if (this.codes.has(code)) this.fail(code, 'the code is used twice');
    this.codes.add(code);
  }

  group(node: GroupNode, ancestors: GroupNode[]): void {
    this.claim(node.code);
    if (!(Number.isFinite(node.weight) && node.weight > 0))
      this.fail(node.code, 'a group needs a positive weight');
    if (node.children.length === 0) this.fail(node.code, 'a group needs children');
    this.groups.set(node.code, node);
    const subgroups = node.children.filter((child): child is GroupNode => child.kind === 'group');
    if (subgroups.length > 0 && subgroups.length !== node.children.length) {
      this.fail(node.code, 'a group holds either groups or questions, not both');
    }
    if (subgroups.length > 0) {
      const sum = clean(subgroups.reduce((total, child) => total + child.weight, 0));
      if (sum !== clean(node.weight)) {
        this.fail(
          node.code,
          `the weights of its children add up to ${sum}, not to its weight ${node.weight}`,
        );
      }
    }
    for (const child of node.children) {
      if (child.kind === 'group') this.group(child, [...ancestors, node]);
      else this.question(child, node, [...ancestors, node]);
    }
  }

  question(node: QuestionNode, group: GroupNode, ancestors: GroupNode[]): void {
    this.claim(node.code);
    const answerType = this.answerTypes.get(node.answerType);
    if (!answerType) this.fail(node.code, `unknown answer type "${node.answerType}"`);
    const formula = this.data.formulas[node.code];
    const entry: QuestionEntry = { node, group, ancestors, answerType, formula };
    const countCodes = new Set((node.counts ?? []).map((count) => count.code));
    for (const code of countCodes) {
      this.claim(code);
      this.counts.set(code, entry);
    }
    if (countCodes.size > 0 && !formula) this.fail(node.code, 'a question with count inputs needs a formula');
    if (formula) {
      this.linearForm(node.code, formula.numerator, countCodes);
      this.linearForm(node.code, formula.denominator, countCodes);
      if (formula.zeroDenominator !== 'NOT_APPLICABLE' && formula.zeroDenominator !== 'ZERO_SCORE') {
        this.fail(node.code, 'a formula needs a zeroDenominator rule: NOT_APPLICABLE or ZERO_SCORE');
      }
      for (const limit of formula.limits ?? []) {
        for (const code of [limit.total, ...limit.parts]) {
          if (!countCodes.has(code))
            this.fail(node.code, `its limit uses "${code}", which is not one of its count inputs`);
        }
      }
    }
    this.questions.set(node.code, entry);
  }

  linearForm(questionCode: string, form: LinearForm, countCodes: Set<string>): void {
    if (Object.keys(form).length === 0) this.fail(questionCode, 'a formula term is empty');
    for (const code of Object.keys(form)) {
      if (!countCodes.has(code))
        this.fail(questionCode, `its formula uses "${code}", which is not one of its count inputs`);
    }
  }

  formulasWithoutQuestion(): void {
    for (const code of Object.keys(this.data.formulas)) {
      if (!this.questions.has(code)) this.fail(code, 'a formula is given for a question that does not exist');
    }
  }

  areas(): void {
    for (const area of this.data.areas) {
      for (const code of area.nodes) {
        if (!this.groups.has(code)) this.fail(code, `area ${area.id} names a group that does not exist`);
      }
    }
  }

  targets(): void {
    for (const target of this.data.targets) {
      for (const rule of target.rules) {
        if (rule.kind === 'priorPredicate') continue;
        for (const code of rule.nodes) {
          if (!this.groups.has(code))
            this.fail(code, `rule ${target.id}/${rule.id} names a group that does not exist`);
        }
      }
    }
  }
}

/**
 * Validates framework data and indexes it. Every framework goes through here before any score is
 * computed: weights add up at every level, codes are unique, every count input has a formula.
 */
export function loadFramework(data: FrameworkData): Framework {
  const loader = new Loader(data);
  if (data.tree.level !== 'total') loader.fail(data.tree.code, 'the root must be the total');
  loader.group(data.tree, []);
  loader.formulasWithoutQuestion();
  loader.targets();
  loader.areas();
  return { ...data, groups: loader.groups, questions: loader.questions, counts: loader.counts };
}
