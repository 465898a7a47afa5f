import PDFDocument from 'pdfkit';
import { create } from 'qrcode';
import type { DocumentLanguage } from './document-language.js';

/** The standard PDF fonts cover Latin-1 only; a few common characters are written out. */
export const latin = (text: string) =>
  text.replaceAll('≥', '>=').replaceAll('—', '-').replaceAll('’', "'").replaceAll('→', '->');

/** An A4 document with standard fonts (no font files to ship) and its bytes once ended. */
export function a4Document(
  title: string,
  language: DocumentLanguage = 'id',
): { document: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const document = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: false,
    // The catalog's /Lang: screen readers and text extraction read the document in its language.
    lang: language,
    info: { Title: latin(title) },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  return { document, bytes };
}

/** A QR code of `url`, drawn as squares (no image to embed), `size` points wide, its top left at x, y. */
export function drawQrCode(
  document: PDFKit.PDFDocument,
  url: string,
  x: number,
  y: number,
  size: number,
): void {
  const { modules } = create(url, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) document.rect(x + column * cell, y + row * cell, cell, cell);
    }
  }
  document.fill('black');
}
