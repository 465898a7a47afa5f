import { toGlobalId } from '@zi/api/dist/common/global-id.js';
import { AnswerLayer } from '@zi/api/dist/modules/assessments/assessment.entity.js';
import { recomputeLayerScore } from '@zi/api/dist/modules/assessments/layer-score.js';
import { DEFAULT_FRAMEWORK_CODE, requireFramework } from '@zi/lke';
import type { DataSource, EntityManager } from 'typeorm';
import type { SoakOptions } from './options.js';

/** One operator: their unit's draft worksheet of the year, as the admin API names it. */
export interface OperatorSeat {
  email: string;
  assessmentId: string;
  globalId: string;
}

/** One evaluator: the submitted worksheets of the units assigned to them, in queue order. */
export interface EvaluatorSeat {
  email: string;
  assessments: string[];
}

/** The people of the deadline day, all members of the demo province, with the demo password. */
export interface DeadlineDay {
  year: number;
  operators: OperatorSeat[];
  evaluators: EvaluatorSeat[];
  admins: string[];
  importer: string;
}

const DOMAIN = 'tenggat.bench';
/** A draft holds the first 40 % of the worksheet: the day's autosaves fill in the rest. */
const DRAFT_SHARE = 0.4;
const KINDS = ['dinas', 'badan', 'rsud', 'puskesmas', 'school', 'kecamatan', 'other'];

/** The answer codes (question codes, or count codes for questions scored from counts) of the first `share`. */
function leadingCodes(share: number): string[] {
  const entries = [...requireFramework(DEFAULT_FRAMEWORK_CODE).questions.values()];
  return entries
    .slice(0, Math.round(entries.length * share))
    .flatMap((entry) =>
      entry.formula ? (entry.node.counts ?? []).map((count) => count.code) : [entry.node.code],
    );
}

async function insertUnits(manager: EntityManager, instansiId: string, prefix: string, count: number) {
  const rows = (await manager.query(
    `INSERT INTO unit (instansi_id, name, kind, serves_public, region_code)
     SELECT $1, $2 || ' ' || lpad(g::text, 4, '0'), ($4::text[])[1 + g % 7], g % 2 = 0, '99.' || lpad((1 + g % 40)::text, 2, '0')
     FROM generate_series(1, $3) g
     RETURNING id, name`,
    [instansiId, prefix, count, KINDS],
  )) as { id: string; name: string }[];
  return rows.sort((a, b) => a.name.localeCompare(b.name)).map((row) => row.id);
}

async function insertUsers(
  manager: EntityManager,
  people: Array<{
    email: string;
    name: string;
    role: string;
    instansiId: string | null;
    unitId: string | null;
  }>,
  passwordHash: string,
): Promise<string[]> {
  const rows = (await manager.query(
    `INSERT INTO app_user (name, email, password_hash, role, instansi_id, unit_id, mail_preference)
     SELECT name, email, $6, role, instansi_id, unit_id, 'off'
     FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::uuid[]) AS t(name, email, role, instansi_id, unit_id)
     RETURNING id, email`,
    [
      people.map((person) => person.name),
      people.map((person) => person.email),
      people.map((person) => person.role),
      people.map((person) => person.instansiId),
      people.map((person) => person.unitId),
      passwordHash,
    ],
  )) as { id: string; email: string }[];
  const idOf = new Map(rows.map((row) => [row.email, row.id]));
  return people.map((person) => idOf.get(person.email) as string);
}

/** One worksheet per unit, with the template's unit answers to the first `share` of it, scored by the engine. */
async function insertWorksheets(
  manager: EntityManager,
  input: {
    unitIds: string[];
    authorIds: Array<string | null>;
    year: number;
    status: string;
    template: string;
    share: number;
  },
): Promise<string[]> {
  const rows = (await manager.query(
    `INSERT INTO assessment (unit_id, year, framework_code, status, created_by)
     SELECT unit_id, $3, $4, $5, author_id FROM unnest($1::uuid[], $2::uuid[]) AS t(unit_id, author_id)
     RETURNING id, unit_id`,
    [input.unitIds, input.authorIds, input.year, DEFAULT_FRAMEWORK_CODE, input.status],
  )) as { id: string; unit_id: string }[];
  const idOfUnit = new Map(rows.map((row) => [row.unit_id, row.id]));
  const ids = input.unitIds.map((unitId) => idOfUnit.get(unitId) as string);
  await manager.query(
    `INSERT INTO answer (assessment_id, layer, code, value, updated_at, version)
     SELECT a.id, 'unit', t.code, t.value, now(), 1
     FROM unnest($1::uuid[]) AS a(id)
     CROSS JOIN answer t WHERE t.assessment_id = $2 AND t.layer = 'unit' AND t.code = ANY($3)`,
    [ids, input.template, leadingCodes(input.share)],
  );
  for (const id of ids)
    await recomputeLayerScore(manager, { id, frameworkCode: DEFAULT_FRAMEWORK_CODE }, AnswerLayer.UNIT);
  return ids;
}

/** A worksheet of the demo whose unit layer answers every question: the bench's answers come from it. */
async function completeTemplate(manager: EntityManager): Promise<string> {
  const [row] = (await manager.query(
    `SELECT s.assessment_id FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id
     WHERE s.layer = 'unit' AND a.framework_code = $1
       AND NOT EXISTS (SELECT 1 FROM jsonb_each(s.question_scores) q WHERE q.value->>'status' = 'unanswered')
     ORDER BY a.id LIMIT 1`,
    [DEFAULT_FRAMEWORK_CODE],
  )) as { assessment_id: string }[];
  if (!row) throw new Error('the demo data holds no complete worksheet to copy answers from');
  return row.assessment_id;
}

/**
 * Adds the deadline day's people to the demo province by SQL, as `generate.ts` adds units: an
 * operator per new unit with a draft worksheet of this year (the window's year), evaluators each
 * assigned to units whose worksheets wait submitted and complete, admins, and an admin who imports.
 */
export async function prepareDeadlineDay(dataSource: DataSource, options: SoakOptions): Promise<DeadlineDay> {
  return dataSource.transaction(async (manager) => {
    const [admin] = (await manager.query(
      `SELECT u.instansi_id, u.password_hash, w.year FROM app_user u
       JOIN assessment_window w ON w.instansi_id = u.instansi_id
       WHERE u.email = 'admin@demo.zi.id' ORDER BY w.year DESC LIMIT 1`,
    )) as { instansi_id: string; password_hash: string; year: number }[];
    if (!admin) throw new Error('the demo admin or this year’s assessment window is missing');
    const { instansi_id: instansiId, password_hash: passwordHash, year } = admin;
    const template = await completeTemplate(manager);
    const email = (role: string, index: number) => `${role}-${String(index + 1).padStart(4, '0')}@${DOMAIN}`;
    const range = (count: number) => Array.from({ length: count }, (_, index) => index);

    const operatorUnits = await insertUnits(manager, instansiId, 'Unit Tenggat', options.operators);
    const operatorIds = await insertUsers(
      manager,
      operatorUnits.map((unitId, index) => ({
        email: email('operator', index),
        name: `Operator Tenggat ${index + 1}`,
        role: 'unit_operator',
        instansiId: null,
        unitId,
      })),
      passwordHash,
    );
    const drafts = await insertWorksheets(manager, {
      unitIds: operatorUnits,
      authorIds: operatorIds,
      year,
      status: 'draft',
      template,
      share: DRAFT_SHARE,
    });

    const queue = options.assessmentsPerEvaluator;
    const reviewedUnits = await insertUnits(manager, instansiId, 'Unit Evaluasi', options.evaluators * queue);
    const staff = [
      ...range(options.evaluators).map((index) => ({ email: email('evaluator', index), role: 'evaluator' })),
      ...range(options.admins).map((index) => ({ email: email('admin', index), role: 'admin' })),
      { email: `importer@${DOMAIN}`, role: 'admin' },
    ];
    const staffIds = await insertUsers(
      manager,
      staff.map((person) => ({
        ...person,
        name: person.email.split('@')[0] as string,
        instansiId,
        unitId: null,
      })),
      passwordHash,
    );
    const evaluatorIds = staffIds.slice(0, options.evaluators);
    const assignedTo = reviewedUnits.map((_, index) => evaluatorIds[Math.floor(index / queue)] as string);
    await manager.query(
      'INSERT INTO evaluator_assignment (user_id, unit_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])',
      [assignedTo, reviewedUnits],
    );
    const submitted = await insertWorksheets(manager, {
      unitIds: reviewedUnits,
      authorIds: assignedTo.map(() => null),
      year,
      status: 'submitted',
      template,
      share: 1,
    });

    return {
      year,
      operators: drafts.map((assessmentId, index) => ({
        email: email('operator', index),
        assessmentId,
        globalId: toGlobalId('Assessment', assessmentId),
      })),
      evaluators: range(options.evaluators).map((index) => ({
        email: email('evaluator', index),
        assessments: submitted
          .slice(index * queue, (index + 1) * queue)
          .map((id) => toGlobalId('Assessment', id)),
      })),
      admins: range(options.admins).map((index) => email('admin', index)),
      importer: `importer@${DOMAIN}`,
    };
  });
}
