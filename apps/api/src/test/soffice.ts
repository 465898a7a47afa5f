import { existsSync } from 'node:fs';

/**
 * LibreOffice's command line, from Debian's libreoffice-calc-nogui (`.ci/run` installs it), or
 * where `SOFFICE` points. Without it the tests that recalculate a workbook are skipped with a loud
 * banner, as browser tests are without Chromium; with `CI=true` they fail instead.
 */
export const sofficePath = process.env.SOFFICE ?? '/usr/bin/soffice';
export const sofficeMissing = !existsSync(sofficePath);

if (sofficeMissing) {
  const message = `no LibreOffice at ${sofficePath} (apt-get install -y libreoffice-calc-nogui, or set SOFFICE)`;
  if (process.env.CI === 'true') throw new Error(`CI needs LibreOffice: ${message}`);
  const line = '='.repeat(78);
  console.warn(`\n${line}\n  WORKBOOK RECALCULATION TESTS SKIPPED: ${message}\n${line}\n`);
}
