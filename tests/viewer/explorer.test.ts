// The explorer in real Chromium, against the viewer fixture graph served by the viewer server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerAppDir } from '../../viewer/server/app-dir.js';
import { loadGraph } from '../../viewer/server/graph-source.js';
import { startViewerServer, type RunningViewerServer } from '../../viewer/server/server.js';
import { missing, python } from '../graph/export/tools.js';
import { artifactPath, chromiumSkipReason, drawnAt, launchChromium, pixelStats, waitForViewer, watchPage } from './browser.js';

const FIXTURE = join('tests', 'fixtures', 'viewer', 'graph.json');
const WANGJING = 'Union:望京街道总工会';
const XSS_NAME = '<img src=x onerror=alert(1)>';
const UNION_RED: [number, number, number] = [214, 39, 40];
// networkx 2.8 (Debian) knows GEXF up to 1.2draft; 1.3 has the same elements under a new namespace.
const READ_GEXF = `
import sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions["1.3"] = {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
  "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
  "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
import json
g = nx.read_gexf(sys.argv[1], version="1.3")
n = g.nodes["Union:望京街道总工会"]
print(g.number_of_nodes(), g.number_of_edges())
print(n["label"], n["type"], "|".join(json.loads(n["aliases"])), n["viz"]["color"]["r"])
`;

async function nodesOf(results: Locator): Promise<(string | null)[]> {
  return Promise.all((await results.all()).map((result) => result.getAttribute('data-node')));
}

describe.skipIf(chromiumSkipReason)('the explorer in Chromium', () => {
  let server: RunningViewerServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startViewerServer({ graph: await loadGraph(FIXTURE), appDir: viewerAppDir(), settings: { port: 0 } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(hash = ''): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watchPage(page);
    await page.goto(`${server.url}${hash}`);
    await waitForViewer(page);
    return { page, seen };
  }

  async function graphShot(page: Page, name: string): Promise<Buffer> {
    return page.locator('[data-testid=graph]').screenshot({ path: artifactPath(name) });
  }

  it('draws the graph: the canvas screenshot shows nodes in their label colors, not a blank canvas', async () => {
    const { page, seen } = await open();
    const stats = await pixelStats(page, await graphShot(page, 'render.png'), UNION_RED);
    expect(stats.drawn).toBeGreaterThan(0.01);
    expect(stats.near).toBeGreaterThan(50);
    await expect(page.locator('[data-testid=status]').textContent()).resolves.toContain('17/17');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('still shows every node and edge after a selection and its Esc, which leave those canvases as they were, and hover still finds nodes', async () => {
    const { page, seen } = await open();
    // Each node's centre, and the middle of each edge, where only the edge is drawn unless a label or a node lies there too.
    const points = (await page.evaluate(`(() => { const s = window.gonghui.sigma; const at = (n) => s.getNodeDisplayData(n); const out = { nodes: [], edges: [] };
      s.getGraph().forEachNode((n) => { const p = s.framedGraphToViewport(at(n)); out.nodes.push([p.x, p.y]); });
      s.getGraph().forEachEdge((_e, _a, source, target) => { const a = at(source); const b = at(target);
        const p = s.framedGraphToViewport({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }); out.edges.push([p.x, p.y]); });
      return out; })()`)) as { nodes: [number, number][]; edges: [number, number][] };
    const shot = await graphShot(page, 'kept-before.png');
    expect(await drawnAt(page, shot, points.nodes)).toBe(points.nodes.length);
    const edgesBefore = await drawnAt(page, shot, points.edges);
    expect(edgesBefore).toBeGreaterThan(points.edges.length * 0.8);
    const box = await page.locator('[data-testid=graph]').boundingBox();
    const [x, y] = (await page.evaluate(
      `(() => { const s = window.gonghui.sigma; const p = s.framedGraphToViewport(s.getNodeDisplayData(${JSON.stringify(WANGJING)})); return [p.x, p.y]; })()`,
    )) as [number, number];
    await page.mouse.click((box?.x ?? 0) + x, (box?.y ?? 0) + y);
    await page.locator('[data-testid=panel-name]').waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=panel-name]').waitFor({ state: 'hidden' });
    await page.waitForTimeout(200);
    const after = await graphShot(page, 'kept-after-selection.png');
    expect(await drawnAt(page, after, points.nodes)).toBe(points.nodes.length);
    expect(await drawnAt(page, after, points.edges)).toBe(edgesBefore);
    // Hover reads sigma's picking image, which a render starts blank: the kept node canvas must still have drawn it.
    const [hx, hy] = (await page.evaluate(
      `(() => { const s = window.gonghui.sigma; const p = s.framedGraphToViewport(s.getNodeDisplayData('Person:王芳')); return [p.x, p.y]; })()`,
    )) as [number, number];
    await page.mouse.move((box?.x ?? 0) + hx, (box?.y ?? 0) + hy);
    await expect.poll(() => page.evaluate('window.gonghui.store.state.hovered')).toBe('Person:王芳');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('finds the 望京 street union by Chinese substring and by pinyin initials; its panel shows evidence', async () => {
    const { page, seen } = await open();
    const search = page.locator('[data-testid=search]');
    const results = page.locator('[data-testid=search-result]');

    await search.fill('总工会');
    const unions = await nodesOf(results);
    expect(unions).toEqual(expect.arrayContaining([WANGJING, 'Union:朝阳区总工会', 'Union:海淀区总工会']));

    await search.fill('望京');
    await expect(results.first().getAttribute('data-node')).resolves.toBe(WANGJING);

    await search.fill('wj');
    const byInitials = await nodesOf(results);
    expect(byInitials[0]).toBe(WANGJING);
    await search.fill('wangjing');
    await expect(results.first().getAttribute('data-node')).resolves.toBe(WANGJING);

    await results.first().click();
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe('望京街道总工会');
    const evidence = page.locator('[data-testid=evidence] li');
    expect(await evidence.count()).toBeGreaterThan(0);
    const sentences = await evidence.locator('blockquote').allTextContents();
    expect(sentences).toContain('望京街道总工会主席王芳在开幕式上致辞。');
    const marks = await evidence.locator('mark').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['望京街道总工会']));
    expect(page.url()).toContain(`node=${encodeURIComponent(WANGJING)}`);
    await graphShot(page, 'search-wangjing.png');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('hides every node of a label when its legend entry is switched off', async () => {
    const { page } = await open();
    const before = await pixelStats(page, await graphShot(page, 'filter-before.png'), UNION_RED);
    expect(before.near).toBeGreaterThan(50);

    await page.locator('[data-testid=legend-Union]').click();
    await page.waitForTimeout(200);
    const after = await pixelStats(page, await graphShot(page, 'filter-union-hidden.png'), UNION_RED);
    expect(after.near).toBe(0);
    await expect(page.locator('[data-testid=status]').textContent()).resolves.toContain('13/17');
    await expect(page.locator('[data-testid=legend-Union]').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(page.url()).toContain('hide=Union');

    await page.locator('[data-testid=legend-Union]').click();
    await page.waitForTimeout(200);
    const back = await pixelStats(page, await graphShot(page, 'filter-after.png'), UNION_RED);
    expect(back.near).toBeGreaterThan(50);
    await page.close();
  });

  it('highlights a hovered node’s neighbours and dims the rest; colors by community on demand', async () => {
    const { page } = await open();
    const box = await page.locator('[data-testid=graph]').boundingBox();
    const at = (await page.evaluate(
      `(() => { const s = window.gonghui.sigma; return s.framedGraphToViewport(s.getNodeDisplayData(${JSON.stringify(WANGJING)})); })()`,
    )) as { x: number; y: number };
    await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    const colorOf = async (node: string): Promise<string> =>
      (await page.evaluate(`window.gonghui.sigma.getNodeDisplayData(${JSON.stringify(node)}).color`)) as string;
    await expect.poll(() => colorOf('Person:赵静')).toBe('#e6e6e6');
    expect(await colorOf('Person:王芳')).not.toBe('#e6e6e6');
    expect(await colorOf('Street:望京街道')).not.toBe('#e6e6e6');
    await page.mouse.move(5, 5);
    await expect.poll(() => colorOf('Person:赵静')).not.toBe('#e6e6e6');

    await page.locator('[data-testid=color-by]').selectOption({ index: 1 });
    expect(page.url()).toContain('color=community');
    // Nodes of one community share a color, whatever their type.
    const communityOf = (node: string): Promise<unknown> => page.evaluate(`window.gonghui.community(${JSON.stringify(node)})`);
    expect(await communityOf('Person:王芳')).toBe(await communityOf(WANGJING));
    expect(await colorOf('Person:王芳')).toBe(await colorOf(WANGJING));
    expect(await colorOf('Person:赵静')).not.toBe(await colorOf('Person:王芳'));
    await page.close();
  });

  it('filters by district and minimum degree', async () => {
    const { page } = await open();
    const status = page.locator('[data-testid=status]');
    await page.locator('[data-testid=filter-district]').selectOption({ label: '海淀区 (6)' });
    // The six nodes whose district is 海淀区.
    await expect(status.textContent()).resolves.toMatch(/^6\/17/);
    expect(decodeURIComponent(page.url())).toContain('district=海淀区');
    await page.locator('[data-testid=filter-district]').selectOption({ index: 0 });
    await page.evaluate("(() => { const range = document.querySelector('[data-testid=min-degree]'); range.value = '5'; range.dispatchEvent(new Event('change')); })()");
    // Degree ≥ 5: 望京街道总工会 and the two articles.
    await expect(status.textContent()).resolves.toMatch(/^3\/17/);
    expect(page.url()).toContain('deg=5');
    await page.close();
  });

  it('exports the GEXF of what is shown and a PNG snapshot of the canvas', async () => {
    const { page } = await open('#hide=Article,Person');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-gexf]').click()]);
    expect(gexf.suggestedFilename()).toBe('gonghui-kg.gexf');
    const xml = readFileSync((await gexf.path()) ?? '', 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('label="望京街道总工会"');
    expect(xml).not.toContain('label="王芳"');
    expect(xml).not.toContain('<node id="Article:');
    expect((xml.match(/<node /g) ?? []).length).toBe(10);
    if (missing('networkx') === undefined) {
      const read = python(READ_GEXF, (await gexf.path()) ?? '').trim().split('\n');
      // 10 nodes and the 9 relations among them (no MENTIONS: the articles are hidden); the
      // name as label, the node type as `type` and lists as JSON, as `export --format gexf` writes them.
      expect(read[0]).toBe('10 9');
      expect(read[1]).toBe('望京街道总工会 Union 望京街道工会 214');
    }

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-png]').click()]);
    expect(png.suggestedFilename()).toBe('gonghui-kg.png');
    const image = readFileSync((await png.path()) ?? '');
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect((await pixelStats(page, image, UNION_RED)).near).toBeGreaterThan(50);
    await page.close();
  });

  it('shows an entity named <img src=x onerror=alert(1)> as text and runs nothing', async () => {
    const { page, seen } = await open();
    await page.locator('[data-testid=search]').fill('img src');
    const result = page.locator('[data-testid=search-result]').first();
    await expect(result.getAttribute('data-node')).resolves.toBe(`Person:${XSS_NAME}`);
    await expect(result.locator('.name').textContent()).resolves.toBe(XSS_NAME);
    await result.click();
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe(XSS_NAME);
    await expect(page.locator('[data-testid=panel]').textContent()).resolves.toContain('<script>window.__xss=1</script>');
    await page.locator('[data-testid=evidence-article]').first().click();
    await expect(page.locator('[data-testid=article-text]').textContent()).resolves.toContain(`职工代表${XSS_NAME}在座谈会上发言。`);
    await page.waitForTimeout(300);

    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#panel script, #reader script').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('opens the article from an evidence sentence with every entity highlighted, and a highlight selects its entity', async () => {
    const { page } = await open(`#node=${encodeURIComponent(WANGJING)}`);
    await page.locator('[data-testid=evidence-article]').first().click();
    await expect(page.locator('[data-testid=article-title]').textContent()).resolves.toBe('望京街道总工会举办职工技能大赛');
    const marks = await page.locator('[data-testid=article-text] mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['望京街道总工会', '朝阳区', '王芳', '张伟', '职工技能大赛', '李明']));
    await page.locator('[data-testid=article-text] mark', { hasText: '王芳' }).first().click();
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe('王芳');
    await page.screenshot({ path: artifactPath('article.png') });
    await page.close();
  });

  it('says so when a link names an article the graph has no text for', async () => {
    const { page } = await open(`#article=${encodeURIComponent('Article:gone.txt#1')}`);
    await expect(page.locator('[data-testid=reader] h2').textContent()).resolves.toBe('这个图谱里没有这篇文章的全文');
    await page.locator('[data-testid=reader] .close').click();
    await expect(page.locator('[data-testid=reader]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('restores selection, filters, language and camera from a deep link', async () => {
    const hash = `#node=${encodeURIComponent(WANGJING)}&hide=Article&lang=en&cam=0.5,0.5,0.8`;
    const { page } = await open(hash);
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe('望京街道总工会');
    await expect(page.locator('[data-testid=legend-Article]').getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.locator('#title').textContent()).resolves.toBe('Trade-union knowledge graph');
    await expect(page.locator('[data-testid=status]').textContent()).resolves.toContain('15/17 nodes');
    const ratio = (await page.evaluate('window.gonghui.sigma.getCamera().ratio')) as number;
    expect(ratio).toBeCloseTo(0.8, 3);

    await page.locator('[data-testid=lang]').click();
    await expect(page.locator('#title').textContent()).resolves.toBe('工会知识图谱');
    expect(page.url()).not.toContain('lang=en');
    await page.close();
  });

  it('shows the shortest path between two picked nodes through what is shown, and a node’s ego network', async () => {
    const { page } = await open(`#node=${encodeURIComponent('Person:王芳')}`);
    await page.locator('[data-testid=path-from]').click();
    await page.locator('[data-testid=search]').fill('张伟');
    await page.locator('[data-testid=search-result]').first().click();
    await page.locator('[data-testid=path-to]').click();
    // Both are mentioned in the same article: the shortest link.
    await expect(page.locator('[data-testid=path-list] li.node').allTextContents()).resolves.toEqual(['王芳', '望京街道总工会举办职工技能大赛', '张伟']);

    // With articles hidden the path runs through relations only.
    await page.locator('[data-testid=legend-Article]').click();
    const viaRelations = await page.locator('[data-testid=path-list] li.node').allTextContents();
    expect(viaRelations).toHaveLength(4);
    expect(viaRelations.slice(0, 2)).toEqual(['王芳', '望京街道总工会']);
    expect(viaRelations[3]).toBe('张伟');
    expect(viaRelations).not.toContain('望京街道总工会举办职工技能大赛');

    await page.locator('[data-testid=ego-1]').click();
    // 张伟 and its neighbours 朝阳区总工会 and 职工技能大赛 (the article stays hidden).
    await expect(page.locator('[data-testid=status]').textContent()).resolves.toMatch(/^3\/17/);
    await page.close();
  });
});
