import { latin } from '../../common/pdf.js';

/**
 * The instansi's Inspektorat as the head of its documents (the LHE, the proposal's letters): its
 * instansi's name in capitals, INSPEKTORAT, its address when set, ruled off.
 */
export function letterhead(document: PDFKit.PDFDocument, instansiName: string, address: string | null): void {
  const width = document.page.width - document.page.margins.left - document.page.margins.right;
  document.font('Helvetica-Bold').fontSize(12).text(latin(instansiName.toUpperCase()), { align: 'center' });
  document.fontSize(14).text('INSPEKTORAT', { align: 'center' });
  if (address) document.font('Helvetica').fontSize(9).text(latin(address), { align: 'center' });
  const y = document.y + 4;
  document
    .moveTo(document.page.margins.left, y)
    .lineTo(document.page.margins.left + width, y)
    .lineWidth(1.5)
    .stroke();
  document.y = y + 10;
}
