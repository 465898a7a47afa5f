import type { InstansiKind } from '@zi/schema/public';
import { labelsOf } from '@zi/ui';

const instansiKind: Record<InstansiKind, string> = {
  PROVINCE: 'Provinsi',
  REGENCY: 'Kabupaten',
  CITY: 'Kota',
  MINISTRY: 'Kementerian/lembaga',
};

/** The public site's frame, the directory of units, a unit's page, its pacts and their verification, in Bahasa Indonesia (the first language). */
export const siteId = {
  'site.name': 'Registri Zona Integritas',
  'site.tagline': 'Unit kerja pemerintah yang membangun Zona Integritas menuju WBK dan WBBM',
  'site.footer':
    'Data Zona Integritas dicatat oleh Inspektorat tiap instansi, mengikuti PermenPANRB 90/2021. Predikat ditetapkan oleh KemenPANRB.',
  'site.adminLink': 'Portal Inspektorat',
  'site.license': 'Data registri bebas dipakai ulang dengan lisensi CC BY 4.0.',
  'site.feed': 'Umpan perubahan (Atom)',
  'unit.instansi': 'Instansi',

  'directory.title': 'Direktori unit kerja Zona Integritas',
  'directory.intro':
    'Cari unit kerja pemerintah yang sedang membangun Zona Integritas, lihat tahap yang sudah dicapai, predikat Menuju WBK atau Menuju WBBM yang dipegang, dan pakta integritas yang ditandatangani.',
  'directory.caption': 'Daftar unit kerja',
  'directory.description':
    'Cari unit kerja pemerintah yang membangun Zona Integritas: tahap, predikat Menuju WBK/WBBM, dan pakta integritasnya.',

  'unitPage.archivedSince':
    'Diarsipkan sejak {date}: unit ini tidak lagi terdaftar, riwayatnya tetap tersimpan.',
  'unitPage.back': 'Kembali ke direktori',
  'unitPage.description':
    '{unit} ({instansi}): {stage}. Perjalanan Zona Integritas, predikat WBK/WBBM dan pakta integritasnya.',
  'unitPage.profile': 'Profil unit',
  'unitPage.timeline': 'Perjalanan Zona Integritas',
  'unitPage.timelineEmpty': 'Unit ini belum mencanangkan Zona Integritas.',
  'unitPage.programYear': 'Tahun program {year}',
  'unitPage.source': 'Sumber',
  'unitPage.predicates': 'Predikat yang pernah diraih',
  'unitPage.predicatesEmpty': 'Unit ini belum pernah meraih predikat Menuju WBK atau Menuju WBBM.',
  'unitPage.predicateTitle': '{predicate} tahun {year}',
  'unitPage.decree': 'Keputusan (SK)',
  'unitPage.decreeDate': 'Tanggal SK',
  'unitPage.revoked': 'Dicabut',
  'unitPage.revokedOn': 'Dicabut pada',
  'unitPage.revocationReason': 'Alasan pencabutan',
  'unitPage.pacts': 'Pakta Integritas',
  'unitPage.pactsIntro':
    'Janji tertulis pimpinan dan pegawai untuk menolak korupsi, kolusi dan nepotisme (PermenPANRB 49/2011).',
  'unitPage.pactsEmpty': 'Belum ada pakta integritas yang tercatat.',

  'nav.label': 'Menu utama',
  'nav.directory': 'Direktori',
  'nav.statistics': 'Statistik',
  'nav.verify': 'Verifikasi',
  'nav.openData': 'Data terbuka',
  'nav.api': 'API',

  'code.copy': 'Salin',
  'code.copyLabel': 'Salin {label}',
  'code.copied': 'Tersalin.',

  'pact.signedOn': 'Tanggal tanda tangan',
  'pact.leader': 'Pimpinan penandatangan',
  'pact.signatories': 'Jumlah penandatangan',
  'pact.signatoryCount': '{count} orang',
  'pact.document': 'Dokumen',
  'pact.documentLink': 'Lihat dokumen pakta',
  'pact.verificationCode': 'Kode verifikasi',
  'pact.qrLabel': 'Kode QR verifikasi pakta {code}',
  'pact.qrCaption': 'Pindai untuk memeriksa pakta ini di registri.',
  'pact.verifyLink': 'Buka halaman verifikasi',

  'verify.title': 'Verifikasi pakta integritas dan LHE',
  'verify.titleWithCode': 'Verifikasi {code}',
  'verify.description':
    'Periksa apakah sebuah pakta integritas terdaftar: masukkan kode yang tercetak pada poster pakta, atau pindai kode QR-nya.',
  'verify.intro':
    'Setiap pakta integritas yang dicatat Inspektorat punya kode verifikasi yang tercetak pada posternya. Masukkan kode itu, atau pindai kode QR pada poster, untuk melihat unit, tanggal dan penandatangannya.',
  'verify.codeLabel': 'Kode verifikasi',
  'verify.codeHint':
    'Tertulis pada poster pakta, mis. PI-7Y9D-CB2Z. Huruf besar-kecil, spasi dan tanda hubung boleh diabaikan.',
  'verify.submit': 'Periksa',
  'verify.registered': 'Terdaftar',
  'verify.foundTitle': 'Pakta integritas ini terdaftar di registri',
  'verify.unit': 'Unit kerja',
  'verify.occasion': 'Kesempatan',
  'verify.notRegistered': 'Tidak terdaftar',
  'verify.notFoundTitle': 'Tidak ada pakta integritas dengan kode {code}',
  'verify.notFoundBody':
    'Registri tidak memuat pakta dengan kode ini. Sebelum menyimpulkan, periksa hal berikut:',
  'verify.hintPoster': 'Cocokkan kode dengan yang tercetak pada poster, huruf demi huruf.',
  'verify.hintLookalike': 'Huruf O dan angka 0, huruf I dan angka 1, huruf S dan angka 5 mudah tertukar.',
  'verify.hintRecent': 'Pakta yang baru ditandatangani mungkin belum dicatat oleh Inspektorat.',
  'verify.hintReport':
    'Jika kodenya sudah benar dan pakta tetap tidak ditemukan, sampaikan kepada Inspektorat instansi unit tersebut.',
  'verifyLhe.issued': 'Diterbitkan',
  'verifyLhe.foundTitle': 'Laporan hasil evaluasi ini diterbitkan oleh Inspektorat',
  'verifyLhe.number': 'Nomor',
  'verifyLhe.issuedOn': 'Tanggal terbit',
  'verifyLhe.year': 'Tahun evaluasi',
  'verifyLhe.sha256': 'Sidik berkas (SHA-256)',
  'verifyLhe.sha256Hint': 'Berkas PDF yang asli menghasilkan sidik yang sama persis.',
  'verifyLhe.notIssued': 'Tidak ditemukan',
  'verifyLhe.superseded': 'Digantikan',
  'verifyLhe.supersededTitle':
    'Laporan hasil evaluasi ini telah digantikan oleh revisinya dan tidak berlaku lagi',
  'verifyLhe.supersededBy': 'Digantikan oleh',
  'verifyLhe.supersededByValue': 'Nomor {number}, tanggal {date}',
  'verifyLhe.revision': 'Revisi',
  'verifyLhe.revisionValue': 'Revisi ke-{revision}: {reason}',
  'verifyLhe.notFoundTitle': 'Tidak ada laporan hasil evaluasi dengan kode {code}',
  'verifyLhe.notFoundBody':
    'Periksa kode di bawah kode QR laporan, huruf demi huruf. Jika kodenya benar dan laporan tetap tidak ditemukan, laporan itu bukan terbitan platform ini: tanyakan kepada Inspektorat yang disebut pada kop laporan.',
  'notFound.unitTitle': 'Unit tidak ditemukan',
  'notFound.unitBody':
    'Tidak ada unit kerja dengan alamat ini. Periksa tautannya, atau cari unit di direktori.',
  'notFound.toDirectory': 'Buka direktori unit',

  ...labelsOf('instansiKind', instansiKind),
};
