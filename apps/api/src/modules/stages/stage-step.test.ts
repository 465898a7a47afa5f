import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AliasesTimelineSteps1765400000000 } from '../../db/migrations/1765400000000-aliases-timeline-steps.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Stage } from './stage-event.entity.js';
import { recordStageStep } from './stages.queries.js';

let app: TestApp;
let unitId = '';
beforeAll(async () => {
  app = await createTestApp();
  const [unit] = (await app.dataSource.query(
    `SELECT id FROM unit WHERE current_stage IS NULL ORDER BY name LIMIT 1`,
  )) as { id: string }[];
  unitId = unit?.id ?? '';
});
afterAll(() => app.close());

const steps = async () =>
  (await app.dataSource.query(
    `SELECT stage, year, to_char(occurred_on, 'YYYY-MM-DD') AS on FROM stage_event WHERE unit_id = $1
     ORDER BY occurred_on, stage`,
    [unitId],
  )) as Array<{ stage: string; year: number; on: string }>;

const record = (occurredOn: string, year: number) =>
  recordStageStep(app.dataSource.manager, { unitId, stage: Stage.SELF_ASSESSED, occurredOn, year });

describe('one public step per stage and year', () => {
  it('moves a step reached again to its latest date, and never back to an earlier one', async () => {
    await record('2026-03-02', 2026);
    await record('2026-04-10', 2026);
    await record('2026-04-01', 2026);
    await record('2025-05-01', 2025);
    expect(await steps()).toEqual([
      { stage: 'self_assessed', year: 2025, on: '2025-05-01' },
      { stage: 'self_assessed', year: 2026, on: '2026-04-10' },
    ]);
    const [unit] = (await app.dataSource.query(
      `SELECT current_stage, to_char(current_stage_on, 'YYYY-MM-DD') AS on FROM unit WHERE id = $1`,
      [unitId],
    )) as { current_stage: string; on: string }[];
    expect(unit).toEqual({ current_stage: 'self_assessed', on: '2026-04-10' });
  });

  it('migrates repeated steps to the latest of each, and then refuses a repeat from any writer', async () => {
    const migration = new AliasesTimelineSteps1765400000000();
    const runner = app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(
        `INSERT INTO stage_event (unit_id, stage, occurred_on, year) VALUES
           ($1, 'tpi_evaluated', '2026-05-01', 2026), ($1, 'self_assessed', '2026-06-01', 2026),
           ($1, 'self_assessed', '2026-05-20', 2026)`,
        [unitId],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await steps()).toEqual([
      { stage: 'self_assessed', year: 2025, on: '2025-05-01' },
      { stage: 'tpi_evaluated', year: 2026, on: '2026-05-01' },
      { stage: 'self_assessed', year: 2026, on: '2026-06-01' },
    ]);
    await expect(
      app.dataSource.query(
        `INSERT INTO stage_event (unit_id, stage, occurred_on, year) VALUES ($1, 'tpi_evaluated', '2026-07-01', 2026)`,
        [unitId],
      ),
    ).rejects.toThrow(/stage_event_step_key/);
  });

  it('migrates repeats keeping the earlier notes and sources, and on a tie keeps the row with a note', async () => {
    const migration = new AliasesTimelineSteps1765400000000();
    const runner = app.dataSource.createQueryRunner();
    let withNote = '';
    try {
      await migration.down(runner);
      const rows = (await runner.query(
        `INSERT INTO stage_event (unit_id, stage, occurred_on, year, created_at, note, source_url) VALUES
           ($1, 'proposed', '2026-08-01', 2026, '2026-08-01T02:00:00Z', NULL, NULL),
           ($1, 'proposed', '2026-08-01', 2026, '2026-08-01T02:00:00Z', 'Diusulkan ulang', NULL),
           ($1, 'proposed', '2026-07-01', 2026, '2026-07-01T02:00:00Z', 'Diusulkan', 'https://berita.example/usul'),
           ($1, 'proposed', '2026-06-01', 2026, '2026-06-01T02:00:00Z', 'Lama', 'https://berita.example/lama')
         RETURNING id, note`,
        [unitId],
      )) as { id: string; note: string | null }[];
      withNote = rows.find((row) => row.note === 'Diusulkan ulang')?.id ?? '';
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const kept = await app.dataSource.query(
      `SELECT id, to_char(occurred_on, 'YYYY-MM-DD') AS on, note, source_url FROM stage_event
       WHERE unit_id = $1 AND stage = 'proposed'`,
      [unitId],
    );
    expect(kept).toEqual([
      { id: withNote, on: '2026-08-01', note: 'Diusulkan ulang', source_url: 'https://berita.example/usul' },
    ]);
  });
});
