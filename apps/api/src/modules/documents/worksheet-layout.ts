/** The columns of the official worksheet layout, as exported and read back on import. */
export const COLUMNS = [
  { key: 'code', header: 'Kode', width: 18 },
  { key: 'text', header: 'Uraian', width: 60 },
  { key: 'weight', header: 'Bobot', width: 8 },
  { key: 'answerType', header: 'Pilihan jawaban', width: 14 },
  { key: 'criteria', header: 'Kriteria nilai', width: 50 },
  { key: 'unitAnswer', header: 'Jawaban unit', width: 12 },
  { key: 'unitNote', header: 'Catatan unit', width: 30 },
  { key: 'evidence', header: 'Bukti dukung', width: 40 },
  { key: 'tpiAnswer', header: 'Jawaban TPI', width: 12 },
  { key: 'score', header: 'Nilai', width: 10 },
  { key: 'percent', header: '%', width: 8 },
  { key: 'tpiNote', header: 'Catatan TPI', width: 30 },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** 1-based column number and letter of a column, for cells and for messages. */
export function columnOf(key: ColumnKey): { number: number; letter: string; header: string } {
  const index = COLUMNS.findIndex((column) => column.key === key);
  const column = COLUMNS[index];
  return { number: index + 1, letter: String.fromCharCode(65 + index), header: column?.header ?? key };
}
