import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrShape } from './qr-path';

const URL = 'https://zi.example.go.id/verifikasi?kode=PI-7Y9D-CB2Z';

/** The dark modules a path draws, as "column,row" without the quiet zone. */
function modulesDrawn(path: string): Set<string> {
  const drawn = new Set<string>();
  for (const [, x, y, length] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let offset = 0; offset < Number(length); offset += 1) {
      drawn.add(`${Number(x) - 4 + offset},${Number(y) - 4}`);
    }
  }
  return drawn;
}

describe('qrShape', () => {
  it('draws exactly the dark modules of the QR code, inside a quiet zone of four', () => {
    const { modules } = create(URL, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) {
        if (modules.get(row, column)) expected.add(`${column},${row}`);
      }
    }
    const shape = qrShape(URL);
    expect(shape.size).toBe(modules.size + 8);
    expect(modulesDrawn(shape.path)).toEqual(expected);
  });

  it('starts with the top-left finder pattern: a run of seven', () => {
    expect(qrShape(URL).path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });
});
