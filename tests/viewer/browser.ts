// Debian's Chromium driven by playwright-core (never a downloaded browser). With CI=true a
// missing Chromium fails the tests; elsewhere they skip with the reason.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

function skipReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `Chromium not found at ${CHROMIUM_PATH} (install the Debian package "chromium")`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  process.stderr.write(`Viewer browser tests skipped: ${reason}\n`);
  return reason;
}

/** Why the browser tests skip on this machine, or undefined when they run. */
export const chromiumSkipReason: string | undefined = skipReason();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Screenshots go to test-artifacts/ (gitignored) so a failing run can be looked at. */
export function artifactPath(name: string): string {
  const dir = join(process.cwd(), 'test-artifacts', 'viewer');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** Errors the page threw and dialogs it opened: an XSS would show up in one of them. */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

export async function waitForViewer(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"][data-layout="done"]', { timeout: 30_000 });
}

export interface PixelStats {
  /** Share of pixels that are not the white background. */
  drawn: number;
  /** Number of pixels close to the given color. */
  near: number;
}

// Page scripts are strings, because the tests' TypeScript has no DOM library. This one draws the
// PNG of `data` on a canvas, read through `context`.
const DECODE_PNG = `
  const image = new Image();
  image.src = 'data:image/png;base64,' + data;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
`;

// Runs in the page: counts drawn pixels and pixels near a color.
const PIXEL_COUNTER = `async ({ data, color }) => {${DECODE_PNG}  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let drawn = 0;
  let near = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
    if (r < 245 || g < 245 || b < 245) drawn += 1;
    if (Math.abs(r - color[0]) < 12 && Math.abs(g - color[1]) < 12 && Math.abs(b - color[2]) < 12) near += 1;
  }
  return { drawn: drawn / (pixels.length / 4), near };
}`;

/** Counts, in a PNG screenshot, the share of drawn (non-white) pixels and the pixels near `rgb`; the browser decodes it. */
export async function pixelStats(page: Page, png: Buffer, rgb: [number, number, number]): Promise<PixelStats> {
  const args = JSON.stringify({ data: png.toString('base64'), color: rgb });
  return (await page.evaluate(`(${PIXEL_COUNTER})(${args})`)) as PixelStats;
}

// Runs in the page: for each point, whether a pixel within 1 px of it is drawn (not the white background).
const DRAWN_AT = `async ({ data, points }) => {${DECODE_PNG}  return points.map(([x, y]) => {
    const pixels = context.getImageData(Math.round(x) - 1, Math.round(y) - 1, 3, 3).data;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 245 || pixels[i + 1] < 245 || pixels[i + 2] < 245) return true;
    return false;
  });
}`;

/** How many of these points (in the screenshot's pixels) have something drawn on or next to them. */
export async function drawnAt(page: Page, png: Buffer, points: [number, number][]): Promise<number> {
  const args = JSON.stringify({ data: png.toString('base64'), points });
  return ((await page.evaluate(`(${DRAWN_AT})(${args})`)) as boolean[]).filter(Boolean).length;
}
