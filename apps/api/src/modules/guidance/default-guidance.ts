import type { QuestionNode } from '@zi/lke';

/** What a question's evidence should be: the documents expected, and examples of them. */
export interface Guidance {
  expected: string[];
  examples: string[];
}

/**
 * The kinds of evidence the criteria's words point to, most specific first. Each matches the
 * question's text and its criteria; the first few that match are the defaults an Inspektorat starts
 * from and may rewrite (decision 0057).
 */
const EVIDENCE_KINDS: ReadonlyArray<{ words: RegExp; expected: string; example: string }> = [
  {
    words: /\bsurve[iy]/i,
    expected: 'Laporan hasil survei: metode, jumlah responden, indeks per unsur dan keseluruhan',
    example: 'Laporan Survei Kepuasan Masyarakat triwulan berjalan beserta rekap kuesionernya',
  },
  {
    words: /\bSOP\b|prosedur operasional/i,
    expected: 'SOP yang ditetapkan pimpinan, dan bukti penerapan atau evaluasinya',
    example: 'SK penetapan SOP, daftar SOP, dan berita acara evaluasi SOP',
  },
  {
    words: /\b(tim|agen perubahan|pejabat|unit pengelola|ppid|upg)\b|dibentuk|ditetapkan|penetapan/i,
    expected: 'Surat keputusan (SK) penetapan yang ditandatangani pimpinan',
    example: 'SK Kepala Unit tentang Tim Kerja Pembangunan Zona Integritas tahun berjalan',
  },
  {
    words: /rencana|perencanaan|target|perjanjian kinerja|\biku\b|indikator/i,
    expected: 'Dokumen rencana atau penetapan kinerja yang ditandatangani, dengan target yang dimaksud',
    example: 'Rencana kerja pembangunan ZI, Perjanjian Kinerja, atau dokumen IKU',
  },
  {
    words: /monitoring|evaluasi|dievaluasi|reviu|pemantauan|dipantau/i,
    expected: 'Laporan monitoring dan evaluasi, dengan notulen rapat yang membahasnya',
    example: 'Laporan monev triwulanan yang ditandatangani pimpinan beserta notulen rapat evaluasi',
  },
  {
    words: /ditindaklanjuti|tindak lanjut/i,
    expected: 'Bukti tindak lanjut atas setiap rekomendasi atau hasil: rencana dan realisasinya',
    example: 'Matriks tindak lanjut rekomendasi dengan bukti penyelesaian per butir',
  },
  {
    words: /pengaduan|keluhan|whistle ?blowing|\bwbs\b|sp4n|lapor/i,
    expected: 'Rekap pengaduan yang diterima dan status penanganannya, dengan saluran yang tersedia',
    example: 'Rekap pengaduan SP4N-LAPOR! dan tangkapan layar kanal pengaduan',
  },
  {
    words: /gratifikasi|benturan kepentingan|pengendalian|risiko|\bspi\b/i,
    expected: 'Kebijakan yang ditetapkan, dan bukti penerapannya (register, laporan, peta risiko)',
    example: 'Register gratifikasi, peta risiko, atau laporan penanganan benturan kepentingan',
  },
  {
    words: /sosialisasi|kampanye|campaign|internalisasi|dimaklumatkan|publikasi|media|diakses|informasi/i,
    expected: 'Bukti publikasi atau sosialisasi: tangkapan layar bertanggal, foto kegiatan, daftar hadir',
    example: 'Tangkapan layar laman dan media sosial unit, foto banner maklumat pelayanan',
  },
  {
    words: /teknologi informasi|\bspbe\b|aplikasi|sistem informasi|online|digital|database/i,
    expected: 'Tangkapan layar aplikasi atau sistem yang dipakai, dan data pemakaiannya',
    example: 'Tangkapan layar aplikasi layanan daring dan rekap transaksi bulanannya',
  },
  {
    words: /pelatihan|diklat|kompetensi|training need/i,
    expected: 'Dokumen analisis kebutuhan dan rekap pengembangan kompetensi pegawai',
    example: 'Hasil TNA, rencana pengembangan kompetensi, dan sertifikat diklat pegawai',
  },
  {
    words: /inovasi/i,
    expected: 'Profil inovasi dan bukti penerapan serta manfaatnya',
    example: 'Proposal atau profil inovasi, SK penerapan, dan data sebelum–sesudah',
  },
  {
    words: /mutasi|penempatan|kebutuhan pegawai|peta jabatan|reward|penghargaan|sanksi|disiplin|kode etik/i,
    expected: 'Keputusan kepegawaian dan data yang mendasarinya',
    example: 'SK mutasi atau penghargaan, rekap pelanggaran disiplin per tahun',
  },
  {
    words: /laporan kinerja|capaian kinerja|kinerja/i,
    expected: 'Laporan kinerja dan data capaian per indikator',
    example: 'LKjIP unit tahun sebelumnya dan rekap capaian IKU',
  },
  {
    words: /pimpinan|role model|budaya kerja|terlibat/i,
    expected: 'Bukti keterlibatan pimpinan dan pegawai: notulen, daftar hadir, foto kegiatan',
    example: 'Notulen rapat pimpinan dan dokumentasi kegiatan budaya kerja',
  },
];

/** At most this many kinds per question: a short list an operator reads, not a catalogue. */
const MOST_KINDS = 2;

/** The criteria's condition for the best answer, as a sentence ("Tim telah dibentuk …"). */
function bestCondition(question: QuestionNode): string | null {
  const text = question.optionCriteria ? Object.values(question.optionCriteria)[0] : question.criteria;
  const first = text?.split('\n')[0]?.trim();
  if (!first) return null;
  const condition = first.replace(/^(ya\s*,?\s*)?(jika\s+)?/i, '').replace(/\s+/g, ' ');
  return condition.charAt(0).toUpperCase() + condition.slice(1);
}

/**
 * The default guidance of a question, from its text and criteria: what the evidence must show (the
 * best answer's condition), the kinds of documents the words point to, and for a percentage the
 * counts it is computed from.
 */
export function defaultGuidance(question: QuestionNode): Guidance {
  const words = `${question.text} ${question.criteria ?? ''} ${Object.values(question.optionCriteria ?? {}).join(' ')}`;
  const kinds = EVIDENCE_KINDS.filter((kind) => kind.words.test(words)).slice(0, MOST_KINDS);
  const condition = bestCondition(question);
  const expected = [
    ...(condition ? [`Bukti menunjukkan: ${condition}`] : []),
    ...(question.counts?.length
      ? [
          `Data untuk setiap angka yang dihitung (${question.counts.map((count) => count.text).join('; ')}), dengan daftar rinciannya`,
        ]
      : []),
    ...kinds.map((kind) => kind.expected),
  ];
  return {
    expected: expected.length > 0 ? expected : ['Dokumen yang menunjukkan pemenuhan pertanyaan ini'],
    examples: kinds.map((kind) => kind.example),
  };
}
