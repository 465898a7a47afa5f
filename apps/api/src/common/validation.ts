import { IsUrl, Matches, ValidateBy } from 'class-validator';
import { RefusalReason } from './refusal-reason.js';

/** A Kemendagri code down to the village: "64", "64.71", "64.71.01" or "64.71.01.2001". */
export const REGION_CODE = /^[0-9]{2}(\.[0-9]{2}){0,3}$/;
/** Where an instansi sits: a province ("64") or a regency or city ("64.71"). */
export const INSTANSI_REGION_CODE = /^[0-9]{2}(\.[0-9]{2})?$/;
/** The Inspektorat's own code of a unit, the key of re-imports. */
export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;

/** A link people can open: http or https only (no javascript:, no file:). */
export const IsWebLink = () =>
  IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) link' });

// A pattern's failure says nothing a client can translate; the `context` gives it its reason.
export const IsRegionCode = () =>
  Matches(REGION_CODE, {
    message: 'must look like "64", "64.71" or "64.71.01"',
    context: { reason: RefusalReason.INVALID_REGION },
  });

export const IsInstansiRegionCode = () =>
  Matches(INSTANSI_REGION_CODE, {
    message: 'must look like "64" or "64.71"',
    context: { reason: RefusalReason.INVALID_INSTANSI_REGION },
  });

export const IsUnitCode = () =>
  Matches(UNIT_CODE, {
    message: 'must be 1 to 40 letters, digits, or . _ / -, starting with a letter or digit',
    context: { reason: RefusalReason.INVALID_CODE },
  });

/** A civil servant's NIP (nomor induk pegawai): 18 digits. */
export const NIP = /^[0-9]{18}$/;

export const IsNip = () =>
  Matches(NIP, { message: 'must be 18 digits', context: { reason: RefusalReason.INVALID_NIP } });

/** Characters as PostgreSQL's `length()` counts them (code points), which the database checks. */
const characters = (value: unknown) => (typeof value === 'string' ? [...value].length : Number.NaN);

/**
 * Text of at most `max` characters, counted as the database counts them: class-validator's own
 * `MaxLength` counts an emoji with its variation selector as one, and the database's check as two.
 */
export const MaxText = (max: number) =>
  ValidateBy({
    name: 'maxLength',
    constraints: [max],
    validator: {
      validate: (value) => characters(value) <= max,
      defaultMessage: () => `must be at most ${max} characters`,
    },
  });

/**
 * Required text of at most `max` characters. Services store text trimmed, so blanks alone are
 * missing text, refused here rather than by the database's check.
 */
export function IsFilledText(max: number): PropertyDecorator {
  const length = ValidateBy({
    name: 'isLength',
    constraints: [1, max],
    validator: {
      validate: (value) => characters(value) >= 1 && characters(value) <= max,
      defaultMessage: () => `must be 1 to ${max} characters`,
    },
  });
  // Something to read: blanks and invisible marks (zero-width spaces) alone are no text.
  const filled = Matches(/[\p{L}\p{N}\p{P}\p{S}]/u, {
    message: 'must not be blank',
    context: { reason: RefusalReason.REQUIRED },
  });
  return (target, property) => {
    length(target, property);
    filled(target, property);
  };
}
