/**
 * The perception surveys behind the LKE's Hasil (SE MenPANRB 04/2023, repeated by SE 4/2025), as
 * data: each instrument's items with their words in Indonesian and English, and the worksheet
 * question its index answers. A new circular's instrument is a new entry with a new code; a survey
 * period keeps the codes it was opened with, so its answers are read against the items they were
 * given for.
 */

/** Words in both of the product's languages: Bahasa Indonesia first. */
export interface Words {
  id: string;
  en: string;
}

export interface SurveyItem {
  /** Stable within the instrument: "SPKP.1". */
  code: string;
  /** The short name of the aspect ("Informasi pelayanan"). */
  aspect: Words;
  /** The statement the respondent rates. */
  statement: Words;
  /** A line that explains the statement to a respondent who is unsure. */
  explanation: Words;
}

export type SurveyKind = 'SPKP' | 'SPAK';

export interface SurveyInstrument {
  code: string;
  kind: SurveyKind;
  name: Words;
  /** The index it yields: IPKP or IPAK. */
  index: 'IPKP' | 'IPAK';
  /** The circular that set the items. */
  source: string;
  /** The worksheet question (90/2021) the index answers as its 0–4 value. */
  lkeQuestion: string;
  items: readonly SurveyItem[];
}

const item = (code: string, aspect: Words, statement: Words, explanation: Words): SurveyItem => ({
  code,
  aspect,
  statement,
  explanation,
});

/** Survei Persepsi Kualitas Pelayanan: eight aspects of the service received. */
export const SPKP_2023: SurveyInstrument = {
  code: 'SPKP-2023',
  kind: 'SPKP',
  name: { id: 'Survei Persepsi Kualitas Pelayanan', en: 'Service quality perception survey' },
  index: 'IPKP',
  source: 'SE MenPANRB 04/2023; SE MenPANRB 4/2025',
  lkeQuestion: 'B.II.a.1',
  items: [
    item(
      'SPKP.1',
      { id: 'Informasi pelayanan', en: 'Service information' },
      {
        id: 'Informasi pelayanan tersedia di unit ini, secara elektronik maupun tidak.',
        en: 'Information about the service is available at this unit, online or offline.',
      },
      {
        id: 'Misalnya papan informasi, brosur, situs web atau media sosial unit.',
        en: "For example notice boards, leaflets, the unit's website or social media.",
      },
    ),
    item(
      'SPKP.2',
      { id: 'Persyaratan', en: 'Requirements' },
      {
        id: 'Persyaratan yang diminta sesuai dengan persyaratan yang diumumkan.',
        en: 'The requirements asked of you matched the requirements announced.',
      },
      {
        id: 'Tidak ada dokumen tambahan yang diminta di luar yang diumumkan.',
        en: 'No document was asked for beyond those announced.',
      },
    ),
    item(
      'SPKP.3',
      { id: 'Prosedur', en: 'Procedure' },
      {
        id: 'Prosedur atau alur pelayanan mudah diikuti.',
        en: 'The procedure of the service was easy to follow.',
      },
      {
        id: 'Langkah-langkahnya jelas dan tidak berbelit.',
        en: 'The steps were clear and not convoluted.',
      },
    ),
    item(
      'SPKP.4',
      { id: 'Waktu pelayanan', en: 'Service time' },
      {
        id: 'Pelayanan selesai dalam waktu yang ditetapkan.',
        en: 'The service was completed within the time set.',
      },
      {
        id: 'Bandingkan dengan waktu penyelesaian yang diumumkan unit.',
        en: 'Compare it with the completion time the unit announces.',
      },
    ),
    item(
      'SPKP.5',
      { id: 'Biaya/tarif', en: 'Fees' },
      {
        id: 'Biaya yang dibayar sesuai dengan tarif yang ditetapkan (atau gratis bila ditetapkan gratis).',
        en: 'What you paid matched the fee set (or nothing, where the service is free).',
      },
      {
        id: 'Termasuk bila tidak ada biaya sama sekali.',
        en: 'This includes when there is no fee at all.',
      },
    ),
    item(
      'SPKP.6',
      { id: 'Sarana dan prasarana', en: 'Facilities' },
      {
        id: 'Sarana dan prasarana pelayanan nyaman digunakan.',
        en: 'The facilities of the service were comfortable to use.',
      },
      {
        id: 'Ruang tunggu, loket, toilet, akses bagi penyandang disabilitas, atau aplikasi.',
        en: 'Waiting room, counters, toilets, access for people with disabilities, or the app.',
      },
    ),
    item(
      'SPKP.7',
      { id: 'Respons petugas', en: 'Responsiveness' },
      {
        id: 'Petugas menanggapi keperluan Anda dengan sigap dan sopan.',
        en: 'Staff responded to your needs promptly and courteously.',
      },
      {
        id: 'Kecepatan dan sikap petugas saat melayani Anda.',
        en: 'How quickly and how well the staff served you.',
      },
    ),
    item(
      'SPKP.8',
      { id: 'Konsultasi dan pengaduan', en: 'Consultation and complaints' },
      {
        id: 'Layanan konsultasi dan pengaduan mudah dijangkau dan ditanggapi.',
        en: 'Consultation and complaint channels are easy to reach and get a response.',
      },
      {
        id: 'Misalnya meja informasi, kotak pengaduan, nomor WhatsApp atau SP4N-LAPOR!.',
        en: 'For example an information desk, complaint box, WhatsApp number or SP4N-LAPOR!.',
      },
    ),
  ],
};

/** Survei Persepsi Anti Korupsi: five practices the respondent did not meet. */
export const SPAK_2023: SurveyInstrument = {
  code: 'SPAK-2023',
  kind: 'SPAK',
  name: { id: 'Survei Persepsi Anti Korupsi', en: 'Anti-corruption perception survey' },
  index: 'IPAK',
  source: 'SE MenPANRB 04/2023; SE MenPANRB 4/2025',
  lkeQuestion: 'B.I.a.1',
  items: [
    item(
      'SPAK.1',
      { id: 'Tidak ada diskriminasi', en: 'No discrimination' },
      {
        id: 'Tidak ada diskriminasi dalam pelayanan di unit ini.',
        en: "There is no discrimination in this unit's service.",
      },
      {
        id: 'Semua pengguna dilayani sama, tanpa mendahulukan kenalan atau golongan tertentu.',
        en: 'Everyone is served alike, with no priority for acquaintances or any group.',
      },
    ),
    item(
      'SPAK.2',
      { id: 'Tidak ada pelayanan di luar prosedur', en: 'No service outside procedure' },
      {
        id: 'Tidak ada pelayanan di luar prosedur atau kecurangan dalam pelayanan.',
        en: 'No service is given outside the procedure, and there is no cheating in it.',
      },
      {
        id: 'Misalnya "jalur khusus" atau persyaratan yang dilewati.',
        en: 'For example a "special lane" or requirements skipped.',
      },
    ),
    item(
      'SPAK.3',
      { id: 'Tidak ada imbalan/gratifikasi', en: 'No gratuities' },
      {
        id: 'Petugas tidak menerima imbalan, hadiah atau gratifikasi di luar ketentuan.',
        en: 'Staff accept no rewards, gifts or gratuities beyond the rules.',
      },
      {
        id: 'Termasuk "uang terima kasih" yang diminta atau diterima.',
        en: 'This includes "thank-you money" asked for or accepted.',
      },
    ),
    item(
      'SPAK.4',
      { id: 'Tidak ada pungutan liar', en: 'No illegal fees' },
      {
        id: 'Tidak ada pungutan liar (pungli) di unit ini.',
        en: 'There are no illegal fees (pungli) at this unit.',
      },
      {
        id: 'Pungutan liar: biaya yang tidak ditetapkan dalam tarif resmi.',
        en: 'An illegal fee is any charge that is not in the official tariff.',
      },
    ),
    item(
      'SPAK.5',
      { id: 'Tidak ada percaloan', en: 'No brokers' },
      {
        id: 'Tidak ada calo atau perantara tidak resmi di unit ini.',
        en: 'There are no brokers (calo) or unofficial intermediaries at this unit.',
      },
      {
        id: 'Calo: orang yang menawarkan jasa mengurus layanan dengan bayaran.',
        en: 'A broker offers to handle the service for you, for money.',
      },
    ),
  ],
};

/** Every instrument the product knows, by code. */
export const SURVEY_INSTRUMENTS: ReadonlyMap<string, SurveyInstrument> = new Map(
  [SPKP_2023, SPAK_2023].map((instrument) => [instrument.code, instrument]),
);

/** The instruments a new survey period is opened with: one per index. */
export const CURRENT_INSTRUMENTS: readonly SurveyInstrument[] = [SPKP_2023, SPAK_2023];
