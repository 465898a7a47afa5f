import { indonesianDate } from '../../common/indonesian-format.js';
import { a4Document, latin } from '../../common/pdf.js';
import { type Letterhead, letterhead, signature } from './official-page.pdf.js';

export interface LetterData {
  title: string;
  /** The filled template: paragraphs separated by blank lines, lines by line breaks. */
  body: string;
  instansiName: string;
  head: Letterhead;
  /** `YYYY-MM-DD`, the day it is dated. */
  day: string;
  signatory: { name: string | null; nip: string | null };
}

/** A letter of the proposal package on the Inspektorat's letterhead, dated and signed by the Inspektur. */
export function letterPdf(data: LetterData): Promise<Buffer> {
  const { document, bytes } = a4Document(data.title);
  letterhead(document, data.instansiName, data.head);
  document.font('Helvetica-Bold').fontSize(12).text(latin(data.title.toUpperCase()), { align: 'center' });
  document.moveDown().font('Helvetica').fontSize(10);
  for (const paragraph of data.body.split(/\n\s*\n/)) {
    document.text(latin(paragraph.trim()), { align: 'justify' }).moveDown(0.6);
  }
  const right = document.page.width / 2 + 20;
  if (document.y > document.page.height - document.page.margins.bottom - 110) document.addPage();
  const top = document.y + 12;
  document.text(latin(indonesianDate(data.day)), right, top);
  signature(document, { x: right, y: top + 14 }, 'Inspektur,', data.signatory);
  document.end();
  return bytes;
}
