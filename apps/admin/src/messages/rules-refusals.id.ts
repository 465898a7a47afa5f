/** Why the API refused an answer, a deadline, an award or a worksheet file, by its stable `reason`. */
export const rulesRefusalId = {
  INVALID_ANSWER: 'Jawaban pertanyaan {questionCode} tidak sesuai pilihan atau rentang nilainya.',
  COUNT_EXCEEDS_TOTAL: 'Jumlah {questionCode} tidak boleh melebihi jumlah {total}.',
  BREAKDOWN_MISMATCH: 'Rincian harus berjumlah sama dengan {total}.',
  ASSESSMENT_EXISTS: 'Unit ini sudah memiliki LKE tahun {year}.',
  REVIEW_BEFORE_FILL: 'Batas evaluasi TPI tidak boleh lebih awal dari batas pengisian unit.',
  PREDICATE_HELD: 'Unit ini sudah memegang predikat tersebut.',
  DATE_IN_FUTURE: 'Tanggal tidak boleh setelah hari ini.',
  DECREE_BEFORE_PROPOSAL: 'Tanggal SK tidak boleh sebelum tanggal pengusulan ({proposedOn}).',
  WBBM_NEEDS_WBK: 'Predikat WBBM hanya untuk unit yang memegang predikat WBK.',
  DUE_TOO_FAR: 'Tenggat terlalu jauh; paling lambat {latest}.',
  DATE_OUT_OF_RANGE: 'Tanggal harus antara {earliest} dan {latest}.',
  IMPORT_PROBLEMS: 'Berkas memuat {count} masalah; tidak ada jawaban yang diubah.',
  NO_ANSWERS_IN_FILE: 'Tidak ada jawaban di kolom jawaban lapisan ini pada lembar Jawaban berkas ini.',
  LHE_NOT_EVALUATED: 'LHE baru dapat diterbitkan setelah TPI menyetujui hasil evaluasinya.',
  LHE_ALREADY_ISSUED: 'LHE untuk LKE ini sudah diterbitkan; unduh berkas yang telah terbit.',
};
