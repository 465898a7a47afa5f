import type { EntityManager } from 'typeorm';
import { addDays, type Quarter, quarterOf, quarterStart, todayInIndonesia } from '../../common/dates.js';
import { PlanItemStatus } from '../../modules/action-plans/action-plan-item.entity.js';
import { ChangeArea } from '../../modules/monitoring/change-area.js';
import { FollowUpStatus } from '../../modules/monitoring/follow-up.entity.js';
import { ProgressJudgement } from '../../modules/monitoring/monitoring-progress.entity.js';
import type { Random } from './random.js';

export interface PortfolioSeedInput {
  instansiId: string;
  adminId: string;
  /** The units building ZI, the operator's first. */
  zoneUnitIds: string[];
}

export type PortfolioSummary = {
  monitoringRounds: number;
  findings: number;
  followUps: number;
  coachingSessions: number;
  actionPlanItems: number;
};

const AREAS = Object.values(ChangeArea);

const FINDINGS: Array<[ChangeArea, string, string, string]> = [
  [
    ChangeArea.PUBLIC_SERVICE,
    'Standar pelayanan belum dipublikasikan di ruang layanan.',
    'Publikasikan standar pelayanan di ruang layanan dan laman unit.',
    'Pasang papan standar pelayanan dan unggah ke laman unit.',
  ],
  [
    ChangeArea.CHANGE_MANAGEMENT,
    'Agen perubahan belum ditetapkan dengan surat keputusan.',
    'Tetapkan agen perubahan dan rencana kerjanya.',
    'Terbitkan SK agen perubahan.',
  ],
  [
    ChangeArea.SUPERVISION,
    'Pengendalian gratifikasi belum disosialisasikan kepada pegawai.',
    'Sosialisasikan pengendalian gratifikasi dan sediakan saluran pelaporan.',
    'Laksanakan sosialisasi gratifikasi dan dokumentasikan daftar hadir.',
  ],
  [
    ChangeArea.ACCOUNTABILITY,
    'Indikator kinerja unit belum selaras dengan rencana strategis.',
    'Selaraskan indikator kinerja dengan renstra dan perjanjian kinerja.',
    'Revisi perjanjian kinerja tahun berjalan.',
  ],
  [
    ChangeArea.HUMAN_RESOURCES,
    'Pemetaan kompetensi pegawai belum dilakukan.',
    'Lakukan pemetaan kompetensi dan susun rencana pengembangan.',
    'Susun dokumen pemetaan kompetensi pegawai.',
  ],
  [
    ChangeArea.BUSINESS_PROCESS,
    'SOP layanan utama belum dievaluasi dalam dua tahun terakhir.',
    'Evaluasi dan perbarui SOP layanan utama.',
    'Laksanakan rapat evaluasi SOP dan tetapkan SOP hasil revisi.',
  ],
];

const TOPICS = [
  'Penyusunan LKE dan bukti dukung area pemenuhan',
  'Sosialisasi pembangunan Zona Integritas bagi unit baru',
  'Survei persepsi anti korupsi dan kualitas pelayanan',
  'Inovasi pelayanan publik dan pengelolaan pengaduan',
  'Penguatan pengawasan: gratifikasi, benturan kepentingan, WBS',
  'Klinik LKE menjelang penilaian TPI',
];

const PLAN: Array<[ChangeArea, string, string]> = [
  [ChangeArea.CHANGE_MANAGEMENT, 'Menetapkan tim kerja pembangunan ZI', 'SK tim kerja'],
  [ChangeArea.CHANGE_MANAGEMENT, 'Menyusun rencana kerja pembangunan ZI', 'Dokumen rencana kerja'],
  [ChangeArea.BUSINESS_PROCESS, 'Mengevaluasi SOP layanan utama', 'SOP hasil evaluasi'],
  [ChangeArea.HUMAN_RESOURCES, 'Memetakan kompetensi pegawai', 'Dokumen peta kompetensi'],
  [ChangeArea.ACCOUNTABILITY, 'Menyelaraskan perjanjian kinerja', 'Perjanjian kinerja revisi'],
  [ChangeArea.SUPERVISION, 'Sosialisasi pengendalian gratifikasi', 'Laporan kegiatan dan daftar hadir'],
  [ChangeArea.PUBLIC_SERVICE, 'Menyusun dan mempublikasikan standar pelayanan', 'SK standar pelayanan'],
  [ChangeArea.PUBLIC_SERVICE, 'Melaksanakan survei kepuasan masyarakat', 'Laporan SKM'],
];

function previousQuarters(today: string, count: number): Quarter[] {
  const quarters: Quarter[] = [];
  let { year, quarter } = quarterOf(today);
  for (let i = 0; i < count; i += 1) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    quarters.unshift({ year, quarter });
  }
  return quarters;
}

function judgementOf(random: Random, round: number): ProgressJudgement {
  const roll = random.next() + round * 0.12;
  if (roll < 0.15) return ProgressJudgement.NOT_STARTED;
  if (roll < 0.45) return ProgressJudgement.BEHIND;
  if (roll < 0.95) return ProgressJudgement.ON_TRACK;
  return ProgressJudgement.AHEAD;
}

/** A follow-up's state for a round `age` quarters back: older ones are mostly closed. */
function followUpStatusOf(random: Random, age: number): FollowUpStatus {
  const roll = random.next();
  if (age >= 2) return roll < 0.85 ? FollowUpStatus.VERIFIED : FollowUpStatus.DONE;
  if (roll < 0.3) return FollowUpStatus.OPEN;
  if (roll < 0.6) return FollowUpStatus.IN_PROGRESS;
  if (roll < 0.8) return FollowUpStatus.DONE;
  return FollowUpStatus.VERIFIED;
}

/**
 * The portfolio around the demo's ZI units: three closed monitoring rounds before the current
 * quarter (whose round is left for people to open), coaching sessions past and coming, and action
 * plans, all dated from today so that the dashboard shows trends, overdue follow-ups and coverage.
 */
export async function seedDemoPortfolio(
  manager: EntityManager,
  random: Random,
  input: PortfolioSeedInput,
): Promise<PortfolioSummary> {
  const today = todayInIndonesia();
  const summary: PortfolioSummary = {
    monitoringRounds: 0,
    findings: 0,
    followUps: 0,
    coachingSessions: 0,
    actionPlanItems: 0,
  };
  const quarters = previousQuarters(today, 3);
  for (const [index, quarter] of quarters.entries()) {
    const age = quarters.length - index;
    const start = quarterStart(quarter);
    const [round] = (await manager.query(
      `INSERT INTO monitoring_round (instansi_id, year, quarter, closed_at, created_by, created_at)
       VALUES ($1, $2, $3, $4::date + 85, $5, $4::date + 10) RETURNING id`,
      [input.instansiId, quarter.year, quarter.quarter, start, input.adminId],
    )) as Array<{ id: string }>;
    summary.monitoringRounds += 1;
    for (const unitId of input.zoneUnitIds) {
      const judgements = AREAS.map(() => judgementOf(random, index));
      await manager.query(
        `INSERT INTO monitoring_progress (round_id, unit_id, area, judgement, updated_by, updated_at)
         SELECT $1, $2, a, j, $3, $4::date + 40 FROM unnest($5::text[], $6::text[]) AS t(a, j)`,
        [round?.id, unitId, input.adminId, start, AREAS, judgements],
      );
      if (random.next() > 0.4) continue;
      const [area, finding, recommendation, followUp] = random.pick(FINDINGS);
      const [row] = (await manager.query(
        `WITH f AS (INSERT INTO finding (round_id, unit_id, area, description, created_by, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6::date + 45) RETURNING id)
         INSERT INTO recommendation (finding_id, description) SELECT id, $7 FROM f RETURNING id`,
        [round?.id, unitId, area, finding, input.adminId, start, recommendation],
      )) as Array<{ id: string }>;
      const status = followUpStatusOf(random, age);
      const dueOn = addDays(start, 90 + random.int(5, 60));
      const done = status === FollowUpStatus.DONE || status === FollowUpStatus.VERIFIED;
      await manager.query(
        `INSERT INTO follow_up (recommendation_id, unit_id, description, owner_name, due_on, status, response,
           responded_at, verified_by, verified_at, created_by, created_at)
         VALUES ($1, $2, $3, 'Sekretaris unit', $4, $5, $6, $7, $8, $9, $10, $11::date + 45)`,
        [
          row?.id,
          unitId,
          followUp,
          dueOn,
          status,
          done ? 'Sudah dilaksanakan; bukti diunggah ke folder bersama.' : null,
          done ? `${dueOn}T03:00:00Z` : null,
          status === FollowUpStatus.VERIFIED ? input.adminId : null,
          status === FollowUpStatus.VERIFIED ? `${dueOn}T08:00:00Z` : null,
          input.adminId,
          start,
        ],
      );
      summary.findings += 1;
      summary.followUps += 1;
    }
  }

  for (const [index, topic] of TOPICS.entries()) {
    const startsOn = addDays(today, (index - 4) * 21 + random.int(0, 6));
    const invited = input.zoneUnitIds.filter(() => random.next() < 0.35);
    const past = startsOn < today;
    const [session] = (await manager.query(
      `INSERT INTO coaching_session (instansi_id, kind, topic, starts_at, ends_at, place, online_url, created_by)
       VALUES ($1, $2, $3, ($4::date + time '09:00') AT TIME ZONE 'Asia/Jakarta',
               ($4::date + time '12:00') AT TIME ZONE 'Asia/Jakarta', $5, $6, $7) RETURNING id`,
      [
        input.instansiId,
        index === 1 ? 'socialisation' : 'coaching',
        topic,
        startsOn,
        'Aula Inspektorat Provinsi',
        index % 2 === 0 ? 'https://meet.example.go.id/zi-pendampingan' : null,
        input.adminId,
      ],
    )) as Array<{ id: string }>;
    await manager.query(
      `INSERT INTO coaching_invitation (session_id, unit_id, attended)
       SELECT $1, u, CASE WHEN $3 THEN (row_number() OVER () % 5 <> 0) END FROM unnest($2::uuid[]) AS u`,
      [session?.id, invited, past],
    );
    summary.coachingSessions += 1;
  }

  const { year, quarter } = quarterOf(today);
  for (const unitId of input.zoneUnitIds.slice(0, 6)) {
    for (const [index, [area, activity, output]] of PLAN.entries()) {
      const targetQuarter = (index % 4) + 1;
      const status =
        targetQuarter < quarter
          ? random.next() < 0.7
            ? PlanItemStatus.DONE
            : PlanItemStatus.IN_PROGRESS
          : targetQuarter === quarter
            ? PlanItemStatus.IN_PROGRESS
            : PlanItemStatus.PLANNED;
      await manager.query(
        `INSERT INTO action_plan_item (unit_id, year, area, activity, output, target_quarter, person_in_charge,
           status, realisation, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'Ketua tim kerja ZI', $7, $8, $9, $9)`,
        [
          unitId,
          year,
          area,
          activity,
          output,
          targetQuarter,
          status,
          status === PlanItemStatus.DONE ? `${output} telah ditetapkan.` : null,
          input.adminId,
        ],
      );
      summary.actionPlanItems += 1;
    }
  }
  return summary;
}
