/**
 * Renders the add-in's icons (assets/*.svg) to the PNG sizes the manifest names, with a
 * transparent background. The 16 px icons have their own SVG, drawn on the pixel grid, because
 * the large drawing blurs at that size.
 *
 *   npx tsx scripts/draw-icons.ts
 *
 * Needs Chromium (Debian: `apt-get install -y chromium`), or CHROMIUM=/path/to/chrome.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium';

interface Drawing {
  /** Output name prefix: icon-32.png. */
  readonly name: string;
  readonly sizes: readonly number[];
}

const ASSETS = path.resolve(__dirname, '..', 'assets');
const DRAWINGS: readonly Drawing[] = [
  { name: 'icon', sizes: [16, 32, 64, 80, 128] },
  { name: 'compute', sizes: [16, 32, 64, 80, 128] },
];

function svgFor(name: string, size: number): string {
  const file = size <= 16 ? `${name}-16.svg` : `${name}.svg`;
  return readFileSync(path.join(ASSETS, file), 'utf8');
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const drawing of DRAWINGS) {
      for (const size of drawing.sizes) {
        const svg = Buffer.from(svgFor(drawing.name, size)).toString('base64');
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(
          `<html><body style="margin:0;background:transparent">` +
            `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" ` +
            `style="display:block"></body></html>`,
        );
        await page.waitForFunction(() => document.images[0]?.complete === true);
        const out = path.join(ASSETS, `${drawing.name}-${size}.png`);
        await page.screenshot({ path: out, omitBackground: true });
        console.log(`assets/${path.basename(out)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
