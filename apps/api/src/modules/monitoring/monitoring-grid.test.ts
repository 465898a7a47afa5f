import {
  CarryForwardMonitoringProgressDocument,
  type MonitoringCellInput,
  MonitoringRoundDocument,
  MonitoringRoundsDocument,
  MonitoringScopeUnitsDocument,
  OpenMonitoringRoundDocument,
  SaveMonitoringCellsDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf, todayInIndonesia } from '../../common/dates.js';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import {
  createTestApp,
  type EveryRole,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let admin: Portal<EveryRole>;
let roundId: string;
let unitIds: string[];

const save = (cells: MonitoringCellInput[], who: EveryRole = 'admin') =>
  admin(SaveMonitoringCellsDocument, { input: { roundId, cells } }, who);
const cellsOfRound = async (id = roundId) =>
  (await admin(MonitoringRoundDocument, { id })).data?.monitoringRound?.progress ?? [];
const cellKey = (cell: { unit: { id: string }; area: string }) => `${cell.unit.id} ${cell.area}`;
const auditCount = async (action: string) =>
  (
    (await app.dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [
      action,
    ])) as {
      n: number;
    }[]
  )[0]?.n;

beforeAll(async () => {
  app = await createTestApp();
  admin = portal(app, await signInEveryRole(app), 'admin');
  const opened = await admin(OpenMonitoringRoundDocument, { input: quarterOf(todayInIndonesia()) });
  roundId = opened.data?.openMonitoringRound.id ?? '';
  const scope = await admin(MonitoringScopeUnitsDocument, { first: 100, filter: { buildingZi: true } });
  if (scope.errors) throw new Error(JSON.stringify(scope.errors));
  unitIds = (scope.data?.units.nodes ?? []).filter((unit) => unit.currentStage).map((unit) => unit.id);
});
afterAll(() => app.close());

describe('the monitoring grid saves many cells at once', () => {
  it('carries the latest judged round forward into empty cells, without its notes', async () => {
    const before = await admin(MonitoringRoundDocument, { id: roundId });
    expect(before.data?.monitoringRound?.viewerMay.carryForward).toBe(true);
    const earlier = before.data?.monitoringRound?.carryForwardFrom;
    expect(earlier).not.toBeNull();
    const [first] = unitIds;
    await save([
      { unitId: first as string, area: 'SUPERVISION', judgement: 'AHEAD', note: 'Sudah dinilai', version: 0 },
    ]);

    const rounds = (await admin(MonitoringRoundsDocument, {})).data?.monitoringRounds ?? [];
    const earlierId = rounds.find(
      (round) => round.year === earlier?.year && round.quarter === earlier?.quarter,
    )?.id;
    const earlierCells = await cellsOfRound(earlierId);

    const carried = await admin(CarryForwardMonitoringProgressDocument, { roundId });
    const copied = carried.data?.carryForwardMonitoringProgress ?? [];
    const judgedBefore = `${first} SUPERVISION`;
    expect(copied.map(cellKey).sort()).toEqual(
      earlierCells
        .map(cellKey)
        .filter((key) => key !== judgedBefore)
        .sort(),
    );
    expect(copied.every((cell) => cell.note === null && cell.version === 1)).toBe(true);
    const earlierJudgement = new Map(earlierCells.map((cell) => [cellKey(cell), cell.judgement]));
    expect(copied.every((cell) => earlierJudgement.get(cellKey(cell)) === cell.judgement)).toBe(true);
    // The cell judged before carrying forward keeps its own judgement.
    const cells = await cellsOfRound();
    expect(cells.find((cell) => cellKey(cell) === judgedBefore)).toMatchObject({
      judgement: 'AHEAD',
      note: 'Sudah dinilai',
    });
    // Carrying forward again finds nothing left to fill.
    expect(
      (await admin(CarryForwardMonitoringProgressDocument, { roundId })).data?.carryForwardMonitoringProgress,
    ).toEqual([]);
    expect(await auditCount('monitoring.carry_forward')).toBe(2);
  });

  it('lists rounds with what carrying forward needs in statements that do not grow with the rounds', async () => {
    const statementsFor = async () => {
      app.queries.count = 0;
      const listed = await admin(MonitoringRoundsDocument, {});
      expect(listed.errors).toBeUndefined();
      return { rounds: listed.data?.monitoringRounds ?? [], statements: app.queries.count };
    };
    const { rounds, statements } = await statementsFor();
    expect(rounds.length).toBeGreaterThanOrEqual(4);
    // The oldest demo round has nothing before it; every later one carries its predecessor forward.
    expect(rounds.at(-1)?.carryForwardFrom).toBeNull();
    expect(rounds[0]?.carryForwardFrom).toMatchObject({ year: rounds[1]?.year, quarter: rounds[1]?.quarter });
    // The session, the instansi's rounds, the earlier rounds of all of them, and those rounds by id.
    expect(statements).toBeLessThanOrEqual(4);
  });

  it('saves a batch on the versions it was made on, and refuses a stale one whole, naming the cell', async () => {
    const [a, b] = unitIds as [string, string];
    const cells = await cellsOfRound();
    const versionOf = (unitId: string, area: string) =>
      cells.find((cell) => cell.unit.id === unitId && cell.area === area)?.version ?? 0;
    const batch: MonitoringCellInput[] = [
      {
        unitId: a,
        area: 'CHANGE_MANAGEMENT',
        judgement: 'ON_TRACK',
        version: versionOf(a, 'CHANGE_MANAGEMENT'),
      },
      {
        unitId: b,
        area: 'CHANGE_MANAGEMENT',
        judgement: 'BEHIND',
        note: ' Rapat belum rutin ',
        version: versionOf(b, 'CHANGE_MANAGEMENT'),
      },
    ];
    const saved = await save(batch);
    expect(saved.data?.saveMonitoringCells).toMatchObject([
      { judgement: 'ON_TRACK', version: (batch[0]?.version as number) + 1 },
      { judgement: 'BEHIND', note: 'Rapat belum rutin', version: (batch[1]?.version as number) + 1 },
    ]);
    const audits = await auditCount('monitoring.cells');

    // Someone saved b since: the whole batch is refused, a's new value included.
    const stale = await save([
      { ...batch[0], judgement: 'AHEAD', version: (batch[0]?.version as number) + 1 } as MonitoringCellInput,
      batch[1] as MonitoringCellInput,
    ]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'cells.1',
      unitId: b,
      area: 'CHANGE_MANAGEMENT',
      yourVersion: batch[1]?.version,
      currentVersion: (batch[1]?.version as number) + 1,
      currentJudgement: 'BEHIND',
      currentNote: 'Rapat belum rutin',
    });
    const after = await cellsOfRound();
    expect(after.find((cell) => cell.unit.id === a && cell.area === 'CHANGE_MANAGEMENT')?.judgement).toBe(
      'ON_TRACK',
    );
    expect(await auditCount('monitoring.cells')).toBe(audits);
  });

  it('lets one of many callers saving the same new cell at once win; the others are told', async () => {
    const unitId = unitIds[2] as string;
    await app.dataSource.query(
      'DELETE FROM monitoring_progress WHERE round_id = $1 AND unit_id = $2 AND area = $3',
      [fromGlobalIdOf('MonitoringRound', roundId), fromGlobalIdOf('Unit', unitId), 'public_service'],
    );
    const judgements = ['NOT_STARTED', 'BEHIND', 'ON_TRACK', 'AHEAD', 'BEHIND', 'ON_TRACK'] as const;
    const results = await Promise.all(
      judgements.map((judgement) => save([{ unitId, area: 'PUBLIC_SERVICE', judgement, version: 0 }])),
    );
    const won = results.filter((result) => result.data?.saveMonitoringCells);
    expect(won).toHaveLength(1);
    expect(results.flatMap(errorCodes).sort()).toEqual(Array(judgements.length - 1).fill('CONFLICT'));
    const cell = (await cellsOfRound()).find(
      (one) => one.unit.id === unitId && one.area === 'PUBLIC_SERVICE',
    );
    expect(cell?.judgement).toBe(won[0]?.data?.saveMonitoringCells[0]?.judgement);
    expect(cell?.version).toBe(1);
  });

  it('refuses a repeated cell, a unit outside the scope and an operator, and saves nothing', async () => {
    const [a] = unitIds as [string];
    const cell: MonitoringCellInput = { unitId: a, area: 'ACCOUNTABILITY', judgement: 'AHEAD', version: 99 };
    const repeated = await save([cell, { ...cell, judgement: 'BEHIND' }]);
    expect(repeated.errors?.[0]?.extensions).toMatchObject({ field: 'cells.1', reason: 'DUPLICATE_CELL' });
    const elsewhere = await save([
      { ...cell, unitId: toGlobalId('Unit', '00000000-0000-4000-8000-000000000000') },
    ]);
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ field: 'cells', reason: 'NOT_FOUND' });
    expect(errorCodes(await save([cell], 'operator'))).toEqual(['FORBIDDEN']);
    const badVersion = await save([{ ...cell, version: -1 }]);
    expect(badVersion.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
