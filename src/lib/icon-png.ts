/** The site's images as PNG, drawn at build time by resvg (a Rust renderer whose binary comes with its npm package). */
import { Resvg } from '@resvg/resvg-js';
import tokens from '../styles/tokens.css?raw';
import { brandColour, markSvg, images } from './icon.ts';

/** The PNG of one of the site's images. */
export function imagePng(name: keyof typeof images): Uint8Array {
  const { width, height, mark } = images[name];
  const png = new Resvg(markSvg(brandColour(tokens), width, height, mark), { font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
