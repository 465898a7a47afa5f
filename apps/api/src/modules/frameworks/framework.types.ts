import { FRAMEWORKS, type Framework, type GroupNode } from '@zi/lke';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum GroupLevel {
  TOTAL = 'total',
  COMPONENT = 'component',
  HALF = 'half',
  AREA = 'area',
  SUB_AREA = 'subArea',
}
registerEnumType(GroupLevel, {
  name: 'LkeGroupLevel',
  description: 'total → component → half → area → sub-area',
});

@ObjectType('LkeGroup', {
  description: 'A weighted group of the worksheet: component, half, area or sub-area.',
})
export class LkeGroup {
  @Field()
  code: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field(() => GroupLevel)
  level: GroupLevel;

  @Field()
  title: string;

  @Field(() => Float)
  weight: number;
}

@ObjectType('LkeOption')
export class LkeOption {
  @Field()
  value: string;

  @Field()
  label: string;

  @Field(() => Float, { description: 'The share of the question it earns, 0..1.' })
  ratio: number;

  @Field(() => String, { nullable: true, description: "The sheet's criteria for choosing this option." })
  criteria: string | null;
}

@ObjectType('LkeRange')
export class LkeRange {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;
}

@ObjectType('LkeCount', { description: 'A count input that feeds a percentage question.' })
export class LkeCount {
  @Field()
  code: string;

  @Field()
  text: string;
}

@ObjectType('LkeQuestion')
export class LkeQuestion {
  @Field()
  code: string;

  @Field({ description: 'The sub-area (or hasil indicator) the question belongs to.' })
  groupCode: string;

  @Field()
  text: string;

  @Field({ description: 'Ya/Tidak, A/B/C, A/B/C/D, A/B/C/D/E, %, Nilai (0-4).' })
  answerType: string;

  @Field(() => String, { nullable: true })
  criteria: string | null;

  @Field(() => [LkeOption])
  options: LkeOption[];

  @Field(() => LkeRange, { nullable: true, description: 'For numeric answers (surveys).' })
  range: LkeRange | null;

  @Field(() => [LkeCount])
  counts: LkeCount[];

  @Field(() => String, { nullable: true, description: 'How a percentage is computed from the counts.' })
  formula: string | null;
}

@ObjectType('LkeRule')
export class LkeRule {
  @Field()
  id: string;

  @Field()
  label: string;
}

@ObjectType('LkeTarget')
export class LkeTarget {
  @Field()
  id: string;

  @Field()
  label: string;

  @Field(() => [LkeRule])
  rules: LkeRule[];
}

@ObjectType('LkeFramework', {
  description: 'A version of the evaluation worksheet, flattened in sheet order.',
})
export class LkeFramework {
  @Field()
  code: string;

  @Field()
  version: string;

  @Field()
  title: string;

  @Field()
  regulation: string;

  @Field(() => [LkeGroup])
  groups: LkeGroup[];

  @Field(() => [LkeQuestion])
  questions: LkeQuestion[];

  @Field(() => [LkeTarget])
  targets: LkeTarget[];
}

function flattenGroups(node: GroupNode, parentCode: string | null, into: LkeGroup[]): LkeGroup[] {
  into.push({
    code: node.code,
    parentCode,
    level: node.level as GroupLevel,
    title: node.title,
    weight: node.weight,
  });
  for (const child of node.children) if (child.kind === 'group') flattenGroups(child, node.code, into);
  return into;
}

/** The framework as the API shows it: groups and questions in sheet order, with parent codes. */
function toLkeFramework(framework: Framework): LkeFramework {
  const questions = [...framework.questions.values()].map(({ node, group, answerType, formula }) => ({
    code: node.code,
    groupCode: group.code,
    text: node.text,
    answerType: answerType.label,
    criteria: node.criteria ?? null,
    options: (answerType.options ?? []).map((option) => ({
      ...option,
      criteria: node.optionCriteria?.[option.value] ?? null,
    })),
    range: answerType.range ? { min: answerType.range.min, max: answerType.range.max } : null,
    counts: (node.counts ?? []).map(({ code, text }) => ({ code, text })),
    formula: formula?.description ?? null,
  }));
  return {
    code: framework.code,
    version: framework.version,
    title: framework.title,
    regulation: framework.regulation,
    groups: flattenGroups(framework.tree, null, []),
    questions,
    targets: framework.targets.map((target) => ({
      id: target.id,
      label: target.label,
      rules: target.rules.map(({ id, label }) => ({ id, label })),
    })),
  };
}

const views = new Map(
  [...FRAMEWORKS.values()].map((framework) => [framework.code, toLkeFramework(framework)]),
);

/** Frameworks never change at run time, so each is flattened once. */
export const frameworkViews = (): LkeFramework[] => [...views.values()];

export const frameworkView = (code: string): LkeFramework | null => views.get(code) ?? null;
