/**
 * The exported LKE workbook recalculated by LibreOffice (headless, from Debian, as a reader opens
 * it): its summary sheets must reach the engine's scores to the cent and its verdict on every rule,
 * for answer sets at, just above and just below every threshold, reached through repeating ratios.
 * The workbook's formulas are the template's and this platform's own spreadsheet formulas: a
 * calculation apart from `@zi/lke`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Answers, checkEligibility, scoreAnswers, type TargetId } from '@zi/lke';
import { background, framework, type Values } from '@zi/lke/testing/independent-score';
import { boundaryCases, scoreRules } from '@zi/lke/testing/threshold-cases';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sofficeMissing, sofficePath } from '../../test/soffice.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { exportLkeWorkbook, type LayerAnswers } from './lke-workbook.export.js';
import { LKE_TEMPLATE, lkeTemplateFile } from './lke-workbook.layout.js';

const run = promisify(execFile);

/** Summary cells by what they hold: a group's points or a rule's verdict (the template's addresses). */
const POINTS: Record<string, string[]> = {
  K12: ['A'],
  K15: ['B.I'],
  K16: ['B.I.a'],
  K17: ['B.I.b'],
  K19: ['B.II'],
  K20: ['B'],
  K22: ['A', 'B'],
  ...Object.fromEntries(framework.areas.map((area, index) => [`K${6 + index}`, area.nodes])),
};
const VERDICTS: Record<string, string> = {
  M22: 'total',
  M12: 'pengungkit',
  M15: 'bersihAkuntabel',
  M16: 'ipak',
  M17: 'performance',
  M19: 'ipkp',
  ...Object.fromEntries(framework.areas.map((_, index) => [`M${6 + index}`, `area${index + 1}`])),
};

/** One answer set, judged for one target. */
interface Case {
  name: string;
  target: TargetId;
  values: Values;
}

const LAYERS = Object.values(AnswerLayer);

/** Cases three to a workbook (a layer each), all of one target: a summary sheet judges one. */
function workbooksOf(cases: Case[]): Case[][] {
  const books: Case[][] = [];
  for (const target of ['WBK', 'WBBM'] as const) {
    const ofTarget = cases.filter((found) => found.target === target);
    for (let index = 0; index < ofTarget.length; index += LAYERS.length)
      books.push(ofTarget.slice(index, index + LAYERS.length));
  }
  return books;
}

const asLayer = (values: Values): LayerAnswers =>
  new Map(Object.entries(values).map(([code, value]) => [code, { value, note: null }]));

// `cell.result`: exceljs's `cell.value` leaves out a result of 0.
const numberOf = (cell: ExcelJS.Cell) => (typeof cell.result === 'number' ? cell.result : Number.NaN);
const textOf = (cell: ExcelJS.Cell) => String(cell.result ?? '');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'zi-lke-recalc-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe.skipIf(sofficeMissing)('the LKE workbook recalculated by LibreOffice', () => {
  it('reaches the engine’s scores (to 0.01) and verdicts on every rule, at, above and below every threshold', async () => {
    const cases: Case[] = [
      { name: 'a middling unit', target: 'WBK', values: background(3) },
      { name: 'a strong unit', target: 'WBBM', values: background(47) },
      { name: 'nothing answered', target: 'WBK', values: {} },
      ...scoreRules.flatMap(({ target, rule }) =>
        boundaryCases(rule).map((found) => ({
          name: `${target}/${rule.id} ${found.where} ${rule.min}`,
          target,
          values: found.values,
        })),
      ),
    ];
    const template = lkeTemplateFile(framework.code) ?? '';
    const books = workbooksOf(cases);
    const names = await Promise.all(
      books.map(async (book, index) => {
        const file = await exportLkeWorkbook(template, {
          framework,
          unitName: `Kasus ${index + 1}`,
          target: book[0]?.target ?? 'WBK',
          layers: Object.fromEntries(
            LAYERS.map((layer, at) => [layer, asLayer(book[at]?.values ?? {})]),
          ) as Record<AnswerLayer, LayerAnswers>,
          evidence: new Map(),
        });
        const name = `case-${index + 1}.xlsx`;
        await writeFile(path.join(folder, name), file);
        return name;
      }),
    );
    const out = path.join(folder, 'recalculated');
    await run(
      sofficePath,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${folder}/profile`,
        '--convert-to',
        'xlsx',
        '--outdir',
        out,
        ...names,
      ],
      { cwd: folder, timeout: 240_000 },
    );
    expect((await readdir(out)).sort()).toEqual([...names].sort());

    let judged = 0;
    for (const [index, book] of books.entries()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await readFile(path.join(out, names[index] ?? ''))) as unknown as ArrayBuffer,
      );
      for (const [at, found] of book.entries()) {
        const layer = LAYERS[at] as AnswerLayer;
        const sheet = workbook.getWorksheet(LKE_TEMPLATE.layers[layer].summary);
        if (!sheet) throw new Error(`no summary sheet for ${layer}`);
        const report = scoreAnswers(framework, found.values as Answers);
        const rules = checkEligibility(framework, report, { heldPredicates: ['WBK'] }).find(
          (result) => result.target === found.target,
        )?.rules;
        for (const [address, nodes] of Object.entries(POINTS)) {
          const engine = nodes.reduce((sum, code) => sum + (report.groups[code]?.score ?? 0), 0);
          expect(numberOf(sheet.getCell(address)), `${found.name}: ${sheet.name}!${address}`).toBeCloseTo(
            engine,
            2,
          );
        }
        for (const [address, ruleId] of Object.entries(VERDICTS)) {
          const passed = rules?.find((rule) => rule.id === ruleId)?.passed;
          const shown = textOf(sheet.getCell(address));
          expect({ case: found.name, address, shown }).toEqual({
            case: found.name,
            address,
            shown: passed ? 'OK' : 'Tidak Lulus',
          });
          judged += 1;
        }
      }
    }
    expect(judged).toBe(cases.length * Object.keys(VERDICTS).length);
  }, 300_000);
});
