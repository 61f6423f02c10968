/**
 * A QR code of a page's address, drawn at build time as a small SVG (no script, nothing fetched).
 * The `qrcode` library does the encoding (versions, masks, error correction: a standard we should not
 * write again); the drawing is ours, one path of horizontal runs, so that it weighs about 1 KB.
 */
import QRCode from 'qrcode';
import { escapeXml } from './svg/index.ts';

/** The modules of the code for `text` (true: dark), row by row. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let y = 0; y < modules.size; y++) {
    rows.push(Array.from({ length: modules.size }, (_, x) => Boolean(modules.get(y, x))));
  }
  return rows;
}

const QUIET = 4; // the light margin scanners need, in modules

/**
 * The code as an SVG: role="img" named by `label`, its size set by CSS (class qr). Dark modules are
 * drawn in the text colour on the background colour, so it prints black on white.
 */
export function qrSvg(text: string, label: string): string {
  const rows = qrModules(text);
  const size = rows.length + 2 * QUIET;
  // Each run of dark modules is a line one module thick: M to a row's first run, then m over each gap.
  let d = '';
  rows.forEach((row, y) => {
    let pen: number | undefined;
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (row[end]) end++;
      d += pen === undefined ? `M${x + QUIET} ${y + QUIET}.5h${end - x}` : `m${x - pen} 0h${end - x}`;
      pen = end;
      x = end;
    }
  });
  return (
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
    `<rect class="qr-bg" width="${size}" height="${size}"/><path class="qr-fg" stroke-width="1" d="${d}"/></svg>`
  );
}
