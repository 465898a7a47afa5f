import ExcelJS from 'exceljs';
import { toCsv } from '../../common/csv.js';
import type { Unit } from './unit.entity.js';
import { cellOfAliases } from './unit-aliases.js';
import { KIND_WORDS, NO, UNIT_COLUMNS, type UnitColumn, YES } from './unit-sheet.js';

function rowOf(unit: Unit): Record<UnitColumn, string> {
  return {
    kode: unit.code ?? '',
    nama: unit.name,
    jenis: KIND_WORDS[unit.kind],
    kode_wilayah: unit.regionCode ?? '',
    alamat: unit.address ?? '',
    kepala: unit.headName ?? '',
    layanan_publik: unit.servesPublic ? YES : NO,
    singkatan: cellOfAliases(unit.aliases),
  };
}

/** The unit list in the import's own format, so an export can be edited and imported back. */
export const unitsToCsv = (units: Unit[]) => toCsv(UNIT_COLUMNS, units.map(rowOf));

export async function unitsToXlsx(units: Unit[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Unit kerja');
  sheet.columns = UNIT_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: column === 'nama' ? 48 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const unit of units) sheet.addRow(rowOf(unit));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
