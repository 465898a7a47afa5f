/** Evidence guidance beside each question, in Bahasa Indonesia (the first language). */
export const guidanceId = {
  'guidance.title': 'Bukti dukung yang diharapkan ({count})',
  'guidance.edited': 'disesuaikan Inspektorat',
  'guidance.examples': 'Contoh',
  'guidance.edit': 'Ubah panduan',
  'guidance.expectedField': 'Bukti yang diharapkan',
  'guidance.examplesField': 'Contoh bukti',
  'guidance.linesHint': 'Satu butir per baris.',
  'guidance.save': 'Simpan panduan',
  'guidance.saving': 'Menyimpan…',
  'guidance.reset': 'Kembalikan ke bawaan',
  'guidance.required': 'Isi paling sedikit satu butir.',
};
