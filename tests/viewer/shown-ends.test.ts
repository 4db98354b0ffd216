// A large graph in Chromium: its edges are drawn by the program that reads whether each end is
// shown on the GPU (viewer/app/src/shown-ends.ts), so a filter rewrites only the nodes it flips.
// Unions on the left, organizations on the right: the only edges crossing the middle of the stage
// are those of the unions, which must go when the legend hides unions and come back with them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes, NodeLabel } from '../../graph/schema.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../../graph/schema.js';
import { viewerAppDir } from '../../viewer/server/app-dir.js';
import { loadGraph } from '../../viewer/server/graph-source.js';
import { startViewerServer, type RunningViewerServer } from '../../viewer/server/server.js';
import { artifactPath, chromiumSkipReason, launchChromium, pixelStats, waitForViewer, watchPage } from './browser.js';

const UNIONS = 40;
const ORGANIZATIONS = 2_400;
const EDGES_PER_UNION = 20;

function node(label: NodeLabel, i: number, x: number, y: number): { key: string; attributes: NodeAttributes } {
  const name = `${label}${i}`;
  return { key: `${label}:${name}`, attributes: { label, name, aliases: [], mentions: 1, firstSource: 'test.txt', lastSource: 'test.txt', x, y } };
}

/** More nodes than the explorer's large-graph threshold, laid out so that only union edges cross the middle. */
function splitGraph(): string {
  const nodes = [
    ...Array.from({ length: UNIONS }, (_, i) => node('Union', i, -1000 + (i % 5) * 10, -200 + i * 10)),
    ...Array.from({ length: ORGANIZATIONS }, (_, i) => node('Organization', i, 900 + (i % 40) * 5, -200 + Math.floor(i / 40) * 6)),
  ];
  const edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  const organization = (i: number): string => `Organization:Organization${i % ORGANIZATIONS}`;
  for (let u = 0; u < UNIONS; u += 1) {
    for (let k = 0; k < EDGES_PER_UNION; k += 1) {
      edges.push({ key: `u${u}-${k}`, source: `Union:Union${u}`, target: organization(u * 61 + k * 7), attributes: { type: 'MEMBER_OF', weight: 1, evidence: [] } });
    }
  }
  for (let i = 0; i < ORGANIZATIONS; i += 1) {
    edges.push({ key: `o${i}`, source: organization(i), target: organization(i + 1), attributes: { type: 'SUBORDINATE_TO', weight: 1, evidence: [] } });
  }
  const graph = { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges };
  return JSON.stringify({ format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, graph });
}

describe.skipIf(chromiumSkipReason)('a large graph’s edges in Chromium', () => {
  let dir: string;
  let server: RunningViewerServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-shown-ends-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, splitGraph());
    server = await startViewerServer({ graph: await loadGraph(file), appDir: viewerAppDir(), settings: { port: 0 } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Waits for the camera to stop, puts it back on the whole graph and waits for that render. */
  async function wholeGraph(page: Page): Promise<void> {
    await expect.poll(() => page.evaluate('window.gonghui.sigma.getCamera().isAnimated()')).toBe(false);
    await page.evaluate(`new Promise((resolve) => {
      const s = window.gonghui.sigma;
      const done = () => { s.off('afterRender', done); requestAnimationFrame(() => setTimeout(resolve, 0)); };
      s.on('afterRender', done);
      s.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      s.scheduleRender();
    })`);
  }

  /** Share of drawn pixels in a band across the middle of the graph, where only union edges pass. */
  async function middle(page: Page, name: string): Promise<number> {
    const box = await page.locator('[data-testid=graph]').boundingBox();
    const at = (await page.evaluate('window.gonghui.sigma.graphToViewport({ x: 0, y: 0 })')) as { x: number; y: number };
    const clip = { x: (box?.x ?? 0) + at.x - 30, y: (box?.y ?? 0) + at.y - 60, width: 60, height: 120 };
    return (await pixelStats(page, await page.screenshot({ clip, path: artifactPath(name) }), [0, 0, 0])).drawn;
  }

  it('draws the edges of shown nodes only: hiding unions takes their edges away, showing them brings them back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page);
    expect(await page.evaluate('window.gonghui.store.large')).toBe(true);
    await wholeGraph(page);
    const before = await middle(page, 'shown-ends-before.png');
    expect(before).toBeGreaterThan(0.02);

    await page.locator('[data-testid=legend-Union]').click();
    await wholeGraph(page);
    expect(await middle(page, 'shown-ends-unions-hidden.png')).toBe(0);
    await expect(page.locator('[data-testid=status]').textContent()).resolves.toContain(`${ORGANIZATIONS}/${ORGANIZATIONS + UNIONS}`);
    // The organizations' own edges are still drawn.
    const stage = await page.locator('[data-testid=graph]').screenshot({ path: artifactPath('shown-ends-stage-unions-hidden.png') });
    expect((await pixelStats(page, stage, [0, 0, 0])).drawn).toBeGreaterThan(0.005);

    await page.locator('[data-testid=legend-Union]').click();
    await wholeGraph(page);
    expect(await middle(page, 'shown-ends-after.png')).toBeCloseTo(before, 3);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
