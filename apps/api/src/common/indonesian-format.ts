import { round2 } from '@zi/lke';
import { documentDate } from './document-language.js';

/** A day `YYYY-MM-DD` as an Indonesian document writes it: "7 Desember 2026". */
export const indonesianDate = (day: string) => documentDate('id', day);

/** A score as the worksheet shows it, to the cent, Indonesian style: 83,71; a dash for none. */
export const indonesianScore = (value: number | undefined) =>
  value === undefined
    ? '-'
    : round2(value).toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
