/**
 * A move left of a tenth of an em or more between two pieces of a TJ array: a word space, as
 * pdfkit writes justified text (kerning moves are a few hundredths).
 */
const WORD_GAP = -100;

/** The text pdfkit wrote into a PDF: hex strings in TJ arrays, with the moves between them. */
export function pdfText(pdf: Buffer | string): string {
  const source = typeof pdf === 'string' ? pdf : pdf.toString('latin1');
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)]
    .map((line) =>
      [...(line[1] ?? '').matchAll(/<([0-9a-f]+)>|(-?[\d.]+)/g)]
        .map(([, hex, move]) =>
          hex !== undefined
            ? Buffer.from(hex, 'hex').toString('latin1')
            : Number(move) <= WORD_GAP
              ? ' '
              : '',
        )
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}
