import type { Random } from '@zi/api/dist/db/seed/random.js';
import type { Client, Outcome, Person } from './client.js';
import type { OperatorSeat } from './day.js';
import { type AnswerValue, answerInput, codesToEdit, randomValue } from './worksheet.js';

/** What every virtual user shares: the client, randomness, and the soak's clock. */
export interface Soak {
  client: Client;
  random: Random;
  /** Whether the soak is still on. */
  running(): boolean;
  /** Waits `ms`, or less when the soak ends sooner. */
  pause(ms: number): Promise<void>;
}

const between = (soak: Soak, fromMs: number, toMs: number) => fromMs + soak.random.next() * (toMs - fromMs);

/** One operator's account of the day: what the server acknowledged, and what it left unknown. */
export interface OperatorRecord {
  seat: OperatorSeat;
  /** Per answer code: the value sent and the version the server answered with, last acknowledged save. */
  acknowledged: Map<string, { value: AnswerValue; version: number }>;
  /** Codes whose last save ended without a clear answer (timeout, lost connection, server error). */
  uncertain: Set<string>;
  savesAcknowledged: number;
}

const OPEN_WORKSHEET = `query OpenWorksheet($id: ID!) { assessment(id: $id) { id status
  layer(layer: UNIT) { answers { code option number version } score { total answered questions } } } }`;

const AUTOSAVE = `mutation Autosave($input: SetAnswersInput!) { setAnswers(input: $input) {
  answers { code option number note version updatedAt } score { total answered questions } } }`;

interface LayerAnswers {
  answers: Array<{ code: string; version: number }>;
}
interface OpenWorksheetData {
  assessment: { layer: LayerAnswers } | null;
}
interface AutosaveData {
  setAnswers: LayerAnswers;
}

/**
 * An operator on deadline day: opens their worksheet, then autosaves one to three answers every
 * few seconds, each with the version it edits, as the portal does.
 */
export async function operator(soak: Soak, record: OperatorRecord, person: Person, saveEveryMs: number) {
  const known = new Map<string, number>();
  let opened = false;
  await soak.pause(soak.random.next() * saveEveryMs);
  while (soak.running()) {
    if (!opened) {
      const open = await soak.client.graphql<OpenWorksheetData>(
        'open worksheet',
        '/admin/graphql',
        person,
        OPEN_WORKSHEET,
        { id: record.seat.globalId },
      );
      const worksheet = open.data?.assessment;
      for (const answer of worksheet?.layer.answers ?? []) known.set(answer.code, answer.version);
      opened = Boolean(worksheet);
    }
    await soak.pause(between(soak, saveEveryMs / 2, (saveEveryMs * 3) / 2));
    if (opened && soak.running()) await autosave(soak, record, person, known);
  }
}

async function autosave(soak: Soak, record: OperatorRecord, person: Person, known: Map<string, number>) {
  const edits = codesToEdit(soak.random.int(1, 3), soak.random).map((code) => ({
    code,
    value: randomValue(code, soak.random),
    version: known.get(code) ?? 0,
  }));
  const saved = await soak.client.graphql<AutosaveData>('setAnswers', '/admin/graphql', person, AUTOSAVE, {
    input: {
      assessmentId: record.seat.globalId,
      layer: 'UNIT',
      answers: edits.map((edit) => answerInput(edit.code, edit.value, edit.version)),
    },
  });
  if (saved.data) {
    const versions = new Map(saved.data.setAnswers.answers.map((answer) => [answer.code, answer.version]));
    record.savesAcknowledged += 1;
    for (const edit of edits) {
      const version = versions.get(edit.code);
      if (version === undefined) {
        record.uncertain.add(edit.code);
        continue;
      }
      known.set(edit.code, version);
      record.acknowledged.set(edit.code, { value: edit.value, version });
      record.uncertain.delete(edit.code);
    }
    return;
  }
  const extensions = saved.failure.extensions;
  if (extensions?.code === 'CONFLICT') {
    // Nothing was saved; the refusal says what is there now, as the portal shows it to the person.
    known.set(String(extensions.questionCode), Number(extensions.currentVersion));
    return;
  }
  for (const edit of edits) record.uncertain.add(edit.code);
}

const REVIEW_WORKSHEET = `query ReviewWorksheet($id: ID!) { assessment(id: $id) { id status acceptableUnitAnswers
  layer(layer: TPI) { score { total answered questions } } } }`;
const MOVE = 'mutation Move($input: MoveAssessmentInput!) { moveAssessment(input: $input) { id status } }';
const ACCEPT = `mutation Accept($input: AcceptUnitAnswersInput!) { acceptUnitAnswers(input: $input) {
  accepted assessment { id status updatedAt } } }`;

interface ReviewData {
  assessment: { status: string; acceptableUnitAnswers: string[] } | null;
}

export interface EvaluatorRecord {
  approved: number;
}

/**
 * An evaluator working through their queue: opens a submitted worksheet, starts the review, takes
 * the unit's answers into the TPI layer (`acceptUnitAnswers`) and approves (`moveAssessment`),
 * reading the worksheet before each step and pausing between them.
 */
export async function evaluator(soak: Soak, record: EvaluatorRecord, person: Person, queue: string[]) {
  const ask = <T>(operation: string, query: string, variables: Record<string, unknown>) =>
    soak.client.graphql<T>(operation, '/admin/graphql', person, query, variables);
  const move = (assessmentId: string, action: string) =>
    ask<unknown>(`moveAssessment ${action}`, MOVE, { input: { assessmentId, action } });
  await soak.pause(between(soak, 0, 3_000));
  for (const id of queue) {
    while (soak.running()) {
      const open = await ask<ReviewData>('open evaluation', REVIEW_WORKSHEET, { id });
      await soak.pause(between(soak, 1_000, 3_000));
      const assessment = open.data?.assessment;
      if (!soak.running()) return;
      if (!assessment) continue;
      if (assessment.status === 'SUBMITTED') await move(id, 'START_REVIEW');
      else if (assessment.status === 'IN_REVIEW' && assessment.acceptableUnitAnswers.length > 0)
        await ask('acceptUnitAnswers', ACCEPT, { input: { assessmentId: id } });
      else if (assessment.status === 'IN_REVIEW') {
        if ((await move(id, 'APPROVE')).data) record.approved += 1;
      } else break;
      await soak.pause(between(soak, 1_000, 3_000));
    }
  }
}

const DASHBOARD_PARTS: ReadonlyArray<[string, string]> = [
  [
    'dashboard overview',
    `query DashboardOverview($year: Int!) { portfolioDashboard(year: $year) { year funnel { stage units }
      followUps { open overdue done verified } coaching { zoneUnits coached neverCoached { id name } } latePlanItems } }`,
  ],
  [
    'dashboard scores',
    `query DashboardScores($year: Int!) { portfolioDashboard(year: $year) { year
      heatmap { year evaluated total unit { id name assessment(year: $year) { id } } areas { area percent } }
      gaps { area selfPercent tpiPercent gap unit { id name assessment(year: $year) { id } } }
      risks { target total failing { id label value threshold gap } unit { id name assessment(year: $year) { id } } } } }`,
  ],
  [
    'dashboard trends',
    `query DashboardTrends($year: Int!) { portfolioDashboard(year: $year) { year
      trends { year quarter findings followUpsOpen followUpsVerified judgements { judgement count } } } }`,
  ],
];

/** An Inspektorat admin with the portfolio dashboard open: its three parts at once, every 5–10 s. */
export async function admin(soak: Soak, person: Person, year: number) {
  await soak.pause(between(soak, 0, 5_000));
  while (soak.running()) {
    await Promise.all(
      DASHBOARD_PARTS.map(([operation, query]) =>
        soak.client.graphql(operation, '/admin/graphql', person, query, { year }),
      ),
    );
    await soak.pause(between(soak, 5_000, 10_000));
  }
}

const DIRECTORY = `query DirectoryUnits($first: Int!, $after: String) { units(first: $first, after: $after) {
  totalCount edges { cursor node { id name kind currentStage currentStageOn activePredicate instansi { id name } } }
  pageInfo { hasNextPage endCursor } } }`;

interface DirectoryData {
  units: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** A citizen paging the public directory, 50 units a page, one page every 1–3 s, from the start again at the end. */
export async function reader(soak: Soak, person: Person) {
  let after: string | null = null;
  await soak.pause(between(soak, 0, 2_000));
  while (soak.running()) {
    const page: Outcome<DirectoryData> = await soak.client.graphql<DirectoryData>(
      'directory page',
      '/graphql',
      person,
      DIRECTORY,
      { first: 50, after },
    );
    const info: DirectoryData['units']['pageInfo'] | undefined = page.data?.units.pageInfo;
    after = info?.hasNextPage ? info.endCursor : null;
    await soak.pause(between(soak, 1_000, 3_000));
  }
}

/** `rows` new units in the import's CSV layout, with codes and names no other unit has. */
export function unitCsv(rows: number): string {
  const lines = ['kode,nama,jenis,kode_wilayah,alamat,kepala,layanan_publik'];
  const kinds = ['dinas', 'badan', 'rsud', 'puskesmas', 'sekolah', 'kecamatan', 'lainnya'];
  for (let index = 1; index <= rows; index += 1) {
    const n = String(index).padStart(6, '0');
    lines.push(
      `IMP-${n},Unit Impor ${n},${kinds[index % kinds.length]},99.${String(1 + (index % 40)).padStart(2, '0')},Jl. Impor No. ${index},Kepala Impor ${index},${index % 2 === 0 ? 'ya' : 'tidak'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface ImportReport {
  committed: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; invalid: number };
  problems: Array<{ row: number; reason: string; message: string }>;
}

export interface ImportRecord {
  atSeconds: number;
  ms: number;
  report: ImportReport | null;
  failure: string | null;
}

/** The Inspektorat's unit list import (`POST /admin/units/import?commit=true`), once, at `atMs`. */
export async function importer(
  soak: Soak,
  person: Person,
  input: { atMs: number; rows: number; timeoutSeconds: number; soakStartedAt: number },
): Promise<ImportRecord | null> {
  const csv = unitCsv(input.rows);
  await soak.pause(input.atMs);
  if (!soak.running()) return null;
  const started = performance.now();
  const outcome = await soak.client.post<ImportReport>(
    'unit import',
    '/admin/units/import?commit=true',
    person,
    'text/csv; charset=utf-8',
    csv,
    input.timeoutSeconds,
  );
  return {
    atSeconds: (started - input.soakStartedAt) / 1_000,
    ms: performance.now() - started,
    report: outcome.data,
    failure: outcome.failure?.kind ?? null,
  };
}
