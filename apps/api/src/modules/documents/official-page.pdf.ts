import { latin } from '../../common/pdf.js';

/** The dotted lines a name and a NIP are written on by hand when the platform does not know them. */
export const BLANK_NAME = '..................................................';
export const BLANK_NIP = '....................................';

/** Where a signature stands: its column's left edge, and the top of its role line. */
export interface SignaturePlace {
  x: number;
  y: number;
}

/**
 * A signature: the signatory's role, room to sign, then the name in brackets and the NIP, each on
 * its dotted line while unknown; the NIP line is 74 points below `y`.
 */
export function signature(
  document: PDFKit.PDFDocument,
  { x, y }: SignaturePlace,
  role: string,
  signatory: { name: string | null; nip: string | null },
): void {
  document.text(latin(role), x, y);
  document.text(latin(`(${signatory.name ?? BLANK_NAME})`), x, y + 60);
  document.text(`NIP. ${signatory.nip ?? BLANK_NIP}`, x, y + 74);
}

/** What an instansi set for the head of its documents. */
export interface Letterhead {
  address: string | null;
  /** A PNG or JPEG, printed left of the name. */
  logo: Buffer | null;
}

/** The logo's height on the page, in points (about 2 cm). */
const LOGO_SIZE = 56;

/**
 * The instansi's Inspektorat as the head of its documents (the LHE, the proposal's letters): its
 * logo when set, its instansi's name in capitals, INSPEKTORAT, its address when set, ruled off.
 */
export function letterhead(document: PDFKit.PDFDocument, instansiName: string, head: Letterhead): void {
  const width = document.page.width - document.page.margins.left - document.page.margins.right;
  const top = document.y;
  if (head.logo) document.image(head.logo, document.page.margins.left, top, { fit: [LOGO_SIZE, LOGO_SIZE] });
  document.y = top;
  document.font('Helvetica-Bold').fontSize(12).text(latin(instansiName.toUpperCase()), { align: 'center' });
  document.fontSize(14).text('INSPEKTORAT', { align: 'center' });
  if (head.address) document.font('Helvetica').fontSize(9).text(latin(head.address), { align: 'center' });
  const y = Math.max(document.y, head.logo ? top + LOGO_SIZE : 0) + 4;
  document
    .moveTo(document.page.margins.left, y)
    .lineTo(document.page.margins.left + width, y)
    .lineWidth(1.5)
    .stroke();
  document.y = y + 10;
}
