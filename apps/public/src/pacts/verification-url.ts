/** The query parameter of the verification page that holds a pact's code. */
export const CODE_PARAM = 'kode';

/** The verification page of a pact, as a link inside the site. */
export function verificationPath(code: string): string {
  return `/verifikasi?${new URLSearchParams({ [CODE_PARAM]: code })}`;
}

/** The absolute address a QR code on a pact poster opens: the verification of that pact. */
export function verificationUrl(origin: string, code: string): string {
  return new URL(verificationPath(code), origin).href;
}
