import type { AnswerLayer } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const layerShort: Record<AnswerLayer, string> = {
  UNIT: 'Unit',
  TPI: 'TPI',
  REVIEW: 'Reviu',
};

/** The list of work units, their worksheets in short, and starting a worksheet, in Bahasa Indonesia (the first language). */
export const unitsId = {
  'units.title': 'Unit kerja',
  'units.intro': 'Unit kerja dalam cakupan akun Anda.',
  'units.caption': 'Unit kerja dalam cakupan Anda',
  'units.publicPage': 'Halaman publik',
  'units.lkeYear': 'Tahun LKE',
  'units.lkeColumn': 'LKE {year}',
  'units.lkeNone': 'Belum ada LKE',
  'units.lkeOpen': 'Buka LKE',
  'units.lkeOf': 'LKE {unit}',
  'units.layerTotal': '{layer} {total}',

  'adminNav.units': 'Unit kerja',

  ...labelsOf('layerShort', layerShort),

  'start.title': 'LKE {year} unit Anda belum dimulai',
  'start.intro':
    'Mulai lembar kerja evaluasi tahun ini untuk mengisi penilaian mandiri: jawaban, catatan dan bukti dukung setiap pertanyaan, tersimpan otomatis.',
  'start.button': 'Mulai LKE {year}',
  'start.starting': 'Memulai…',
};
