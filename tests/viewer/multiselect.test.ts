// The multi-selection in Chromium on the seeds at 1440×900, with the mouse as a user moves it:
// Shift-click two nodes, Shift+drag a box (and a plain drag with the box button on), then
// “show only these” leaves exactly those, “expand neighbours” adds their neighbours, and
// “hide these” hides them — in the URL too, so a reload keeps it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltGraph, type ServedGraph } from './served-graph.js';
import { artifactPath, chromiumSkipReason, launchChromium, waitForViewer, watchPage } from './browser.js';

interface Point {
  x: number;
  y: number;
}

interface Box {
  from: Point;
  to: Point;
}

/** The graph container's top-left corner in page pixels. */
async function origin(page: Page): Promise<Point> {
  const box = await page.locator('[data-testid=graph]').boundingBox();
  return { x: box?.x ?? 0, y: box?.y ?? 0 };
}

/** Where a node is drawn, in page pixels. */
async function nodeAt(page: Page, node: string): Promise<Point> {
  const o = await origin(page);
  const at = (await page.evaluate(
    `(() => { const s = window.gonghui.sigma; return s.framedGraphToViewport(s.getNodeDisplayData(${JSON.stringify(node)})); })()`,
  )) as Point;
  return { x: o.x + at.x, y: o.y + at.y };
}

/** The visible nodes drawn inside a box given in page pixels, found the slow way. */
async function drawnInside(page: Page, box: Box): Promise<string[]> {
  const o = await origin(page);
  const [x0, x1] = [Math.min(box.from.x, box.to.x) - o.x, Math.max(box.from.x, box.to.x) - o.x];
  const [y0, y1] = [Math.min(box.from.y, box.to.y) - o.y, Math.max(box.from.y, box.to.y) - o.y];
  return (await page.evaluate(
    `(() => { const s = window.gonghui.sigma; return window.gonghui.store.graph.filterNodes((n) => { const d = s.getNodeDisplayData(n); if (d.hidden) return false; const p = s.framedGraphToViewport(d); return p.x >= ${x0} && p.x <= ${x1} && p.y >= ${y0} && p.y <= ${y1}; }); })()`,
  )) as string[];
}

async function picked(page: Page): Promise<string[]> {
  return ((await page.evaluate('[...window.gonghui.store.state.picked]')) as string[]).sort();
}

async function visible(page: Page): Promise<string[]> {
  return ((await page.evaluate('window.gonghui.store.graph.filterNodes((n) => window.gonghui.store.isVisible(n))')) as string[]).sort();
}

async function status(page: Page): Promise<string> {
  return (await page.locator('[data-testid=status]').textContent()) ?? '';
}

async function camera(page: Page): Promise<unknown> {
  return page.evaluate('window.gonghui.sigma.getCamera().getState()');
}

async function settled(page: Page): Promise<void> {
  // Polled from the test: the app's CSP forbids the string evaluation waitForFunction uses.
  await expect.poll(() => page.evaluate('window.gonghui.sigma.getCamera().isAnimated()')).toBe(false);
  await page.waitForTimeout(100);
}

async function drag(page: Page, box: Box, shift: boolean): Promise<void> {
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move(box.to.x, box.to.y, { steps: 8 });
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
  await page.waitForTimeout(100);
}

/** A box of this size in page pixels around a node. */
async function boxAround(page: Page, node: string, half: Point): Promise<Box> {
  const at = await nodeAt(page, node);
  // Whole pixels, as the mouse events carry them.
  const x = Math.round(at.x);
  const y = Math.round(at.y);
  return { from: { x: x - half.x, y: y - half.y }, to: { x: x + half.x, y: y + half.y } };
}

describe.skipIf(chromiumSkipReason)('the multi-selection, on the seeds in Chromium', () => {
  let served: ServedGraph;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuiltGraph('gonghui-kg-multiselect-', ['seeds']);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('Shift-click and a box pick nodes; show only these, expand neighbours and hide these act on exactly them', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = watchPage(page);
    await page.goto(served.server.url);
    await waitForViewer(page);
    const total = await page.evaluate('window.gonghui.store.graph.order');
    // The two biggest unions by Shift-click, then boxes around the biggest person and the biggest article.
    const biggest = (label: string, count: number): Promise<string[]> =>
      page.evaluate(
        `(() => { const s = window.gonghui.sigma; return window.gonghui.store.graph.filterNodes((n, a) => a.label === ${JSON.stringify(label)}).sort((a, b) => s.getNodeDisplayData(b).size - s.getNodeDisplayData(a).size).slice(0, ${count}); })()`,
      ) as Promise<string[]>;
    const unions = await biggest('Union', 2);
    for (const id of unions) {
      const at = await nodeAt(page, id);
      await page.keyboard.down('Shift');
      await page.mouse.click(at.x, at.y);
      await page.keyboard.up('Shift');
      // Two quick clicks would be a double click (sigma zooms).
      await page.waitForTimeout(600);
    }
    expect(await picked(page)).toEqual([...unions].sort());
    await expect(page.locator('[data-testid=selection] h2').textContent()).resolves.toContain('(2)');
    // A Shift-click picks; it opens no panel.
    expect(await page.evaluate('window.gonghui.store.state.selected')).toBeNull();

    const [person] = await biggest('Person', 1);
    const box = await boxAround(page, person ?? '', { x: 60, y: 45 });
    const inBox = await drawnInside(page, box);
    expect(inBox).toContain(person);
    const cameraBefore = await camera(page);
    await drag(page, box, true);
    // The drag drew a box instead of panning, and a click after it did not clear anything.
    expect(await camera(page)).toEqual(cameraBefore);
    const afterBox = [...new Set([...unions, ...inBox])].sort();
    expect(await picked(page)).toEqual(afterBox);
    await expect(page.locator('[data-testid=selection] h2').textContent()).resolves.toContain(`(${afterBox.length})`);
    await expect(page.locator('[data-testid=box-select]').isVisible()).resolves.toBe(false);

    // The box button: a plain drag draws a box too; off again, a plain drag pans.
    await page.locator('[data-testid=box-toggle]').click();
    const [article] = (await biggest('Article', 5)).filter((n) => !afterBox.includes(n));
    const second = await boxAround(page, article ?? '', { x: 30, y: 25 });
    const inSecond = await drawnInside(page, second);
    expect(inSecond).toContain(article);
    await page.mouse.move(second.from.x, second.from.y);
    await page.mouse.down();
    await page.mouse.move((second.from.x + second.to.x) / 2, (second.from.y + second.to.y) / 2, { steps: 4 });
    // The box is drawn while the mouse moves.
    await expect(page.locator('[data-testid=box-select]').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: artifactPath('multiselect-box.png') });
    await page.mouse.move(second.to.x, second.to.y, { steps: 4 });
    await page.mouse.up();
    const chosen = [...new Set([...afterBox, ...inSecond])].sort();
    expect(await picked(page)).toEqual(chosen);
    await page.locator('[data-testid=box-toggle]').click();
    await expect(page.locator('[data-testid=box-toggle]').getAttribute('aria-pressed')).resolves.toBe('false');

    await page.locator('[data-testid=show-only]').click();
    expect(await visible(page)).toEqual(chosen);
    expect(await status(page)).toMatch(new RegExp(`^${chosen.length}/${total}`));
    await settled(page);
    await page.screenshot({ path: artifactPath('multiselect-show-only.png') });

    await page.locator('[data-testid=expand]').click();
    const neighbours = (await page.evaluate(
      `(() => { const g = window.gonghui.store.graph; const out = new Set(${JSON.stringify(chosen)}); for (const n of ${JSON.stringify(chosen)}) g.forEachNeighbor(n, (m) => out.add(m)); return [...out]; })()`,
    )) as string[];
    const expanded = neighbours.sort();
    expect(expanded.length).toBeGreaterThan(chosen.length);
    expect(await picked(page)).toEqual(expanded);
    expect(await visible(page)).toEqual(expanded);
    await settled(page);
    await page.screenshot({ path: artifactPath('multiselect-expanded.png') });

    await page.locator('[data-testid=show-all]').click();
    expect(await visible(page)).toHaveLength(total as number);
    await page.locator('[data-testid=hide-these]').click();
    const hidden = await page.evaluate(`${JSON.stringify(expanded)}.filter((n) => window.gonghui.store.isVisible(n))`);
    expect(hidden).toEqual([]);
    expect(await visible(page)).toHaveLength((total as number) - expanded.length);
    expect(await picked(page)).toEqual([]);
    await settled(page);
    await page.screenshot({ path: artifactPath('multiselect-hidden.png') });

    // The hidden nodes are in the link: a reload keeps them hidden.
    expect(decodeURIComponent(await page.evaluate('location.hash'))).toContain('drop=');
    await page.reload();
    await waitForViewer(page);
    expect(await visible(page)).toHaveLength((total as number) - expanded.length);
    await page.locator('[data-testid=show-all]').click();
    expect(await visible(page)).toHaveLength(total as number);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
