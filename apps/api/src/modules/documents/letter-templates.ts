import { registerEnumType } from 'type-graphql';

/** The letters a proposal goes out with. */
export enum LetterKind {
  /** Surat usulan: the Inspektorat's letter proposing the unit for its predicate. */
  COVER_LETTER = 'cover_letter',
  /** Surat Pernyataan Tanggung Jawab Mutlak: the head's statement that the data are true. */
  SPTJM = 'sptjm',
}
registerEnumType(LetterKind, {
  name: 'LetterKind',
  description: 'A letter of the proposal package: the cover letter (surat usulan) or the SPTJM.',
});

/** What a template may say in braces, each filled from the assessment when the package is assembled. */
export const LETTER_PLACEHOLDERS = [
  'unit',
  'instansi',
  'tahun',
  'predikat',
  'nilai_total',
  'nilai_pengungkit',
  'nilai_hasil',
  'nomor_lhe',
  'tanggal_lhe',
  'inspektur',
  'nip_inspektur',
  'tanggal',
] as const;
export type LetterValues = Record<(typeof LETTER_PLACEHOLDERS)[number], string>;

/** The templates an instansi starts from, in the words such letters use. */
export const DEFAULT_LETTERS: Record<LetterKind, { title: string; body: string }> = {
  [LetterKind.COVER_LETTER]: {
    title: 'Surat Usulan',
    body: `Perihal: Usulan Unit Kerja Berpredikat Menuju {predikat} Tahun {tahun}

Yth. Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
c.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan

Berdasarkan hasil evaluasi Tim Penilai Internal atas pembangunan Zona Integritas pada {unit}, {instansi}, sebagaimana tertuang dalam Laporan Hasil Evaluasi nomor {nomor_lhe} tanggal {tanggal_lhe}, dengan nilai evaluasi {nilai_total} (komponen pengungkit {nilai_pengungkit}, komponen hasil {nilai_hasil}), bersama ini kami mengusulkan {unit} untuk dievaluasi sebagai unit kerja berpredikat Menuju {predikat}.

Sebagai kelengkapan usulan, kami lampirkan Lembar Kerja Evaluasi, Laporan Hasil Evaluasi, dan Surat Pernyataan Tanggung Jawab Mutlak.

Demikian usulan ini kami sampaikan. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.`,
  },
  [LetterKind.SPTJM]: {
    title: 'Surat Pernyataan Tanggung Jawab Mutlak',
    body: `Yang bertanda tangan di bawah ini:
Nama: {inspektur}
NIP: {nip_inspektur}
Jabatan: Inspektur, {instansi}

menyatakan dengan sesungguhnya bahwa data dan dokumen dalam Lembar Kerja Evaluasi Zona Integritas {unit} tahun {tahun}, beserta bukti dukungnya, yang diusulkan untuk predikat Menuju {predikat} dengan nilai evaluasi {nilai_total}, adalah benar dan dapat dipertanggungjawabkan.

Apabila di kemudian hari ditemukan ketidaksesuaian, kami bertanggung jawab sepenuhnya sesuai ketentuan peraturan perundang-undangan.

Demikian pernyataan ini dibuat dengan sebenarnya.`,
  },
};

/** A template with its placeholders filled; a brace pair it does not know stays as written. */
export function fillLetter(body: string, values: LetterValues): string {
  return body.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? values[name as keyof LetterValues] : placeholder,
  );
}
