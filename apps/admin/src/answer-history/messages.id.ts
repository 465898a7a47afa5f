import type { AnswerChangeKind } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const answerChangeKind: Record<AnswerChangeKind, string> = {
  ANSWER: 'Jawaban diubah',
  EVIDENCE_ADDED: 'Bukti dukung diunggah',
  EVIDENCE_REPLACED: 'Bukti dukung diganti',
  EVIDENCE_LINKED: 'Tautan bukti dukung ditambahkan',
  EVIDENCE_REMOVED: 'Bukti dukung dihapus',
};

/** The history of an answer, in Bahasa Indonesia (the first language). */
export const answerHistoryId = {
  'answerHistory.open': 'Riwayat',
  'answerHistory.title': 'Riwayat {code}',
  'answerHistory.intro':
    'Setiap perubahan jawaban, catatan dan bukti dukung pertanyaan ini, yang terbaru di atas.',
  'answerHistory.empty': 'Belum ada perubahan pada pertanyaan ini.',
  'answerHistory.answer': 'Jawaban',
  'answerHistory.note': 'Catatan',
  'answerHistory.change': '{before} → {after}',
  'answerHistory.blank': '(kosong)',

  ...labelsOf('answerChangeKind', answerChangeKind),
};
