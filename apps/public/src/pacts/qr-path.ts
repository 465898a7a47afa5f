import { create } from 'qrcode';

/** The blank border a reader needs around the code, in modules (ISO/IEC 18004 asks for 4). */
const QUIET_ZONE = 4;

export interface QrShape {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** The dark modules as one SVG path, one unit per module. */
  path: string;
}

/**
 * A QR code as an SVG path, drawn row by row with each run of dark modules as one rectangle, so the
 * markup stays small. Level M survives a poster photographed at an angle or partly worn.
 */
export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const runs: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column += 1;
      const length = column - start;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${length}v1h-${length}z`);
    }
  }
  return { size: size + 2 * QUIET_ZONE, path: runs.join('') };
}
