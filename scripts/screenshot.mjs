// Take screenshots of pages of a running site, for a person to look at:
//   node scripts/screenshot.mjs http://127.0.0.1:4321 out-dir /path/one/ /path/two/ …
// Each path is shot at 360 px (as a phone, with WeChat's Android user agent) and at 1280 px (full page).
// WIDTHS=390,1280 changes the widths, UA=… the phone's user agent, FULL=0 shoots the first screen only,
// FONT=200 sets the root font size to that percentage (as a reader's larger text setting would), SCREENS=3
// shoots the first three screens one by one instead of the whole page (some pages are too tall for one image).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';

/** WeChat's in-app browser on Android, which most parents read the site in. */
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2055A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 ' +
  'XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2585 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

const [base, out, ...paths] = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);
const font = process.env.FONT ? Number(process.env.FONT) : undefined;
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const width of widths) {
  const phone = width < 600;
  const context = await browser.newContext({
    viewport: { width, height: phone ? 740 : 800 },
    ...(phone ? { userAgent: process.env.UA ?? WECHAT_UA, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    if (font) await page.addStyleTag({ content: `html { font-size: ${font}% !important; }` });
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${font ? `-font${font}` : ''}.png`;
    const screens = Number(process.env.SCREENS ?? 0);
    if (screens > 0) {
      const { height } = page.viewportSize();
      for (let i = 0; i < screens; i++) {
        const file = `${out}/${name.replace(/\.png$/, `-screen${i + 1}.png`)}`;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: i * height, width, height } });
        console.log(file);
      }
      continue;
    }
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL !== '0' });
    console.log(`${out}/${name}`);
  }
  await context.close();
}
await browser.close();
