import type { QuestionStatus } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const questionStatus: Record<QuestionStatus, string> = {
  ANSWERED: 'Terjawab',
  UNANSWERED: 'Belum dijawab',
  NOT_APPLICABLE: 'Tidak berlaku',
};

/** The LKE worksheet as read: scores, eligibility, priorities and its question tree, in Bahasa Indonesia (the first language). */
export const worksheetId = {
  'worksheet.title': 'Lembar Kerja Evaluasi (LKE)',
  'worksheet.documentTitle': 'LKE {year} · {unit}',
  'worksheet.back': 'Kembali ke daftar unit kerja',
  'worksheet.year': 'LKE tahun {year}',
  'worksheet.layers': 'Lapisan jawaban',
  'worksheet.total': 'Nilai total',
  'worksheet.outOf': 'dari {max}',
  'worksheet.answered': 'Pertanyaan terjawab',
  'worksheet.answeredCount': '{answered} dari {questions}',
  'worksheet.noScore': 'Belum ada jawaban pada lapisan ini.',
  'worksheet.notFoundTitle': 'LKE tidak ditemukan',
  'worksheet.notFoundBody':
    'Tidak ada LKE dengan alamat ini dalam cakupan akun Anda. Periksa tautannya, atau buka LKE dari daftar unit kerja.',

  'eligibility.title': 'Syarat predikat',
  'eligibility.intro': 'Syarat nilai minimal untuk diusulkan, diperiksa dengan nilai lapisan ini.',
  'eligibility.eligible': 'Memenuhi syarat',
  'eligibility.notEligible': 'Belum memenuhi syarat',
  'eligibility.failing': 'Syarat belum terpenuhi: {count} dari {total}',
  'eligibility.rule': 'Syarat',
  'eligibility.value': 'Nilai',
  'eligibility.threshold': 'Batas',
  'eligibility.result': 'Hasil',
  'eligibility.passed': 'Terpenuhi',
  'eligibility.gap': 'Kurang {gap}',
  'eligibility.notHeld': 'Belum terpenuhi',

  'priorities.title': 'Apa yang perlu diperbaiki dulu',
  'priorities.intro':
    'Pertanyaan yang paling menambah nilai bila dijawab sebaik-baiknya; yang membantu syarat yang belum terpenuhi didahulukan.',
  'priorities.gain': '+{gain} poin',
  'priorities.ratio': 'nilai sekarang {ratio}',
  'priorities.helps': 'Membantu syarat:',
  'priorities.empty': 'Tidak ada pertanyaan yang masih bisa menambah nilai.',

  'tree.title': 'Lembar kerja',
  'tree.intro': 'Buka sebuah area untuk melihat pertanyaan, kriteria, jawaban dan nilainya.',
  'tree.score': '{score} dari {weight}',
  'tree.weight': 'bobot {weight}',
  'tree.answered': '{answered}/{questions} terjawab',
  'tree.notApplicable':
    'Tidak berlaku: tidak ada pertanyaan yang dapat diukur, sub-area mendapat nilai penuh.',

  'question.answer': 'Jawaban',
  'question.noAnswer': 'Belum ada jawaban',
  'question.chosen': 'dipilih',
  'question.scale': 'skala {min}–{max}',
  'question.criteria': 'Kriteria',
  'question.formula': 'Rumus: {formula}',
  'question.ratio': 'Nilai {ratio}',
  'question.percent': 'Persentase {percent}',
  'question.note': 'Catatan',
  'question.zeroScoreHint':
    'Penyebutnya 0, tetapi penyebut ini menghitung kerja unit sendiri: tidak ada yang dicapai, nilainya 0.',
  'question.notApplicableHint':
    'Tidak ada yang diukur (penyebutnya 0), jadi pertanyaan ini tidak ikut dirata-rata dalam sub-areanya.',

  'tree.withEvidence': 'bukti dukung {count}/{questions}',

  ...labelsOf('questionStatus', questionStatus),
  'questionFilter.legend': 'Tampilkan pertanyaan',
  'questionFilter.all': 'Semua pertanyaan',
  'questionFilter.belum-dijawab': 'Belum dijawab ({count})',
  'questionFilter.tanpa-bukti': 'Tanpa bukti ({count})',
  'questionFilter.dikembalikan': 'Dikembalikan ({count})',
  'questionFilter.nextUnanswered': 'Pertanyaan belum dijawab berikutnya',
  'questionFilter.none': 'Tidak ada pertanyaan yang cocok dengan saringan ini.',
  'verdictSummary.details': 'Rincian syarat dan prioritas perbaikan',
};
