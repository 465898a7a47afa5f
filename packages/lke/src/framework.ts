/** The shapes of a worksheet framework (one regulation's LKE) as plain data. */

export interface OptionDefinition {
  value: string;
  label: string;
  ratio: number;
}

export interface AnswerTypeDefinition {
  id: string;
  label: string;
  /** Choice questions: the options and the share of the weight each earns. */
  options?: OptionDefinition[];
  /** Numeric questions: the accepted range and how a value becomes a ratio (value / scale). */
  range?: { min: number; max: number; scale: number };
}

export interface CountInput {
  code: string;
  text: string;
  sourceRow?: number;
}

/** A linear combination of a question's count inputs: count code → factor. */
export type LinearForm = Readonly<Record<string, number>>;

/**
 * What a zero denominator means (decision 0034): nothing to handle, so the question does not count
 * (`NOT_APPLICABLE`), or none of the unit's own work done, so it earns nothing (`ZERO_SCORE`).
 */
export type ZeroDenominatorRule = 'NOT_APPLICABLE' | 'ZERO_SCORE';

/**
 * A count's domain beyond "a whole number ≥ 0": the parts together may not exceed the total
 * (`atMost`), or, as a breakdown of the total, must add up to it once every part is given.
 */
export interface CountLimit {
  kind: 'atMost' | 'breakdown';
  parts: string[];
  total: string;
}

/** ratio = numerator / denominator, capped to [0, 1]. */
export interface Formula {
  numerator: LinearForm;
  denominator: LinearForm;
  /** How the ratio is explained to a person, e.g. "perubahan dibuat ÷ agen perubahan". */
  description: string;
  zeroDenominator: ZeroDenominatorRule;
  /** Why this formula's zero denominator gets that rule, for the evaluator and the decision record. */
  zeroDenominatorReason: string;
  /** Impossible combinations of its counts, refused before saving. */
  limits?: CountLimit[];
}

export interface QuestionNode {
  kind: 'question';
  code: string;
  text: string;
  answerType: string;
  criteria?: string;
  optionCriteria?: Readonly<Record<string, string>>;
  counts?: CountInput[];
  sourceRow?: number;
}

export type GroupLevel = 'total' | 'component' | 'half' | 'area' | 'subArea';

export interface GroupNode {
  kind: 'group';
  level: GroupLevel;
  code: string;
  title: string;
  weight: number;
  children: Array<GroupNode | QuestionNode>;
  sourceRow?: number;
}

export type TargetId = 'WBK' | 'WBBM';

export type Rule =
  | { id: string; label: string; kind: 'minScore'; nodes: string[]; min: number }
  | { id: string; label: string; kind: 'minPercentOfWeight'; nodes: string[]; min: number }
  | { id: string; label: string; kind: 'priorPredicate'; requires: TargetId };

export interface Target {
  id: TargetId;
  label: string;
  rules: Rule[];
}

/** A change area as dashboards follow it: one or more groups, scored together. */
export interface AreaDefinition {
  id: string;
  label: string;
  nodes: string[];
}

export interface FrameworkData {
  code: string;
  version: string;
  title: string;
  regulation: string;
  answerTypes: AnswerTypeDefinition[];
  tree: GroupNode;
  /** Formulas of the questions scored from count inputs, by question code. */
  formulas: Readonly<Record<string, Formula>>;
  targets: Target[];
  /** The areas monitoring and dashboards follow; may be empty. */
  areas: AreaDefinition[];
}

export interface QuestionEntry {
  node: QuestionNode;
  /** The scoring group (sub-area) that holds the question. */
  group: GroupNode;
  /** Root first, the scoring group last. */
  ancestors: GroupNode[];
  answerType: AnswerTypeDefinition;
  formula?: Formula;
}

/** A validated framework with its indexes; made only by `loadFramework`. */
export interface Framework extends FrameworkData {
  readonly groups: ReadonlyMap<string, GroupNode>;
  readonly questions: ReadonlyMap<string, QuestionEntry>;
  /** Count input code → the question it feeds. */
  readonly counts: ReadonlyMap<string, QuestionEntry>;
}
