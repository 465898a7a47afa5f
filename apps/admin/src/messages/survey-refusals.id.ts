/** The perception surveys' refusal sentences, in Bahasa Indonesia (the first language). */
export const surveyRefusalId = {
  'refusal.SURVEY_PERIOD_CLOSED': 'Periode survei ini sudah ditutup: tanggapan dan indeksnya sudah final.',
  'refusal.SURVEY_PERIOD_OPEN': 'Periode survei ini masih terbuka: tutup dulu periodenya.',
};
