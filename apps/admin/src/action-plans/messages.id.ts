import type { PlanItemStatus } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const planItemStatus: Record<PlanItemStatus, string> = {
  PLANNED: 'Direncanakan',
  IN_PROGRESS: 'Sedang berjalan',
  DONE: 'Selesai',
};

/** A unit’s action plan: its activities, their progress, and the unit picker, in Bahasa Indonesia (the first language). */
export const actionPlansId = {
  'adminNav.actionPlan': 'Rencana aksi',
  'actionPlan.title': 'Rencana aksi',
  ...labelsOf('planItemStatus', planItemStatus),

  'actionPlan.introUnit':
    'Kegiatan unit Anda untuk membangun ZI tahun ini, per area perubahan: apa yang dikerjakan, hasilnya, kapan dan oleh siapa. Perbarui realisasinya setiap ada kemajuan.',
  'actionPlan.introInspektorat':
    'Rencana aksi unit per area perubahan; kegiatan yang melewati target triwulannya tanpa selesai ditandai terlambat.',
  'actionPlan.unit': 'Unit',
  'actionPlan.year': 'Tahun',
  'actionPlan.pickUnit': 'Cari dan pilih unit untuk melihat rencana aksinya.',
  'actionPlan.empty': 'Unit ini belum menyusun rencana aksi untuk tahun ini.',
  'actionPlan.emptyWrite': 'Belum ada kegiatan. Tambahkan kegiatan pertama di bawah.',
  'actionPlan.total': 'Kegiatan',
  'actionPlan.done': 'Selesai',
  'actionPlan.lateCount': 'Terlambat',
  'actionPlan.late': 'Terlambat',
  'actionPlan.areaEmpty': 'Belum ada kegiatan pada area ini.',
  'actionPlan.activity': 'Kegiatan',
  'actionPlan.output': 'Keluaran',
  'actionPlan.outputHint': 'Misalnya SK, SOP atau laporan.',
  'actionPlan.targetQuarter': 'Target',
  'actionPlan.quarter.1': 'Triwulan I',
  'actionPlan.quarter.2': 'Triwulan II',
  'actionPlan.quarter.3': 'Triwulan III',
  'actionPlan.quarter.4': 'Triwulan IV',
  'actionPlan.personInCharge': 'Penanggung jawab',
  'actionPlan.status': 'Status',
  'actionPlan.realisation': 'Realisasi',
  'actionPlan.noRealisation': 'Belum ada',
  'actionPlan.update': 'Perbarui',
  'actionPlan.progressTitle': 'Kemajuan: {activity}',
  'actionPlan.realisationRequired': 'Tuliskan apa yang sudah dikerjakan.',
  'actionPlan.addTitle': 'Tambah kegiatan',
  'actionPlan.area': 'Area perubahan',
  'actionPlan.chooseArea': 'Pilih area',
  'actionPlan.add': 'Tambah ke rencana aksi',
  'actionPlan.added': 'Kegiatan ditambahkan.',
  'actionPlan.lateTitle': 'Kegiatan terlambat',
  'actionPlan.lateIntro':
    'Kegiatan unit yang melewati target triwulannya tanpa selesai, yang paling lama terlambat lebih dulu. Pilih nama unit untuk membuka rencana aksinya.',
  'actionPlan.lateTotal': 'Kegiatan terlambat: {count}',
  'actionPlan.lateEmpty': 'Tidak ada kegiatan yang terlambat.',
  'actionPlan.allAreas': 'Semua area',
  'actionPlan.quartersLate': 'Terlambat (triwulan)',

  'unitPicker.search': 'Cari',
  'unitPicker.results': 'Unit yang cocok',
  'unitPicker.none': 'Tidak ada unit yang cocok.',
  'unitPicker.change': 'Ganti unit',
};
