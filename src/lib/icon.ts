/**
 * The site's mark (the favicon's three lines of text on the brand colour) as SVG at any size, for the
 * PNG images made at build time: the apple-touch icon and the picture a shared link shows (og:image).
 * No text is drawn, so no font is needed where the site is built.
 */

/** The brand colour as tokens.css writes it (--c-brand), taken from the stylesheet's text. */
export function brandColour(tokensCss: string): string {
  const m = /--c-brand:\s*(#[0-9a-f]{3,8})/i.exec(tokensCss);
  if (!m) throw new Error('tokens.css has no --c-brand colour');
  return m[1]!;
}

/** The mark, `mark` px square, centred on a `width` × `height` field of the brand colour. */
export function markSvg(colour: string, width: number, height: number, mark: number): string {
  // The favicon's lines, on its 32-unit grid.
  const lines = 'M9 8h14v3H9zm0 6.5h14v3H9zM9 21h9v3H9z';
  const scale = mark / 32;
  const x = (width - mark) / 2;
  const y = (height - mark) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${colour}"/>` +
    `<path transform="translate(${x} ${y}) scale(${scale})" d="${lines}" fill="#fff"/></svg>`
  );
}

/** The images made at build time: their address, size in px and the mark's size on them. */
export const images = {
  /** What a shared link shows (og:image): the size most sites ask for. */
  share: { path: '/og-image.png', width: 1200, height: 630, mark: 420 },
  /** The icon a phone puts on its home screen. */
  touchIcon: { path: '/apple-touch-icon.png', width: 180, height: 180, mark: 150 },
} as const;
