import ExcelJS from 'exceljs';
import { LKE_TEMPLATE, lkeTemplateFile } from '../modules/documents/lke-workbook.layout.js';

/**
 * The official LKE workbook as a unit fills it in by hand: the empty template with `cells` of its
 * answer sheet set, by address (`{ K6: 'Ya', K199: 3.6 }`).
 */
export async function lkeWorkbook(cells: Readonly<Record<string, ExcelJS.CellValue>>): Promise<Buffer> {
  const template = lkeTemplateFile('permenpanrb-90-2021');
  if (!template) throw new Error('no LKE template');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.getWorksheet(LKE_TEMPLATE.answerSheet);
  for (const [address, value] of Object.entries(cells)) {
    if (sheet) sheet.getCell(address).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
