/** The text pdfkit wrote into a PDF: hex strings in TJ arrays, kerning numbers between the pieces. */
export function pdfText(pdf: Buffer | string): string {
  const source = typeof pdf === 'string' ? pdf : pdf.toString('latin1');
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)]
    .map((line) =>
      [...(line[1] ?? '').matchAll(/<([0-9a-f]+)>/g)]
        .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}
