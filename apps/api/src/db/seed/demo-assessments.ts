import {
  DEFAULT_FRAMEWORK_CODE,
  type Formula,
  type Framework,
  type QuestionEntry,
  requireFramework,
} from '@zi/lke';
import type { EntityManager } from 'typeorm';
import { AnswerLayer, Assessment, AssessmentStatus } from '../../modules/assessments/assessment.entity.js';
import { recomputeLayerScore } from '../../modules/assessments/layer-score.js';
import { defaultGuidance } from '../../modules/guidance/default-guidance.js';
import { Stage } from '../../modules/stages/stage-event.entity.js';
import type { Random } from './random.js';

/** Statuses in which the unit's worksheet is all it has: the TPI has not answered yet. */
const UNIT_ONLY = new Set([AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED]);

export interface AssessedYear {
  unitId: string;
  year: number;
  /** The furthest stage the unit reached in that year. */
  stage: Stage;
  status: AssessmentStatus;
  /** 0..1: how good the worksheet is (a WBBM year ≈ 0.95, a failed proposal ≈ 0.7). */
  quality: number;
  operatorId: string | null;
  evaluatorId: string | null;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Demo counts the API would accept: a breakdown adds up to its total, parts never exceed it. Only
 * counts outside the formula (in process, the breakdown) move, so the demo's scores stay as they were.
 */
function withinLimits(counts: Record<string, number>, formula: Formula): Record<string, number> {
  for (const { kind, parts, total } of formula.limits ?? []) {
    const scored = parts.filter((code) => code in formula.numerator);
    const free = parts.filter((code) => !(code in formula.numerator));
    let room = (counts[total] ?? 0) - scored.reduce((sum, code) => sum + (counts[code] ?? 0), 0);
    for (const code of free) {
      counts[code] = Math.max(0, Math.min(counts[code] ?? 0, room));
      room -= counts[code] ?? 0;
    }
    const last = free.at(-1);
    if (kind === 'breakdown' && last) counts[last] = (counts[last] ?? 0) + room;
  }
  return counts;
}

function answerFor(entry: QuestionEntry, quality: number, random: Random): Record<string, string | number> {
  const level = clamp(quality + (random.next() - 0.5) * 0.35);
  const { node, answerType, formula } = entry;
  if (formula) {
    const counts: Record<string, number> = {};
    for (const count of node.counts ?? []) counts[count.code] = random.int(0, 3);
    const denominator = random.int(4, 40);
    for (const code of Object.keys(formula.denominator)) counts[code] = denominator;
    for (const [code, factor] of Object.entries(formula.numerator)) {
      if (code in formula.denominator) continue;
      counts[code] = factor > 0 ? Math.round(denominator * level) : Math.round(denominator * (1 - level));
    }
    return withinLimits(counts, formula);
  }
  if (answerType.options) {
    const index = Math.min(
      answerType.options.length - 1,
      Math.floor((1 - level) * answerType.options.length),
    );
    return { [node.code]: answerType.options[index]?.value ?? '' };
  }
  const max = answerType.range?.max ?? 0;
  return { [node.code]: Math.round((2.9 + level * (max - 2.9)) * 100) / 100 };
}

/** The TPI is stricter than the unit: about one answer in five is one notch lower. */
function stricter(entry: QuestionEntry, answers: Record<string, string | number>, random: Random) {
  const { node, answerType } = entry;
  const value = answers[node.code];
  if (!answerType.options || typeof value !== 'string' || random.next() > 0.2) return answers;
  const index = answerType.options.findIndex((option) => option.value === value);
  const lower = answerType.options[Math.min(answerType.options.length - 1, index + 1)];
  return { ...answers, [node.code]: lower?.value ?? value };
}

async function insertLayer(
  manager: EntityManager,
  assessment: Assessment,
  layer: AnswerLayer,
  answers: Record<string, string | number>,
  authorId: string | null,
) {
  const codes = Object.keys(answers);
  await manager.query(
    `INSERT INTO answer (assessment_id, layer, code, value, author_id, updated_at, version)
     SELECT $1, $2, code, value, $3, now(), 1 FROM unnest($4::text[], $5::jsonb[]) AS t(code, value)`,
    [assessment.id, layer, authorId, codes, codes.map((code) => JSON.stringify(answers[code]))],
  );
  await recomputeLayerScore(manager, assessment, layer);
}

function worksheet(framework: Framework, year: AssessedYear, random: Random) {
  const unit: Record<string, string | number> = {};
  let tpi: Record<string, string | number> = {};
  // A unit still building has filled in about the first 40% of its worksheet.
  const share = year.stage === Stage.BUILDING ? 0.4 : 1;
  const entries = [...framework.questions.values()];
  for (const entry of entries.slice(0, Math.round(entries.length * share))) {
    const answers = answerFor(entry, year.quality, random);
    Object.assign(unit, answers);
    tpi = { ...tpi, ...stricter(entry, answers, random) };
  }
  return { unit, tpi };
}

/** One question in this many goes without evidence in the demo, for the evaluator to notice. */
const WITHOUT_EVIDENCE_EVERY = 5;

type EvidenceTitles = ReadonlyArray<{ node: QuestionEntry['node']; title: string }>;

/** Each question, in worksheet order, with the name its demo evidence takes: its guidance's first example. */
function evidenceTitles(framework: Framework): EvidenceTitles {
  return [...framework.questions.values()].map(({ node }) => ({
    node,
    title: defaultGuidance(node).examples[0] ?? `Bukti dukung ${node.code}`,
  }));
}

/**
 * The unit's evidence, as links, for a worksheet it has submitted: named as the question's guidance
 * suggests, at a reserved example address (RFC 2606), so that an evaluator can compare what was
 * attached with what each question expects. Chosen by position, not by the seed's random numbers,
 * so the rest of the demo stays as it was.
 */
async function insertEvidence(
  manager: EntityManager,
  titles: EvidenceTitles,
  assessment: Assessment,
  answered: ReadonlySet<string>,
  authorId: string | null,
) {
  const links = titles
    .filter(({ node }, index) => {
      const wasAnswered =
        answered.has(node.code) || (node.counts ?? []).some((count) => answered.has(count.code));
      return wasAnswered && index % WITHOUT_EVIDENCE_EVERY !== WITHOUT_EVIDENCE_EVERY - 1;
    })
    .map(({ node, title }) => {
      return {
        code: node.code,
        name: `${title} (${assessment.year})`,
        url: `https://example.org/bukti-zi/${assessment.year}/${assessment.unitId}/${node.code}.pdf`,
      };
    });
  await manager.query(
    `INSERT INTO evidence (assessment_id, layer, code, url, name, added_by)
     SELECT $1, 'unit', code, url, name, $2 FROM unnest($3::text[], $4::text[], $5::text[]) AS t(code, url, name)`,
    [
      assessment.id,
      authorId,
      links.map((link) => link.code),
      links.map((link) => link.url),
      links.map((link) => link.name),
    ],
  );
}

/** Worksheets with answers and engine-computed scores for every year a demo unit was assessed. */
export async function seedDemoAssessments(
  manager: EntityManager,
  years: AssessedYear[],
  random: Random,
): Promise<number> {
  const framework = requireFramework(DEFAULT_FRAMEWORK_CODE);
  const titles = evidenceTitles(framework);
  for (const year of years) {
    const { status } = year;
    const assessment = await manager.save(
      manager.create(Assessment, {
        unitId: year.unitId,
        year: year.year,
        frameworkCode: framework.code,
        status,
        createdBy: year.operatorId,
      }),
    );
    const { unit, tpi } = worksheet(framework, year, random);
    await insertLayer(manager, assessment, AnswerLayer.UNIT, unit, year.operatorId);
    if (status !== AssessmentStatus.DRAFT)
      await insertEvidence(manager, titles, assessment, new Set(Object.keys(unit)), year.operatorId);
    if (!UNIT_ONLY.has(status))
      await insertLayer(manager, assessment, AnswerLayer.TPI, tpi, year.evaluatorId);
  }
  return years.length;
}
