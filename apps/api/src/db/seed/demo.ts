import type { DataSource, EntityManager } from 'typeorm';
import { addDays, todayInIndonesia } from '../../common/dates.js';
import { AssessmentStatus } from '../../modules/assessments/assessment.entity.js';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { hashPassword } from '../../modules/auth/password.js';
import { EvaluatorAssignment, Role, User } from '../../modules/auth/user.entity.js';
import { AssessmentWindow } from '../../modules/deadlines/window.entity.js';
import { Instansi, InstansiKind } from '../../modules/instansi/instansi.entity.js';
import { Pact } from '../../modules/pacts/pact.entity.js';
import { Predicate, PredicateKind } from '../../modules/predicates/predicate.entity.js';
import { Stage, StageEvent } from '../../modules/stages/stage-event.entity.js';
import { Unit, UnitKind } from '../../modules/units/unit.entity.js';
import { type AssessedYear, seedDemoAssessments } from './demo-assessments.js';
import { type PortfolioSummary, seedDemoPortfolio } from './demo-portfolio.js';
import {
  ALIASES,
  BADAN,
  DEGREES,
  DINAS,
  FIRST_NAMES,
  LAST_NAMES,
  OTHER_OFFICES,
  PLACES,
  RSUD,
  STREETS,
} from './names.js';
import { Random } from './random.js';

export const DEMO_PASSWORD = 'demo-zi-2026';

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.zi.id', role: Role.ADMIN, name: 'Inspektur Demo (Inspektorat)', what: 'admin' },
  { email: 'evaluator@demo.zi.id', role: Role.EVALUATOR, name: 'Evaluator TPI Demo', what: 'evaluator' },
  {
    email: 'ketua@demo.zi.id',
    role: Role.EVALUATOR,
    name: 'Ketua Tim TPI Demo',
    what: 'evaluator (team lead)',
  },
  {
    email: 'operator@demo.zi.id',
    role: Role.UNIT_OPERATOR,
    name: 'Operator DPMPTSP Demo',
    what: 'unit_operator',
  },
] as const;

export const DEMO_INSTANSI = 'Pemerintah Provinsi Nusa Harapan (data demo)';

type UnitSeed = Pick<Unit, 'name' | 'kind' | 'address' | 'headName' | 'servesPublic' | 'aliases'>;

/** The path a ZI unit has walked; the last step is where it stands now. */
type Journey =
  | 'building'
  | 'self_assessed'
  | 'tpi_evaluated'
  | 'proposed'
  | 'not_awarded'
  | 'wbk'
  | 'revoked'
  | 'wbbm';

// 25 units build ZI, as in the seed article's province: most are early, a few hold predicates.
const JOURNEYS: Journey[] = [
  'wbbm',
  'wbbm',
  'wbk',
  'wbk',
  'wbk',
  'revoked',
  'not_awarded',
  'not_awarded',
  'proposed',
  'proposed',
  'proposed',
  'tpi_evaluated',
  'tpi_evaluated',
  'tpi_evaluated',
  'tpi_evaluated',
  'self_assessed',
  'self_assessed',
  'self_assessed',
  'self_assessed',
  'building',
  'building',
  'building',
  'building',
  'building',
  'building',
];

const CURRENT_YEAR = 2026;
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}, ${random.pick(DEGREES)}`;
}

function address(random: Random, place = random.pick(PLACES)): string {
  return `${random.pick(STREETS)} No. ${random.int(1, 250)}, ${place}`;
}

function unitSeeds(random: Random): UnitSeed[] {
  const office = (name: string, kind: UnitKind, servesPublic: boolean): UnitSeed => ({
    name,
    kind,
    servesPublic,
    address: address(random, PLACES[0]),
    headName: personName(random),
    aliases: [...(ALIASES[name] ?? [])],
  });
  const units: UnitSeed[] = [
    ...DINAS.map((name) => office(name, UnitKind.DINAS, /Pelayanan|Kesehatan|Perhubungan|Sosial/.test(name))),
    ...BADAN.map((name) => office(name, UnitKind.BADAN, name.includes('Pendapatan'))),
    ...OTHER_OFFICES.map((name) => office(name, UnitKind.OTHER, name.includes('Pengadaan'))),
    ...RSUD.map((name) => office(name, UnitKind.RSUD, true)),
  ];
  for (const place of PLACES) {
    const short = place.replace(/^(Kota|Kabupaten) /, '');
    units.push(office(`UPT Pengelolaan Pendapatan Daerah (Samsat) ${short}`, UnitKind.OTHER, true));
    units.push(office(`Cabang Dinas Pendidikan Wilayah ${short}`, UnitKind.OTHER, false));
    units.push(office(`UPTD Puskesmas Pembantu Provinsi ${short}`, UnitKind.PUSKESMAS, true));
  }
  for (const name of [
    'Harapan Timur',
    'Pelabuhan Utara',
    'Sentosa Barat',
    'Sungai Jernih Hilir',
    'Bukit Hijau Selatan',
    'Rimba Raya Tengah',
  ]) {
    units.push(office(`Kecamatan ${name} (wilayah binaan)`, UnitKind.KECAMATAN, true));
  }
  for (const name of [
    'Balai Latihan Kerja',
    'UPT Laboratorium Kesehatan Daerah',
    'UPT Pelabuhan Penyeberangan',
    'Balai Benih Ikan',
    'UPT Taman Budaya',
    'Balai Pengujian Kendaraan Bermotor',
  ]) {
    units.push(office(name, UnitKind.OTHER, true));
  }
  let school = 0;
  while (units.length < 253) {
    const place = PLACES[school % PLACES.length] ?? PLACES[0];
    const number = Math.floor(school / PLACES.length) + 1;
    const type = school % 11 === 10 ? 'SLB Negeri' : school % 3 === 2 ? 'SMK Negeri' : 'SMA Negeri';
    units.push({
      name: `${type} ${number} ${place.replace(/^(Kota|Kabupaten) /, '')}`,
      kind: UnitKind.SCHOOL,
      servesPublic: true,
      address: address(random, place),
      headName: personName(random),
      aliases: [],
    });
    school += 1;
  }
  return units;
}

/** The units that build ZI: service units first, as Inspektorat usually picks them. */
function zoneUnits(units: Unit[]): Unit[] {
  const priority = (unit: Unit) =>
    unit.name.includes('Pelayanan Terpadu')
      ? 0
      : unit.kind === UnitKind.RSUD
        ? 1
        : unit.name.includes('Samsat')
          ? 2
          : unit.servesPublic && unit.kind !== UnitKind.SCHOOL
            ? 3
            : 4;
  const sorted = [...units].sort((a, b) => priority(a) - priority(b) || a.name.localeCompare(b.name));
  return [...sorted.slice(0, 21), ...units.filter((u) => u.kind === UnitKind.SCHOOL).slice(0, 4)];
}

interface Timeline {
  events: Array<Pick<StageEvent, 'stage' | 'occurredOn' | 'year' | 'note' | 'sourceUrl'>>;
  predicates: Array<
    Pick<Predicate, 'kind' | 'year' | 'decreeNumber' | 'decreeDate' | 'revokedOn' | 'revocationReason'>
  >;
}

function evaluationYear(random: Random, timeline: Timeline, year: number, last: Stage): void {
  const steps: Array<[Stage, number, number]> = [
    [Stage.SELF_ASSESSED, 4, 4],
    [Stage.TPI_EVALUATED, 5, 5],
    [Stage.PROPOSED, 6, 6],
  ];
  for (const [stage, from, to] of steps) {
    timeline.events.push({
      stage,
      occurredOn: random.date(year, from, to),
      year,
      note: null,
      sourceUrl: null,
    });
    if (stage === last) return;
  }
}

function award(random: Random, timeline: Timeline, kind: PredicateKind, year: number): void {
  const decreeDate = `${year}-12-${String(random.int(10, 20)).padStart(2, '0')}`;
  timeline.events.push({
    stage: kind === PredicateKind.WBK ? Stage.WBK : Stage.WBBM,
    occurredOn: decreeDate,
    year,
    note: `Ditetapkan sebagai unit berpredikat Menuju ${kind.toUpperCase()}.`,
    sourceUrl: `https://example.org/demo/penetapan-zi-${year}`,
  });
  timeline.predicates.push({
    kind,
    year,
    decreeNumber: `KEP/${random.int(100, 999)}/M.PANRB/12/${year} (demo)`,
    decreeDate,
    revokedOn: null,
    revocationReason: null,
  });
}

function timelineFor(random: Random, journey: Journey): Timeline {
  const timeline: Timeline = { events: [], predicates: [] };
  const startYear =
    journey === 'wbbm'
      ? 2020
      : journey === 'wbk' || journey === 'revoked'
        ? random.int(2021, 2023)
        : journey === 'not_awarded'
          ? 2025
          : CURRENT_YEAR;
  timeline.events.push({
    stage: Stage.DECLARED,
    occurredOn: random.date(startYear, 1, 2),
    year: startYear,
    note: 'Pencanangan Zona Integritas dan penandatanganan pakta integritas.',
    sourceUrl: null,
  });
  timeline.events.push({
    stage: Stage.BUILDING,
    occurredOn: random.date(startYear, 3, 3),
    year: startYear,
    note: 'Tim kerja ZI dibentuk dengan SK kepala unit.',
    sourceUrl: null,
  });
  switch (journey) {
    case 'building':
      return timeline;
    case 'self_assessed':
      evaluationYear(random, timeline, startYear, Stage.SELF_ASSESSED);
      return timeline;
    case 'tpi_evaluated':
      evaluationYear(random, timeline, startYear, Stage.TPI_EVALUATED);
      return timeline;
    case 'proposed':
      evaluationYear(random, timeline, startYear, Stage.PROPOSED);
      return timeline;
    case 'not_awarded':
      evaluationYear(random, timeline, startYear, Stage.PROPOSED);
      timeline.events.push({
        stage: Stage.NOT_AWARDED,
        occurredOn: `${startYear}-12-15`,
        year: startYear,
        note: 'Belum memenuhi nilai minimal pada evaluasi TPN.',
        sourceUrl: null,
      });
      return timeline;
    case 'wbk':
    case 'revoked':
      evaluationYear(random, timeline, startYear, Stage.PROPOSED);
      award(random, timeline, PredicateKind.WBK, startYear);
      if (journey === 'revoked') revoke(timeline, startYear + 2);
      return timeline;
    case 'wbbm':
      evaluationYear(random, timeline, startYear, Stage.PROPOSED);
      award(random, timeline, PredicateKind.WBK, startYear);
      evaluationYear(random, timeline, startYear + 2, Stage.PROPOSED);
      award(random, timeline, PredicateKind.WBBM, startYear + 2);
      return timeline;
  }
}

function revoke(timeline: Timeline, year: number): void {
  const reason = 'Operasi tangkap tangan pungutan liar oleh petugas layanan (kejadian fiktif, data demo).';
  const predicate = timeline.predicates.at(-1);
  if (predicate) Object.assign(predicate, { revokedOn: `${year}-08-19`, revocationReason: reason });
  timeline.events.push({
    stage: Stage.REVOKED,
    occurredOn: `${year}-08-19`,
    year,
    note: reason,
    sourceUrl: null,
  });
}

function verificationCode(random: Random): string {
  const part = () => Array.from({ length: 4 }, () => random.pick([...CODE_ALPHABET])).join('');
  return `PI-${part()}-${part()}`;
}

const EVALUATED_STAGES = [Stage.BUILDING, Stage.SELF_ASSESSED, Stage.TPI_EVALUATED, Stage.PROPOSED];

/** Where a year's worksheet stands, from what the unit's timeline shows of that year. */
function statusOf(stages: Stage[], stage: Stage, reviewing: boolean): AssessmentStatus {
  if (stages.includes(Stage.WBK) || stages.includes(Stage.WBBM)) return AssessmentStatus.AWARDED;
  if (stages.includes(Stage.NOT_AWARDED)) return AssessmentStatus.NOT_AWARDED;
  if (stage === Stage.PROPOSED) return AssessmentStatus.PROPOSED;
  if (stage === Stage.TPI_EVALUATED) return AssessmentStatus.EVALUATED;
  // Of the units that have submitted, every other one is already being evaluated by the TPI.
  if (stage === Stage.SELF_ASSESSED)
    return reviewing ? AssessmentStatus.IN_REVIEW : AssessmentStatus.SUBMITTED;
  return AssessmentStatus.DRAFT;
}

/** One worksheet per year in which the unit built or was evaluated, as good as that year's outcome. */
function assessedYears(
  random: Random,
  timeline: Timeline,
  reviewing: boolean,
): Array<Pick<AssessedYear, 'year' | 'stage' | 'status' | 'quality'>> {
  const years = [...new Set(timeline.events.map((event) => event.year))];
  return years.flatMap((year) => {
    const stages = timeline.events.filter((event) => event.year === year).map((event) => event.stage);
    const stage = [...EVALUATED_STAGES].reverse().find((candidate) => stages.includes(candidate));
    if (!stage) return [];
    const quality = stages.includes(Stage.WBBM)
      ? 0.97
      : stages.includes(Stage.WBK)
        ? 0.9
        : stages.includes(Stage.NOT_AWARDED)
          ? 0.7
          : stage === Stage.PROPOSED
            ? 0.85 + random.next() * 0.1
            : 0.6 + random.next() * 0.3;
    return [{ year, stage, status: statusOf(stages, stage, reviewing), quality }];
  });
}

type PactSeed = Omit<Pact, 'id' | 'globalId' | 'createdAt'>;

function pactsFor(random: Random, unit: Unit, timeline: Timeline): PactSeed[] {
  const declared = timeline.events[0];
  if (!declared) return [];
  const staff =
    unit.kind === UnitKind.RSUD
      ? random.int(250, 600)
      : unit.kind === UnitKind.SCHOOL
        ? random.int(40, 90)
        : random.int(25, 160);
  const pacts: PactSeed[] = [
    {
      unitId: unit.id,
      signedOn: declared.occurredOn,
      occasion: 'Pencanangan Zona Integritas',
      leaderName: unit.headName ?? personName(random),
      signatoryCount: staff,
      documentRef: `https://example.org/demo/pakta/${declared.year}/${unit.id.slice(0, 8)}.pdf`,
      verificationCode: verificationCode(random),
    },
  ];
  if (declared.year < CURRENT_YEAR - 1) {
    pacts.push({
      unitId: unit.id,
      signedOn: random.date(CURRENT_YEAR - 1, 3, 10),
      occasion: 'Pelantikan pejabat baru',
      leaderName: unit.headName ?? personName(random),
      signatoryCount: random.int(3, 12),
      documentRef: null,
      verificationCode: verificationCode(random),
    });
  }
  return pacts;
}

export type SeedSummary = {
  instansi: number;
  units: number;
  zoneUnits: number;
  stageEvents: number;
  predicates: number;
  pacts: number;
  users: number;
  assessments: number;
} & PortfolioSummary;

async function insertAll<T>(manager: EntityManager, target: new () => T, rows: object[]): Promise<T[]> {
  const saved: T[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(chunk as never)
      .returning('*')
      .execute();
    saved.push(...(result.generatedMaps as T[]));
  }
  return saved;
}

/** Loads the deterministic demo province in one transaction. Call only on an empty database. */
export async function seedDemo(dataSource: DataSource, seed = 2026): Promise<SeedSummary> {
  const random = new Random(seed);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const instansi = await manager.save(
      manager.create(Instansi, {
        name: DEMO_INSTANSI,
        kind: InstansiKind.PROVINCE,
        regionCode: '99',
        secondReview: true,
      }),
    );
    const units = await manager.save(
      unitSeeds(random).map((seed) => manager.create(Unit, { ...seed, instansiId: instansi.id })),
    );

    const zone = zoneUnits(units);
    const timelines = zone.map((unit, index) => ({
      unit,
      timeline: timelineFor(random, JOURNEYS[index] ?? 'building'),
    }));
    const events: object[] = [];
    const predicates: object[] = [];
    const pacts: object[] = [];
    timelines.forEach(({ unit, timeline }) => {
      events.push(...timeline.events.map((event) => ({ ...event, unitId: unit.id })));
      predicates.push(...timeline.predicates.map((predicate) => ({ ...predicate, unitId: unit.id })));
      pacts.push(...pactsFor(random, unit, timeline));
    });
    await insertAll(manager, StageEvent, events);
    await insertAll(manager, Predicate, predicates);
    await insertAll(manager, Pact, pacts);

    const operatorUnit = zone[0];
    const users = await manager.save(
      DEMO_ACCOUNTS.map(({ what: _what, ...account }) =>
        manager.create(User, {
          ...account,
          passwordHash,
          active: true,
          instansiId: account.role === Role.UNIT_OPERATOR ? null : instansi.id,
          unitId: account.role === Role.UNIT_OPERATOR ? (operatorUnit?.id ?? null) : null,
        }),
      ),
    );
    const evaluator = users.find((user) => user.email === 'evaluator@demo.zi.id');
    const teamLead = users.find((user) => user.email === 'ketua@demo.zi.id');
    const operator = users.find((user) => user.role === Role.UNIT_OPERATOR);
    // The TPI team works on this year's queue: units proposed, evaluated or self-assessed. Its
    // lead (ketua tim) confirms the evaluator's approvals, as the demo instansi requires.
    const assigned = zone.slice(9, 19);
    await manager.insert(
      EvaluatorAssignment,
      [evaluator, teamLead].flatMap((member) =>
        member
          ? assigned.map((unit) => ({ userId: member.id, unitId: unit.id, lead: member === teamLead }))
          : [],
      ),
    );
    const assessments = await seedDemoAssessments(
      manager,
      timelines.flatMap(({ unit, timeline }, index) =>
        assessedYears(random, timeline, index % 2 === 1).map((year) => ({
          ...year,
          unitId: unit.id,
          operatorId: unit.id === operator?.unitId ? operator.id : null,
          evaluatorId: assigned.includes(unit) ? (evaluator?.id ?? null) : null,
        })),
      ),
      random,
    );

    const admin = users.find((user) => user.role === Role.ADMIN);
    const portfolio = await seedDemoPortfolio(manager, random, {
      instansiId: instansi.id,
      adminId: admin?.id ?? '',
      zoneUnitIds: zone.map((unit) => unit.id),
    });

    // This year's deadlines, weeks away from the day of loading: the queue and worksheets show them.
    const today = todayInIndonesia();
    await manager.insert(AssessmentWindow, {
      instansiId: instansi.id,
      year: Number(today.slice(0, 4)),
      fillUntil: addDays(today, 45),
      reviewUntil: addDays(today, 90),
      updatedBy: admin?.id ?? null,
      updatedAt: new Date(),
    });

    const summary: SeedSummary = {
      ...portfolio,
      instansi: 1,
      units: units.length,
      zoneUnits: zone.length,
      stageEvents: events.length,
      predicates: predicates.length,
      pacts: pacts.length,
      users: users.length,
      assessments,
    };
    await recordAudit(manager, {
      actorUserId: null,
      action: 'seed.demo',
      entity: 'database',
      after: summary,
    });
    return summary;
  });
}

export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const [row] = (await dataSource.query('SELECT count(*)::int AS n FROM instansi')) as { n: number }[];
  return (row?.n ?? 0) === 0;
}
