import type { DocumentLanguage, Wording } from '../../common/document-language.js';
import type { FormShut } from './survey-rules.js';

/** What the public survey form and its pages say, in each language (Bahasa Indonesia first). */
export interface FormWords {
  language: DocumentLanguage;
  otherLanguage: { code: DocumentLanguage; name: string };
  pageTitle: string;
  period: (title: string, from: string, to: string) => string;
  anonymous: string;
  scaleHelp: (lowest: string, highest: string) => string;
  service: string;
  choose: string;
  submit: string;
  fix: string;
  required: string;
  invalid: string;
  thanksTitle: string;
  thanks: (unit: string) => string;
  shut: Readonly<Record<FormShut, (from: string, to: string) => string>>;
  deviceAnswered: string;
  addressLimit: string;
  notFound: string;
  back: string;
}

export const FORM_WORDS: Wording<FormWords> = {
  id: {
    language: 'id',
    otherLanguage: { code: 'en', name: 'English' },
    pageTitle: 'Survei persepsi pelayanan dan anti korupsi',
    period: (title, from, to) => `${title}: ${from} sampai ${to}`,
    anonymous:
      'Isian ini tanpa nama: tidak ada data pribadi yang diminta. Jawablah tentang layanan yang baru saja Anda terima.',
    scaleHelp: (lowest, highest) =>
      `Pilih satu nilai untuk setiap pernyataan: 1 = ${lowest}, sampai ${highest}.`,
    service: 'Layanan yang Anda terima',
    choose: '— pilih layanan —',
    submit: 'Kirim jawaban',
    fix: 'Ada jawaban yang belum diisi. Periksa bagian yang ditandai.',
    required: 'Wajib diisi.',
    invalid: 'Pilih salah satu pilihan yang ada.',
    thanksTitle: 'Terima kasih',
    thanks: (unit) =>
      `Jawaban Anda sudah diterima. Terima kasih telah membantu ${unit} memperbaiki layanannya.`,
    shut: {
      closed: () => 'Survei ini sudah ditutup. Terima kasih atas perhatian Anda.',
      not_started: (from) => `Survei ini belum dibuka. Pengisian dimulai ${from}.`,
      ended: (_from, to) => `Masa pengisian survei ini sudah berakhir pada ${to}.`,
    },
    deviceAnswered: 'Anda sudah mengisi survei unit ini hari ini. Terima kasih.',
    addressLimit:
      'Terlalu banyak jawaban dari jaringan ini dalam satu jam terakhir. Silakan coba lagi nanti.',
    notFound: 'Survei tidak ditemukan. Periksa kembali tautan atau kode QR yang Anda pindai.',
    back: 'Kembali ke formulir',
  },
  en: {
    language: 'en',
    otherLanguage: { code: 'id', name: 'Bahasa Indonesia' },
    pageTitle: 'Service and anti-corruption perception survey',
    period: (title, from, to) => `${title}: ${from} to ${to}`,
    anonymous:
      'This form is anonymous: no personal data is asked. Answer about the service you have just received.',
    scaleHelp: (lowest, highest) => `Choose one value for each statement: 1 = ${lowest}, up to ${highest}.`,
    service: 'The service you received',
    choose: '— choose a service —',
    submit: 'Send answers',
    fix: 'Some answers are missing. Check the marked parts.',
    required: 'Please answer this.',
    invalid: 'Choose one of the options.',
    thanksTitle: 'Thank you',
    thanks: (unit) => `Your answers have been received. Thank you for helping ${unit} improve its service.`,
    shut: {
      closed: () => 'This survey is closed. Thank you for your interest.',
      not_started: (from) => `This survey is not open yet. It opens on ${from}.`,
      ended: (_from, to) => `This survey ended on ${to}.`,
    },
    deviceAnswered: 'You have already answered this unit’s survey today. Thank you.',
    addressLimit: 'Too many answers came from this network in the last hour. Please try again later.',
    notFound: 'Survey not found. Check the link or the QR code you scanned.',
    back: 'Back to the form',
  },
};
