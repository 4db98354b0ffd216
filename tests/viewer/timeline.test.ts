// The explorer's timeline in Chromium, on the real development set built with its manifest:
// brushing a window of months shows only what evidence in it supports, play moves the window,
// the window survives a reload through the URL, and the undated seeds show no timeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../graph/schema.js';
import type { RunningViewerServer } from '../../viewer/server/server.js';
import { serveBuiltGraph, type ServedGraph } from './served-graph.js';
import { artifactPath, chromiumSkipReason, launchChromium, waitForViewer, watchPage } from './browser.js';

interface SerializedGraph {
  graph: {
    nodes: { key: string; attributes: NodeAttributes }[];
    edges: { source: string; target: string; attributes: EdgeAttributes }[];
  };
}

/** The nodes evidence dated in months `from`…`to` supports, read from graph.json on its own. */
function supported(file: SerializedGraph, from: string, to: string): Set<string> {
  const inside = (date: string | undefined): boolean => date !== undefined && date.slice(0, 7) >= from && date.slice(0, 7) <= to;
  const nodes = new Set<string>();
  for (const node of file.graph.nodes) if (node.attributes.label === 'Article' && inside(node.attributes.date)) nodes.add(node.key);
  for (const edge of file.graph.edges) {
    if (edge.attributes.evidence.some((ev) => inside(ev.date))) nodes.add(edge.source).add(edge.target);
  }
  return nodes;
}

async function visible(page: Page): Promise<string[]> {
  return (await page.evaluate('(() => { const st = window.gonghui.store; return st.graph.filterNodes((n) => st.isVisible(n)); })()')) as string[];
}

async function timeWindow(page: Page): Promise<{ since: string; until: string } | null> {
  return (await page.evaluate('window.gonghui.store.state.timeWindow')) as { since: string; until: string } | null;
}

async function status(page: Page): Promise<string> {
  return (await page.locator('[data-testid=status]').textContent()) ?? '';
}

/** Drags across the histogram from the bar of one month to the bar of another. */
async function brush(page: Page, from: string, to: string): Promise<void> {
  const a = await page.locator(`[data-testid=timeline-chart] rect[data-month="${from}"]`).boundingBox();
  const b = await page.locator(`[data-testid=timeline-chart] rect[data-month="${to}"]`).boundingBox();
  if (!a || !b) throw new Error(`no bar for ${from} or ${to}`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, a.y + a.height - 2, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 2, { steps: 4 });
  await page.mouse.up();
}

describe.skipIf(chromiumSkipReason)('the timeline, on the real development set in Chromium', () => {
  let real: ServedGraph;
  let seedsServed: ServedGraph;
  let file: SerializedGraph;
  let server: RunningViewerServer;
  let seeds: RunningViewerServer;
  let browser: Browser;

  beforeAll(async () => {
    const set = join('tests', 'fixtures', 'real-news');
    real = await serveBuiltGraph('gonghui-kg-timeline-', [join(set, 'articles'), '--manifest', join(set, 'manifest.csv')]);
    seedsServed = await serveBuiltGraph('gonghui-kg-timeline-seeds-', ['seeds']);
    file = JSON.parse(readFileSync(join(real.dir, 'graph.json'), 'utf8')) as SerializedGraph;
    server = real.server;
    seeds = seedsServed.server;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await real?.close();
    await seedsServed?.close();
  });

  async function open(url: string): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = watchPage(page);
    await page.goto(url);
    await waitForViewer(page);
    return { page, seen };
  }

  it('shows articles per month; a brushed window shows fewer nodes, only those evidence in it supports, and a click clears it', async () => {
    const { page, seen } = await open(server.url);
    await expect(page.locator('[data-testid=timeline]').isVisible()).resolves.toBe(true);
    expect(await status(page)).not.toContain('没有日期');
    // Every month from the first dated article to the last, with each dated article counted once.
    const bars = page.locator('[data-testid=timeline-chart] rect.bar');
    const counts = (await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-count'))))) as number[];
    const dated = file.graph.nodes.filter((n) => n.attributes.label === 'Article' && n.attributes.date).length;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(dated);
    expect(await bars.first().getAttribute('data-month')).toBe('2012-05');
    expect(await bars.last().getAttribute('data-month')).toBe('2025-05');
    expect(counts).toHaveLength(13 * 12 + 1);

    const all = await visible(page);
    await brush(page, '2017-01', '2018-12');
    await expect.poll(() => timeWindow(page)).toEqual({ since: '2017-01-01', until: '2018-12-31' });
    const shown = await visible(page);
    const expected = supported(file, '2017-01', '2018-12');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    expect(new Set(shown)).toEqual(expected);
    expect(await status(page)).toMatch(new RegExp(`^${shown.length}/${all.length} `));
    await expect(page.locator('[data-testid=timeline-window]').textContent()).resolves.toBe('2017-01-01 – 2018-12-31');
    await page.waitForTimeout(600);
    await page.screenshot({ path: artifactPath('timeline-window.png') });

    const box = await page.locator('[data-testid=timeline-chart]').boundingBox();
    await page.mouse.click((box?.x ?? 0) + 20, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await expect.poll(() => timeWindow(page)).toBeNull();
    expect(await visible(page)).toHaveLength(all.length);
    expect(seen.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('play moves the window one month at a time, and a reload with the URL restores it', async () => {
    const { page, seen } = await open(server.url);
    await brush(page, '2017-08', '2017-10');
    await expect.poll(() => timeWindow(page)).toEqual({ since: '2017-08-01', until: '2017-10-31' });
    await page.locator('[data-testid=timeline-play]').click();
    await expect.poll(() => timeWindow(page), { timeout: 10_000 }).toEqual({ since: '2017-09-01', until: '2017-11-30' });
    await expect.poll(() => timeWindow(page), { timeout: 10_000 }).toEqual({ since: '2017-10-01', until: '2017-12-31' });
    await page.locator('[data-testid=timeline-play]').click();
    await expect(page.locator('[data-testid=timeline-play]').getAttribute('aria-pressed')).resolves.toBe('false');
    const paused = await timeWindow(page);
    await page.waitForTimeout(1_500);
    expect(await timeWindow(page)).toEqual(paused);
    expect(new Set(await visible(page))).toEqual(supported(file, paused?.since.slice(0, 7) ?? '', paused?.until.slice(0, 7) ?? ''));

    const url = page.url();
    expect(url).toContain(`since=${paused?.since}`);
    const again = await open(url);
    expect(await timeWindow(again.page)).toEqual(paused);
    expect((await visible(again.page)).sort()).toEqual((await visible(page)).sort());
    await expect(again.page.locator('[data-testid=timeline-window]').textContent()).resolves.toBe(`${paused?.since} – ${paused?.until}`);
    expect([...seen.errors, ...again.seen.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  }, 90_000);

  it('the panel shows first and last seen and evidence newest first with dates; the reader shows the date and outlet', async () => {
    const { page, seen } = await open(server.url);
    const node = file.graph.nodes.find((n) => n.attributes.label !== 'Article' && n.attributes.firstDate && n.attributes.lastDate && n.attributes.firstDate < n.attributes.lastDate);
    if (!node) throw new Error('no node seen on two dates in the development set');
    await page.evaluate(`window.gonghui.store.update({ selected: ${JSON.stringify(node.key)} })`);
    const panel = page.locator('[data-testid=panel]');
    await expect(panel.textContent()).resolves.toContain(`首次出现${node.attributes.firstDate}`);
    await expect(panel.textContent()).resolves.toContain(`最后出现${node.attributes.lastDate}`);
    const dates = await page.locator('[data-testid=evidence-date]').allTextContents();
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe(node.attributes.lastDate);

    await page.locator('[data-testid=evidence-article]').first().click();
    const opened = await page.evaluate('window.gonghui.store.state.article');
    const article = file.graph.nodes.find((n) => n.key === opened);
    if (!article?.attributes.outlet) throw new Error(`the reader opened ${String(opened)}, which has no outlet`);
    expect(article.attributes.date).toBe(dates[0]);
    await expect(page.locator('[data-testid=article-date]').textContent()).resolves.toBe(`日期：${article.attributes.date} · 媒体：${article.attributes.outlet}`);
    await page.screenshot({ path: artifactPath('timeline-panel.png') });
    expect(seen.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the undated seeds show no timeline, and the status says the graph is undated; a window in the URL is ignored', async () => {
    const { page, seen } = await open(`${seeds.url}#since=2024-01-01&until=2024-12-31`);
    await expect(page.locator('[data-testid=timeline]').isVisible()).resolves.toBe(false);
    expect(await status(page)).toContain('图谱没有日期');
    expect(await timeWindow(page)).toBeNull();
    expect(await page.evaluate('window.gonghui.store.visible')).toBeNull();
    await page.screenshot({ path: artifactPath('timeline-undated.png') });
    expect(seen.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
