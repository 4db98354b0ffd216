// What a new user hit in the explorer on the seed pages at 1440×900, each as a check in Chromium:
// the district filter keeps a district's initiatives, panels never move the graph, Esc closes,
// the sidebar comes back on a narrow window, filters reframe, keyboard and Back work, search
// finds every hit and several terms, labels can be tuned, communities are named, the path shows
// its relations, Shift-click builds a selection to show or hide, and leaving the stage from a
// node unhovers it, which hovers again when the pointer comes back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningViewerServer } from '../../viewer/server/server.js';
import { serveBuiltGraph, type ServedGraph } from './served-graph.js';
import { artifactPath, chromiumSkipReason, launchChromium, waitForViewer, watchPage } from './browser.js';

interface Point {
  x: number;
  y: number;
}

/** Where a node is drawn, in page pixels. */
async function nodeAt(page: Page, node: string): Promise<Point> {
  const box = await page.locator('[data-testid=graph]').boundingBox();
  const at = (await page.evaluate(
    `(() => { const s = window.gonghui.sigma; return s.framedGraphToViewport(s.getNodeDisplayData(${JSON.stringify(node)})); })()`,
  )) as Point;
  return { x: (box?.x ?? 0) + at.x, y: (box?.y ?? 0) + at.y };
}

/** Waits until the camera stops moving. */
async function settled(page: Page): Promise<void> {
  // Polled from the test: the app's CSP forbids the string evaluation waitForFunction uses.
  await expect.poll(() => page.evaluate('window.gonghui.sigma.getCamera().isAnimated()')).toBe(false);
  await page.waitForTimeout(100);
}

/** Picks a district in the filter by its name (the option also shows a count). */
async function chooseDistrict(page: Page, name: string): Promise<void> {
  const label = (await page.locator('[data-testid=filter-district] option', { hasText: name }).first().textContent()) ?? '';
  await page.locator('[data-testid=filter-district]').selectOption({ label });
}

async function status(page: Page): Promise<string> {
  return (await page.locator('[data-testid=status]').textContent()) ?? '';
}

/** The ids of the visible nodes with their type. */
async function visibleNodes(page: Page): Promise<[string, string][]> {
  return (await page.evaluate(
    "(() => { const st = window.gonghui.store; return st.graph.filterNodes((n) => st.isVisible(n)).map((n) => [n, st.graph.getNodeAttribute(n, 'label')]); })()",
  )) as [string, string][];
}

describe.skipIf(chromiumSkipReason)('the frictions a new user hit, on the seeds in Chromium', () => {
  let served: ServedGraph;
  let server: RunningViewerServer;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuiltGraph('gonghui-kg-frictions-', ['seeds']);
    server = served.server;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(hash = '', viewport = { width: 1440, height: 900 }): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage({ viewport });
    const seen = watchPage(page);
    await page.goto(`${server.url}${hash}`);
    await waitForViewer(page);
    return { page, seen };
  }

  it('1. the 朝阳区 filter keeps the district’s initiatives, their people and the articles about them', async () => {
    const { page, seen } = await open();
    await chooseDistrict(page, '朝阳区');
    const shown = await visibleNodes(page);
    const count = (label: string): number => shown.filter(([, l]) => l === label).length;
    expect(count('Initiative')).toBeGreaterThanOrEqual(3);
    expect(count('Article')).toBeGreaterThanOrEqual(3);
    expect(count('Union')).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeGreaterThan(16);
    expect(await status(page)).toMatch(new RegExp(`^${shown.length}/`));
    // The panel says how a node is tied to the district.
    const initiative = shown.find(([, l]) => l === 'Initiative')?.[0] ?? '';
    await page.evaluate(`window.gonghui.explorer.focusNode(${JSON.stringify(initiative)})`);
    await expect(page.locator('[data-testid=district-ties]').textContent()).resolves.toContain('朝阳区');
    await page.screenshot({ path: artifactPath('friction-1-district.png') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('2. clicking a node opens its panel without moving the graph, and the panel is drawn over the canvas', async () => {
    const { page } = await open();
    // The rightmost big node: the one a panel opening on the right would push around.
    const node = (await page.evaluate(
      "(() => { const s = window.gonghui.sigma; const g = window.gonghui.store.graph; let best = null, bx = -1; g.forEachNode((n) => { const d = s.getNodeDisplayData(n); const v = s.framedGraphToViewport(d); if (d.size > 6 && v.x > bx && v.x < s.getDimensions().width - 20) { bx = v.x; best = n; } }); return best; })()",
    )) as string;
    const before = await nodeAt(page, node);
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.locator('[data-testid=panel]').isVisible()).resolves.toBe(true);
    await page.waitForTimeout(300);
    expect(await nodeAt(page, node)).toEqual(before);
    // Off the node, nothing re-fits the camera either.
    await page.mouse.move(300, 450);
    await page.waitForTimeout(400);
    expect(await nodeAt(page, node)).toEqual(before);
    const panel = await page.locator('[data-testid=panel]').boundingBox();
    const topmost = (await page.evaluate(
      `(() => { const e = document.elementFromPoint(${(panel?.x ?? 0) + 40}, ${(panel?.y ?? 0) + 200}); return !!e.closest('#panel'); })()`,
    )) as boolean;
    expect(topmost).toBe(true);
    await page.screenshot({ path: artifactPath('friction-2-click.png') });
    await page.close();
  });

  it('3. the reader leaves most of the graph free, an entity clicked there lands in the free part, Esc closes reader then panel', async () => {
    const { page } = await open();
    await page.locator('[data-testid=search]').fill('望京街道总工会');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=evidence-article]').first().click();
    const reader = await page.locator('[data-testid=reader]').boundingBox();
    const stage = await page.locator('[data-testid=graph]').boundingBox();
    expect((reader?.width ?? 0) / (stage?.width ?? 1)).toBeLessThan(0.45);
    const dock = await page.locator('[data-testid=dock]').boundingBox();
    const mark = page.locator('[data-testid=article-text] mark').nth(1);
    const name = (await mark.getAttribute('title'))?.split('：')[1] ?? '';
    await mark.click();
    await settled(page);
    const selected = (await page.evaluate('window.gonghui.store.state.selected')) as string;
    expect(selected).toContain(name);
    const at = await nodeAt(page, selected);
    expect(at.x).toBeGreaterThan(stage?.x ?? 0);
    expect(at.x).toBeLessThan(dock?.x ?? 0);
    await page.screenshot({ path: artifactPath('friction-3-reader.png') });
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=reader]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-testid=panel]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=panel]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('5. below 900 px the sidebar hides behind a toggle that brings it back', async () => {
    const { page } = await open('', { width: 820, height: 700 });
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await page.locator('[data-testid=sidebar-toggle]').click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await page.locator('[data-testid=legend-Article]').click();
    await expect(page.locator('[data-testid=legend-Article]').getAttribute('aria-pressed')).resolves.toBe('false');
    await page.screenshot({ path: artifactPath('friction-5-narrow.png') });
    await page.locator('[data-testid=sidebar-toggle]').click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('6. a filter reframes the camera on what it shows, and “reset view” returns to the filtered part', async () => {
    const { page } = await open();
    const ratio = (): Promise<number> => page.evaluate('window.gonghui.sigma.getCamera().ratio') as Promise<number>;
    const whole = await ratio();
    await chooseDistrict(page, '顺义区');
    await settled(page);
    expect(await ratio()).toBeLessThan(whole);
    const stage = await page.locator('[data-testid=graph]').boundingBox();
    for (const [node] of await visibleNodes(page)) {
      const at = await nodeAt(page, node);
      expect(at.x).toBeGreaterThanOrEqual(stage?.x ?? 0);
      expect(at.x).toBeLessThanOrEqual((stage?.x ?? 0) + (stage?.width ?? 0));
      expect(at.y).toBeGreaterThanOrEqual(stage?.y ?? 0);
      expect(at.y).toBeLessThanOrEqual((stage?.y ?? 0) + (stage?.height ?? 0));
    }
    const framed = await ratio();
    await page.mouse.move((stage?.x ?? 0) + 300, (stage?.y ?? 0) + 300);
    for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, 400);
    await settled(page);
    expect(await ratio()).toBeGreaterThan(framed * 1.5);
    await page.locator('[data-testid=reset-view]').click();
    await settled(page);
    expect(await ratio()).toBeCloseTo(framed, 2);
    await page.screenshot({ path: artifactPath('friction-6-reframe.png') });
    await page.close();
  });

  it('7. arrow keys keep working on the district list, and Back undoes a view change instead of leaving', async () => {
    const { page } = await open();
    const districts = page.locator('[data-testid=filter-district]');
    await districts.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate("document.activeElement?.dataset.testid")).toBe('filter-district');
    expect(await page.evaluate("document.querySelector('[data-testid=filter-district]').selectedIndex")).toBe(3);
    const third = (await page.evaluate('window.gonghui.store.state.district')) as string;
    expect(third).toBeTruthy();
    const app = page.url().split('#')[0];
    await page.goBack();
    await expect.poll(() => page.evaluate('window.gonghui.store.state.district')).not.toBe(third);
    expect(page.url().split('#')[0]).toBe(app);
    await page.goForward();
    await expect.poll(() => page.evaluate('window.gonghui.store.state.district')).toBe(third);
    await page.close();
  });

  it('8. search lists every match with counts, takes several terms and toned pinyin; Enter picks the union', async () => {
    const { page } = await open();
    const search = page.locator('[data-testid=search]');
    const results = page.locator('[data-testid=search-result]');
    await search.fill('总工会');
    const summary = (await page.locator('[data-testid=search-summary]').textContent()) ?? '';
    const total = Number(/(\d+)/.exec(summary)?.[1]);
    expect(total).toBeGreaterThan(30);
    expect(summary).toContain('工会');
    await page.locator('[data-testid=search-more]').click();
    await expect(results.count()).resolves.toBe(Math.min(total, 60));
    await search.fill('朝阳 总工会');
    await expect(results.first().getAttribute('data-node')).resolves.toMatch(/^Union:.*朝阳.*总工会$/);
    await search.fill('wàngjīng');
    await expect(results.first().getAttribute('data-node')).resolves.toMatch(/^Union:.*望京街道总工会$/);
    await search.fill('望京');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toMatch(/望京街道总工会$/);
    await page.close();
  });

  it('9. label density and size are settings the user can change, and names are not cut at 18 characters', async () => {
    const { page } = await open();
    const setting = (name: string): Promise<number> => page.evaluate(`window.gonghui.sigma.getSetting(${JSON.stringify(name)})`) as Promise<number>;
    const density = await setting('labelDensity');
    await page.evaluate("(() => { const r = document.querySelector('[data-testid=label-density]'); r.value = '3'; r.dispatchEvent(new Event('change')); })()");
    expect(await setting('labelDensity')).toBeCloseTo(density * 3, 5);
    await page.evaluate("(() => { const r = document.querySelector('[data-testid=label-size]'); r.value = '16'; r.dispatchEvent(new Event('change')); })()");
    expect(await setting('labelSize')).toBe(16);
    expect(decodeURIComponent(page.url())).toContain('ls=16');
    const long = (await page.evaluate(
      "(() => { const st = window.gonghui.store; const n = st.graph.findNode((k, a) => a.label !== 'Article' && [...a.name].length > 18 && [...a.name].length <= 24); return n ? [st.graph.getNodeAttribute(n, 'name'), window.gonghui.sigma.getNodeDisplayData(n).label] : null; })()",
    )) as [string, string] | null;
    if (long) expect(long[1]).toBe(long[0]);
    await page.close();
  });

  it('10. colour by community shows a legend of communities named by their top nodes instead of the type legend', async () => {
    const { page } = await open();
    await page.locator('[data-testid=color-by]').selectOption({ index: 1 });
    await expect(page.locator('[data-testid=legend-Union]').count()).resolves.toBe(0);
    const items = await page.locator('[data-testid=community-legend-item] .name').allTextContents();
    expect(items.length).toBeGreaterThan(3);
    for (const name of items) expect(name).not.toMatch(/^#\d+$/);
    await page.locator('[data-testid=community-legend-item]').first().click();
    expect(await status(page)).not.toMatch(/^(\d+)\/\1 /);
    await page.screenshot({ path: artifactPath('friction-10-communities.png') });
    await page.close();
  });

  it('11. the path lists each hop’s relation and its evidence sentence', async () => {
    const { page } = await open('#hide=Article');
    const ids = (await page.evaluate(
      "(() => { const g = window.gonghui.store.graph; const a = g.findNode((n, x) => x.label === 'Person' && g.outEdges(n).some((e) => g.getEdgeAttribute(e, 'type') === 'MEMBER_OF')); const b = g.findNode((n, x) => x.label === 'Initiative' && g.inEdges(n).some((e) => g.getEdgeAttribute(e, 'type') === 'ORGANIZED')); return [a, b]; })()",
    )) as [string, string];
    await page.evaluate(`window.gonghui.store.update({ pathFrom: ${JSON.stringify(ids[0])}, pathTo: ${JSON.stringify(ids[1])} })`);
    const hops = page.locator('[data-testid=path-hop]');
    if ((await hops.count()) === 0) {
      await expect(page.locator('[data-testid=path] .muted').textContent()).resolves.toBeTruthy();
    } else {
      const first = (await hops.first().textContent()) ?? '';
      expect(first).toMatch(/任职于|主办|参与|位于|隶属于|举办地/);
      await expect(hops.first().locator('blockquote').textContent()).resolves.toMatch(/[。！？]|./);
    }
    await page.close();
  });

  it('12. Shift-click picks several nodes; “show only these”, “expand neighbours” and “hide these” act on them', async () => {
    const { page, seen } = await open();
    const ids = (await page.evaluate(
      "(() => { const s = window.gonghui.sigma; const g = window.gonghui.store.graph; return g.filterNodes((n, a) => a.label === 'Union').sort((a, b) => s.getNodeDisplayData(b).size - s.getNodeDisplayData(a).size).slice(0, 2); })()",
    )) as string[];
    for (const id of ids) {
      const at = await nodeAt(page, id);
      await page.keyboard.down('Shift');
      await page.mouse.click(at.x, at.y);
      await page.keyboard.up('Shift');
      // Two quick clicks would be a double click (sigma zooms).
      await page.waitForTimeout(600);
    }
    await expect(page.locator('[data-testid=selection] h2').textContent()).resolves.toContain('(2)');
    await page.locator('[data-testid=show-only]').click();
    expect(await status(page)).toMatch(/^2\//);
    await page.locator('[data-testid=expand]').click();
    const expanded = Number(/^(\d+)\//.exec(await status(page))?.[1]);
    expect(expanded).toBeGreaterThan(2);
    await page.locator('[data-testid=show-all]').click();
    await page.evaluate(`window.gonghui.store.update({ picked: new Set(${JSON.stringify(ids)}) })`);
    await page.locator('[data-testid=hide-these]').click();
    const total = Number(/\/(\d+)/.exec(await status(page))?.[1]);
    expect(await status(page)).toMatch(new RegExp(`^${total - 2}/`));
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('13. a node the pointer leaves the stage from stops looking hovered, and hovers again when it comes back, after a click too', async () => {
    const { page, seen } = await open();
    // A big node left of the middle, clear of the panel a click opens on the right.
    const node = (await page.evaluate(
      "(() => { const s = window.gonghui.sigma; const g = window.gonghui.store.graph; const { width, height } = s.getDimensions(); let best = null, bd = Infinity; g.forEachNode((n) => { const d = s.getNodeDisplayData(n); const v = s.framedGraphToViewport(d); const dist = Math.hypot(v.x - width * 0.35, v.y - height / 2); if (d.size > 6 && dist < bd) { bd = dist; best = n; } }); return best; })()",
    )) as string;
    const at = await nodeAt(page, node);
    const box = await page.locator('[data-testid=graph]').boundingBox();
    const outside = { x: (box?.x ?? 0) / 2, y: at.y };
    expect(outside.x).toBeLessThan(box?.x ?? 0);
    const hovered = (): Promise<unknown> => page.evaluate('window.gonghui.store.state.hovered');
    // Pixels sigma draws on its hover layer: the hovered node's label box, and the selected node's.
    const hoverLayerPixels = (): Promise<unknown> =>
      page.evaluate(
        "(() => { const c = window.gonghui.sigma.getCanvases().hovers; const p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < p.length; i += 4) if (p[i] > 0) n += 1; return n; })()",
      );
    await page.mouse.move(at.x, at.y);
    await expect.poll(hovered).toBe(node);
    expect(await hoverLayerPixels()).toBeGreaterThan(0);
    // Left straight off the stage, the node is drawn as hovered no more.
    await page.mouse.move(outside.x, outside.y);
    await expect.poll(hovered).toBe(null);
    await expect.poll(hoverLayerPixels).toBe(0);
    await page.mouse.move(at.x, at.y);
    await expect.poll(hovered).toBe(node);
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('[data-testid=panel]').isVisible()).resolves.toBe(true);
    // Selected, then straight off the stage from the node and straight back onto it.
    await page.mouse.move(outside.x, outside.y);
    await expect.poll(hovered).toBe(null);
    await page.mouse.move(at.x, at.y);
    await expect.poll(hovered).toBe(node);
    // What the user sees: its neighbours labelled, the nodes not next to it dimmed (a selection alone does neither).
    const [neighbour, stranger] = (await page.evaluate(
      `(() => { const g = window.gonghui.store.graph; const n = ${JSON.stringify(node)}; return [g.neighbors(n)[0], g.findNode((m) => m !== n && !g.areNeighbors(m, n))]; })()`,
    )) as [string, string];
    const display = (n: string): Promise<{ color: string; forceLabel?: boolean }> =>
      page.evaluate(`window.gonghui.sigma.getNodeDisplayData(${JSON.stringify(n)})`) as Promise<{ color: string; forceLabel?: boolean }>;
    expect((await display(neighbour)).forceLabel).toBe(true);
    expect((await display(stranger)).color).toBe('#e6e6e6');
    await page.screenshot({ path: artifactPath('friction-13-hover-again.png') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
