import type { DataSource } from 'typeorm';

/** A small seeded PRNG (mulberry32): the same seed gives the same registry, so a failure replays. */
export function randomOf(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

/** Region codes the generated units carry: provinces, a city, a district, and none (null). */
export const UNIT_REGIONS = [
  null,
  null,
  null,
  '99',
  '99.01',
  '99.02',
  '99.01.03',
  '99.71',
  '98',
  '98.01',
] as const;
export const UNIT_KINDS = ['dinas', 'school', 'puskesmas'] as const;

export interface GeneratedRegistry {
  /** The demo instansi (region 99), the admin's. */
  demoInstansiId: string;
  units: number;
  stageEvents: number;
  /** Each unit's current stage as its generated life ends (its newest step), or null: the model's own. */
  currentStages: Map<string, string | null>;
}

type Step = { stage: string; on: string; year: number };
type Award = { kind: 'wbk' | 'wbbm'; year: number; on: string; revokedOn?: string };

/**
 * One unit's life: declared in a year, perhaps proposed and awarded WBK (or not), perhaps upgraded
 * to WBBM the year after (its WBK stays unrevoked), perhaps revoked later (the latest predicate).
 * `shape` forces the cases every run must hold; otherwise the random draw decides.
 */
function lifeOf(random: ReturnType<typeof randomOf>, shape?: 'upgraded' | 'revoked-wbbm' | 'revoked-wbk') {
  const steps: Step[] = [];
  const awards: Award[] = [];
  if (!shape && random.chance(0.3)) return { steps, awards };
  const year = shape ? 2023 : random.pick([2022, 2023, 2024]);
  const at = (y: number, month: number) =>
    `${y}-${String(month).padStart(2, '0')}-0${1 + (steps.length % 9)}`;
  steps.push({ stage: 'declared', on: at(year, 2), year });
  if (!shape && random.chance(0.25)) return { steps, awards };
  steps.push({ stage: 'proposed', on: at(year, 6), year });
  if (!shape && random.chance(0.25)) {
    steps.push({ stage: 'not_awarded', on: at(year, 11), year });
    return { steps, awards };
  }
  const wbkOn = at(year, 11);
  steps.push({ stage: 'wbk', on: wbkOn, year });
  awards.push({ kind: 'wbk', year, on: wbkOn });
  if (shape === 'upgraded' || shape === 'revoked-wbbm' || (!shape && random.chance(0.4))) {
    steps.push({ stage: 'declared', on: at(year + 1, 2), year: year + 1 });
    const wbbmOn = at(year + 1, 11);
    steps.push({ stage: 'wbbm', on: wbbmOn, year: year + 1 });
    awards.push({ kind: 'wbbm', year: year + 1, on: wbbmOn });
  }
  if (shape === 'revoked-wbbm' || shape === 'revoked-wbk' || (!shape && random.chance(0.25))) {
    const revokedOn = at(year + 2, 3);
    steps.push({ stage: 'revoked', on: revokedOn, year: year + 2 });
    (awards.at(-1) as Award).revokedOn = revokedOn;
  }
  return { steps, awards };
}

/**
 * Replaces the demo registry with a random one: the demo units are archived (every public and
 * admin count leaves archived units out), two more instansi are added (a city inside the demo
 * province and a ministry), and `count` units get random kinds, own regions, timelines and
 * predicates, written as the API writes them (the stage trigger keeps `current_stage`).
 */
export async function generateRegistry(
  dataSource: DataSource,
  seed: number,
  count = 36,
): Promise<GeneratedRegistry> {
  const random = randomOf(seed);
  await dataSource.query(
    `UPDATE unit SET archived_at = now(), archive_reason = 'Diganti data uji' WHERE archived_at IS NULL`,
  );
  const [demo] = (await dataSource.query(
    `SELECT id FROM instansi WHERE region_code = '99' LIMIT 1`,
  )) as Array<{
    id: string;
  }>;
  const demoInstansiId = (demo as { id: string }).id;
  const [city] = (await dataSource.query(
    `INSERT INTO instansi (name, kind, region_code) VALUES ('Pemerintah Kota Uji (data uji)', 'city', '99.71') RETURNING id`,
  )) as Array<{ id: string }>;
  const [ministry] = (await dataSource.query(
    `INSERT INTO instansi (name, kind, region_code) VALUES ('Kementerian Uji (data uji)', 'ministry', NULL) RETURNING id`,
  )) as Array<{ id: string }>;
  const instansi = [demoInstansiId, demoInstansiId, demoInstansiId, city?.id, ministry?.id] as string[];
  const shapes = ['upgraded', 'revoked-wbbm', 'revoked-wbk'] as const;
  let stageEvents = 0;
  const currentStages = new Map<string, string | null>();
  for (let index = 0; index < count; index += 1) {
    const instansiId = index < shapes.length ? demoInstansiId : random.pick(instansi);
    const [unit] = (await dataSource.query(
      `INSERT INTO unit (instansi_id, name, kind, region_code) VALUES ($1, $2, $3, $4) RETURNING id`,
      [instansiId, `Unit Uji ${seed}-${index}`, random.pick(UNIT_KINDS), random.pick(UNIT_REGIONS)],
    )) as Array<{ id: string }>;
    const { steps, awards } = lifeOf(random, shapes[index]);
    currentStages.set(unit?.id as string, steps.at(-1)?.stage ?? null);
    for (const step of steps) {
      await dataSource.query(
        'INSERT INTO stage_event (unit_id, stage, occurred_on, year) VALUES ($1, $2, $3, $4)',
        [unit?.id, step.stage, step.on, step.year],
      );
    }
    stageEvents += steps.length;
    for (const award of awards) {
      await dataSource.query(
        `INSERT INTO predicate (unit_id, kind, year, decree_number, decree_date, revoked_on, revocation_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          unit?.id,
          award.kind,
          award.year,
          `SK/${award.kind}/${index} (uji)`,
          award.on,
          award.revokedOn ?? null,
          award.revokedOn ? 'Dicabut (data uji)' : null,
        ],
      );
    }
  }
  return { demoInstansiId, units: count, stageEvents, currentStages };
}
