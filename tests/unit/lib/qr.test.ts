import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { qrSvg } from '../../../src/lib/qr.ts';

/** Draw the SVG black on white, as paper has it, and read it back as a phone's scanner would. */
function scan(svg: string): string | undefined {
  const coloured = svg.replace('class="qr-bg"', 'fill="#fff" class="qr-bg"').replace('class="qr-fg"', 'stroke="#000" class="qr-fg"');
  const png = new Resvg(coloured, { fitTo: { mode: 'width', value: 330 } }).render();
  const data = new Uint8ClampedArray(png.pixels);
  return jsQR(data, png.width, png.height)?.data;
}

describe('qrSvg', () => {
  for (const url of ['https://www.example.edu.cn/powers/xs-03/', 'https://www.example.edu.cn/documents/charter/ch-10/']) {
    it(`encodes the address so that a scanner reads it back: ${url}`, () => {
      expect(scan(qrSvg(url, '本页网址的二维码'))).toBe(url);
    });
  }

  it('is a named image, small enough to put on every page', () => {
    const svg = qrSvg('https://www.example.edu.cn/powers/xs-03/', '本页网址的二维码');
    expect(svg).toMatch(/^<svg class="qr"[^>]* role="img" aria-label="本页网址的二维码"/);
    expect(svg.length).toBeLessThan(2000);
  });
});
