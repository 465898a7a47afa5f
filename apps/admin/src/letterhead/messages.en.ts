import type { letterheadId } from './messages.id';

/** The LHE letterhead settings, in English. */
export const letterheadEn: Record<keyof typeof letterheadId, string> = {
  'letterhead.title': 'LHE letterhead and numbering',
  'letterhead.intro':
    'Printed on every evaluation report (LHE) issued: the Inspectorate’s address under the letterhead, the Inspektur who signs, and how reports are numbered.',
  'letterhead.logo': 'Logo',
  'letterhead.logoAlt': 'Logo on the LHE letterhead',
  'letterhead.logoNone': 'No logo yet.',
  'letterhead.logoChoose': 'Choose a logo file',
  'letterhead.logoRemove': 'Remove the logo',
  'letterhead.logoHint': 'PNG or JPEG, at most 256 KB; printed left of the letterhead.',
  'letterhead.address': 'Inspectorate address',
  'letterhead.addressHint': 'Printed under the letterhead; leave empty if not needed.',
  'letterhead.inspekturName': 'Inspektur’s name',
  'letterhead.inspekturNameHint': 'With titles, as on the signature.',
  'letterhead.inspekturNip': 'Inspektur’s NIP',
  'letterhead.inspekturNipHint': '18 digits, no spaces.',
  'letterhead.numberFormat': 'LHE number format',
  'letterhead.numberFormatHint':
    '{nomor} becomes the year’s sequence number (001, 002, …) and {tahun} the evaluation year, e.g. 700/{nomor}/LHE-ZI/Itprov/{tahun}.',
  'letters.title': 'Letters of the proposal package',
  'letters.intro':
    'The wording of the cover letter and the SPTJM in a proposal package. What is in braces is filled from the LKE when a package is assembled; a package already assembled does not change.',
  'letters.placeholders': 'Placeholders you may use: {list}.',
  'letters.save': 'Save the letter',
  'letters.saving': 'Saving…',
  'letters.saved': 'Saved. It applies to packages assembled from now on.',
  'letterhead.save': 'Save',
  'letterhead.saving': 'Saving…',
  'letterhead.saved': 'Saved. It applies to LHEs issued from now on.',
};
