import { documentDate } from '../../common/document-language.js';
import { a4Document, drawQrCode, latin } from '../../common/pdf.js';

export interface PosterData {
  unitName: string;
  instansiName: string;
  title: string;
  startsOn: string;
  endsOn: string;
  /** The form's full address, which the QR holds and the poster prints. */
  formUrl: string;
}

/**
 * The A4 poster for the service counter: Bahasa Indonesia first, English beneath it, a QR code
 * large enough to scan from an arm's length, and the address printed for those who type it.
 */
export function surveyPoster(data: PosterData): Promise<Buffer> {
  const { document, bytes } = a4Document(`Survei - ${data.unitName}`, 'id');
  const width = document.page.width - 100;
  document
    .font('Helvetica')
    .fontSize(12)
    .fillColor('#444')
    .text(latin(data.instansiName), { align: 'center' });
  document.moveDown(0.3).font('Helvetica-Bold').fontSize(22).fillColor('black');
  document.text(latin(data.unitName), { align: 'center' });
  document.moveDown(0.8).fontSize(26).text('Bagaimana layanan kami hari ini?', { align: 'center' });
  document.font('Helvetica').fontSize(14).fillColor('#444');
  document.text('How was our service today?', { align: 'center' });
  document.moveDown(0.6).fillColor('black').fontSize(13);
  document.text(latin('Isi survei singkat tentang layanan dan anti korupsi: tanpa nama, sekitar 3 menit.'), {
    align: 'center',
  });
  document.fillColor('#444').fontSize(11);
  document.text('A short, anonymous survey on the service and on corruption: about 3 minutes.', {
    align: 'center',
  });
  const size = 260;
  const top = document.y + 24;
  drawQrCode(document, data.formUrl, 50 + (width - size) / 2, top, size);
  document.y = top + size + 20;
  document.font('Helvetica-Bold').fontSize(16).fillColor('black');
  document.text('Pindai kode QR ini / Scan this QR code', 50, document.y, { align: 'center', width });
  document.moveDown(0.4).font('Helvetica').fontSize(13).text(latin(data.formUrl), { align: 'center', width });
  document.moveDown(1).fontSize(11).fillColor('#444');
  const span = `${documentDate('id', data.startsOn)} - ${documentDate('id', data.endsOn)}`;
  document.text(latin(`${data.title}: ${span}`), { align: 'center', width });
  document.text(
    latin('Jawaban Anda membantu kami memperbaiki layanan. Petugas tidak dapat melihat siapa yang mengisi.'),
    { align: 'center', width },
  );
  document.text('Your answers help us improve. Staff cannot see who answered.', { align: 'center', width });
  document.end();
  return bytes;
}
