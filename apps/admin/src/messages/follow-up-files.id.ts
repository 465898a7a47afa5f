/** Messages of the files a unit attaches to its follow-ups, in Bahasa Indonesia (the first language). */
export const followUpFilesId = {
  'followUpFiles.title': 'Berkas bukti dukung',
  'followUpFiles.attach': 'Lampirkan berkas',
  'followUpFiles.attachHint':
    'Berkas langsung tersimpan pada tindak lanjut ini, juga sebelum tanggapan dikirim. Misalnya SK hasil pindaian atau foto kegiatan.',
  'followUpFiles.opensInNewTab': '(dibuka di tab baru)',
  'followUpFiles.sizeKb': '{size} KB',
  'followUpFiles.sizeMb': '{size} MB',
  'followUpFiles.addedBy': 'diunggah oleh {name}',
};
