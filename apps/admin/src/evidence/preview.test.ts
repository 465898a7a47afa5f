import { describe, expect, it } from 'vitest';
import { inlineUrl, previewKind } from './preview';

const file = (name: string) => ({ name, downloadUrl: '/admin/evidence/e1' });

describe('evidence preview', () => {
  it('is offered for PDFs and for JPG, PNG and WEBP images, whatever the case of the extension', () => {
    expect(previewKind(file('SK Tim ZI 2026.pdf'))).toBe('pdf');
    expect(previewKind(file('laporan.PDF'))).toBe('pdf');
    expect(previewKind(file('foto-pelayanan.jpg'))).toBe('image');
    expect(previewKind(file('foto.JPEG'))).toBe('image');
    expect(previewKind(file('bagan.png'))).toBe('image');
    expect(previewKind(file('spanduk.webp'))).toBe('image');
  });

  it('is not offered for other files, which stay downloads', () => {
    expect(previewKind(file('lke.xlsx'))).toBeNull();
    expect(previewKind(file('notulen.docx'))).toBeNull();
    expect(previewKind(file('video.mp4'))).toBeNull();
    expect(previewKind(file('animasi.gif'))).toBeNull();
    expect(previewKind(file('tanpa-ekstensi'))).toBeNull();
    expect(previewKind(file('pdf'))).toBeNull();
    expect(previewKind(file('laporan.pdf.exe'))).toBeNull();
  });

  it('is not offered for links, nor for a file without a download address', () => {
    expect(previewKind({ name: 'Dokumen.pdf', downloadUrl: null })).toBeNull();
    expect(previewKind({ name: 'Dokumen.pdf' })).toBeNull();
  });

  it('asks the API to serve the file in place', () => {
    expect(inlineUrl('/admin/evidence/e1')).toBe('/admin/evidence/e1?inline=1');
  });
});
