import ExcelJS from 'exceljs';

/** The header of the worksheet's exported layout, up to the unit's note: what an import reads. */
const HEADER = [
  'Kode',
  'Uraian',
  'Bobot',
  'Pilihan jawaban',
  'Kriteria nilai',
  'Jawaban unit',
  'Catatan unit',
];

/** An .xlsx in the worksheet's layout, as a unit fills it in: the header row, then `rows`. */
export async function lkeWorkbook(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('LKE');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
