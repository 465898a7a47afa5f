import { describe, expect, it } from 'vitest';
import { letterPdf } from '../modules/documents/letter.pdf.js';
import { pdfText } from './pdf-text.js';

describe('the text of a PDF, as the document tests read it', () => {
  it('keeps the words of justified lines apart, whatever the line breaks', async () => {
    const body = `${'Kami menjamin kebenaran data unit kerja ini. '.repeat(6)}Selesai.`;
    const pdf = await letterPdf({
      title: 'Surat',
      body,
      instansiName: 'Provinsi Contoh',
      head: { address: null, logo: null },
      day: '2026-12-07',
      signatory: { name: null, nip: null },
    });
    expect(pdfText(pdf)).toContain(body.trim());
  });
});
