// `npm run bench:viewer`: the explorer in headless Chromium on synthetic graphs of 10k and 50k
// nodes with 4× as many edges (seeded, laid out in clusters as `build` lays them out). For each:
// time to first frame (navigation → first sigma frame painted, including download, parsing and
// indexing); then, each from the user's event to the next frame painted, measured in the page:
// click on a node → its panel, search pick (Enter on a typed query) → panel and camera move,
// legend toggle, a filter (minimum degree) — each also to the canvas redrawn (sigma's next render
// and the frame after it) and as the page's main-thread CPU time over that span, which other
// processes on the cores do not inflate; the JS heap; frame times while panning and zooming.
// Headless Chromium here draws WebGL in software (SwiftShader); a real GPU is faster.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { seededRandom } from '../graph/analytics/rng.js';
import type { EdgeAttributes, NodeAttributes, NodeLabel } from '../graph/schema.js';
import { EDGE_TYPES, GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../graph/schema.js';
import { viewerAppDir } from '../viewer/server/app-dir.js';
import { loadGraph } from '../viewer/server/graph-source.js';
import { startViewerServer } from '../viewer/server/server.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const DEFAULT_SIZES = [10_000, 50_000];
const STAGES = ['data-loaded', 'graph-built', 'indexed', 'sigma-ready', 'first-frame'] as const;
const LABELS: NodeLabel[] = ['Union', 'Union', 'Organization', 'Organization', 'Person', 'Initiative', 'Initiative', 'Street', 'District', 'Article'];

interface Interactions {
  click: number;
  searchPick: number;
  legendToggle: number;
  filter: number;
}

interface Result {
  nodes: number;
  edges: number;
  graphMiB: number;
  firstFrameMs: number;
  /**
   * CPU time of the page's main thread up to the first frame: unlike wall time, it does not grow
   * when other processes compete for the cores.
   */
  firstFrameCpuMs: number;
  /** Milliseconds from navigation to the end of each start-up stage (marks set by the app). */
  stages: Record<string, number>;
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  zoomFrameMedianMs: number;
  zoomFrameP95Ms: number;
  /** Typing a query → result list shown. */
  searchMs: number;
  /** Medians, event → next frame. */
  clickMs: number;
  searchPickMs: number;
  legendToggleMs: number;
  filterMs: number;
  /** Medians, event → the canvas redrawn (sigma's next render) and the frame after it. */
  canvas: Interactions;
  /** Medians of the page's main-thread CPU time from the event to the canvas redrawn. */
  cpu: Interactions;
  /** JS heap in use after the interactions. */
  heapMB: number;
  /** 1-minute load average when the size was measured: the machine is shared. */
  loadAverage: number;
}

/** Median of a few runs: the machine is shared, one slow run says little. */
function median(values: number[]): number {
  return quantile(values, 0.5);
}

// In the page: runs an action, then waits for the frame after it (rAF, then a task after paint),
// then for sigma's next render (the canvas showing the change) and the frame after that.
// A string, because the bench's TypeScript has no DOM library.
const TIMED = `async (action) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const sigma = window.gonghui.sigma;
  const rendered = new Promise((resolve) => { const on = () => { sigma.off('afterRender', on); resolve(); }; sigma.on('afterRender', on); });
  const t0 = performance.now();
  action();
  await frame();
  const next = performance.now() - t0;
  await Promise.race([rendered, new Promise((resolve) => setTimeout(resolve, 20000))]);
  await frame();
  return [next, performance.now() - t0];
}`;

interface Timing {
  /** Event → the next frame painted (the panels, the sidebar). */
  frameMs: number;
  /** Event → sigma's next render and the frame after it (the canvas). */
  canvasMs: number;
  /** Main-thread CPU time of the page over the same span: not inflated by other processes on the cores. */
  cpuMs: number;
}

async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

async function timed(page: Page, cdp: CDPSession, action: string): Promise<Timing> {
  const cpu0 = await threadTime(cdp);
  const [frameMs, canvasMs] = (await page.evaluate(`(${TIMED})(() => { ${action} })`)) as [number, number];
  return { frameMs, canvasMs, cpuMs: (await threadTime(cdp)) - cpu0 };
}

/** Medians of each figure of a few timings, rounded. */
function medians(timings: Timing[]): Timing {
  return {
    frameMs: Math.round(median(timings.map((t) => t.frameMs))),
    canvasMs: Math.round(median(timings.map((t) => t.canvasMs))),
    cpuMs: Math.round(median(timings.map((t) => t.cpuMs))),
  };
}

/** A click on a node where it is drawn, as sigma's mouse layer receives it. */
function clickAction(node: string): string {
  return `const s = window.gonghui.sigma; const d = s.getNodeDisplayData(${JSON.stringify(node)}); const p = s.framedGraphToViewport(d);
    const layer = s.getContainer().querySelector('.sigma-mouse'); const r = layer.getBoundingClientRect();
    const o = { clientX: r.left + p.x, clientY: r.top + p.y, bubbles: true, button: 0 };
    layer.dispatchEvent(new MouseEvent('mousedown', o)); document.dispatchEvent(new MouseEvent('mouseup', o)); layer.dispatchEvent(new MouseEvent('click', o));`;
}

/** A clustered graph: communities on a disc, edges mostly inside a community, a few between. */
export function syntheticGraph(order: number, seed: number): string {
  const random = seededRandom(seed);
  const communities = Math.max(8, Math.round(Math.sqrt(order) / 2));
  const centers = Array.from({ length: communities }, (_, i) => {
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    const r = Math.sqrt(i + 1) * 100;
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  const nodes: { key: string; attributes: NodeAttributes }[] = [];
  const members: string[][] = centers.map(() => []);
  for (let i = 0; i < order; i += 1) {
    const community = Math.floor(random() * communities);
    const label = LABELS[i % LABELS.length] as NodeLabel;
    const center = centers[community] ?? { x: 0, y: 0 };
    const spread = 40 * Math.sqrt(random());
    const angle = random() * 2 * Math.PI;
    const name = `${label === 'Union' ? '工会' : label === 'Person' ? '人员' : '节点'}${i}号`;
    const key = `${label}:${name}`;
    nodes.push({
      key,
      attributes: {
        label,
        name,
        aliases: [],
        mentions: 1,
        firstSource: 'synthetic.txt',
        lastSource: 'synthetic.txt',
        community,
        pagerank: random() ** 4 / order,
        x: center.x + spread * Math.cos(angle),
        y: center.y + spread * Math.sin(angle),
      },
    });
    members[community]?.push(key);
  }
  const edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  for (let i = 0; i < order * 4; i += 1) {
    const from = members[Math.floor(random() * communities)] ?? [];
    const source = from[Math.floor(random() * from.length)];
    const pool = random() < 0.9 ? from : (members[Math.floor(random() * communities)] ?? []);
    const target = pool[Math.floor(random() * pool.length)];
    if (!source || !target || source === target) continue;
    const type = EDGE_TYPES[Math.floor(random() * EDGE_TYPES.length)] ?? 'MENTIONS';
    edges.push({ key: `e${i}`, source, target, attributes: { type, weight: 1, evidence: [] } });
  }
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  for (const node of nodes) node.attributes.degree = degree.get(node.key) ?? 0;
  const graph = { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges };
  return JSON.stringify({ format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, graph });
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Frame intervals (ms) seen by requestAnimationFrame while `act` runs. */
async function frameTimes(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await act();
  return (await page.evaluate('(() => { window.__recording = false; return window.__frames.slice(1); })()')) as number[];
}

async function measure(page: Page, url: string, nodes: number, edges: number, graphMiB: number): Promise<Result> {
  // Chromium counts main-thread CPU time from Performance.enable on: enable before navigating.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 300_000 });
  const stages = (await page.evaluate(
    `Object.fromEntries(${JSON.stringify(STAGES)}.map((s) => [s, Math.round(performance.getEntriesByName('gonghui:' + s)[0]?.startTime ?? -1)]))`,
  )) as Record<string, number>;
  const firstFrameMs = stages['first-frame'] ?? Number.NaN;
  // What was measured, to look at (bench/results/ is not committed).
  mkdirSync(join('bench', 'results'), { recursive: true });
  await page.screenshot({ path: join('bench', 'results', `viewer-${nodes}.png`) });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const firstFrameCpuMs = Math.round((metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000);
  const box = await page.locator('[data-testid=graph]').boundingBox();
  if (!box) throw new Error('no graph container');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  const pan = await frameTimes(page, async () => {
    for (let round = 0; round < 3; round += 1) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let step = 1; step <= 30; step += 1) await page.mouse.move(cx + step * 8, cy + step * 4);
      await page.mouse.up();
      await page.waitForTimeout(100);
    }
  });
  const zoom = await frameTimes(page, async () => {
    await page.mouse.move(cx, cy);
    for (let step = 0; step < 16; step += 1) {
      await page.mouse.wheel(0, step < 8 ? -240 : 240);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(300);
  });

  // The pans moved the graph away: interactions start from the whole graph in view.
  await page.evaluate('window.gonghui.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 })');
  const search = page.locator('[data-testid=search]');
  const started = performance.now();
  await search.fill('工会12');
  await page.locator('[data-testid=search-result]').first().waitFor();
  const searchMs = performance.now() - started;

  // Click → panel, on three big nodes well inside the stage (a double click needs two within 300 ms).
  const targets = (await page.evaluate(`(() => { const s = window.gonghui.sigma; const { width, height } = s.getDimensions(); const out = [];
    window.gonghui.store.graph.forEachNode((n) => { const p = s.framedGraphToViewport(s.getNodeDisplayData(n)); if (p.x > 100 && p.x < width - 500 && p.y > 100 && p.y < height - 100) out.push([n, s.getNodeDisplayData(n).size]); });
    return out.sort((a, b) => b[1] - a[1]).slice(0, 3).map((x) => x[0]); })()`)) as string[];
  const clicks: Timing[] = [];
  for (const node of targets) {
    clicks.push(await timed(page, cdp, clickAction(node)));
    // Points overlap on a large graph: the click may land on a neighbour drawn on top; any node will do.
    const selected = await page.evaluate('window.gonghui.store.state.selected');
    if (typeof selected !== 'string') throw new Error(`a click on ${node} selected nothing`);
    if (!(await page.locator('[data-testid=panel-name]').isVisible())) throw new Error('no panel after a click');
    await page.waitForTimeout(400);
  }
  await page.keyboard.press('Escape');

  const picks: Timing[] = [];
  for (const query of ['工会12', '人员31', '节点47']) {
    await search.fill(query);
    await page.locator('[data-testid=search-result]').first().waitFor();
    picks.push(await timed(page, cdp, `document.querySelector('[data-testid=search]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));`));
    await page.waitForTimeout(600);
  }
  await page.keyboard.press('Escape');

  const toggles: Timing[] = [];
  for (let i = 0; i < 4; i += 1) {
    toggles.push(await timed(page, cdp, `document.querySelector('[data-testid=legend-Union]').click();`));
    await page.waitForTimeout(600);
  }
  const filters: Timing[] = [];
  for (const degree of [6, 0, 8, 0]) {
    filters.push(await timed(page, cdp, `const r = document.querySelector('[data-testid=min-degree]'); r.value = '${degree}'; r.dispatchEvent(new Event('change'));`));
    await page.waitForTimeout(600);
  }
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  return {
    nodes,
    edges,
    graphMiB: round(graphMiB),
    firstFrameMs: Math.round(firstFrameMs),
    firstFrameCpuMs,
    stages,
    panFrameMedianMs: round(quantile(pan, 0.5)),
    panFrameP95Ms: round(quantile(pan, 0.95)),
    zoomFrameMedianMs: round(quantile(zoom, 0.5)),
    zoomFrameP95Ms: round(quantile(zoom, 0.95)),
    searchMs: Math.round(searchMs),
    clickMs: medians(clicks).frameMs,
    searchPickMs: medians(picks).frameMs,
    legendToggleMs: medians(toggles).frameMs,
    filterMs: medians(filters).frameMs,
    canvas: { click: medians(clicks).canvasMs, searchPick: medians(picks).canvasMs, legendToggle: medians(toggles).canvasMs, filter: medians(filters).canvasMs },
    cpu: { click: medians(clicks).cpuMs, searchPick: medians(picks).cpuMs, legendToggle: medians(toggles).cpuMs, filter: medians(filters).cpuMs },
    heapMB: round(heap.usedSize / 2 ** 20),
    loadAverage: round(loadavg()[0] ?? Number.NaN),
  };
}

async function main(): Promise<void> {
  const appDir = viewerAppDir();
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-bench-viewer-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results: Result[] = [];
  try {
    // Sizes can be given on the command line: node dist/bench/viewer.js 10000 50000
    const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
    for (const order of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
      const text = syntheticGraph(order, order);
      const file = join(dir, `graph-${order}.json`);
      writeFileSync(file, text);
      const graph = await loadGraph(file);
      const server = await startViewerServer({ graph, appDir, settings: { port: 0 } });
      // A context of its own gives the page a fresh renderer process, so its CPU time is its own.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        const result = await measure(page, server.url, graph.graph.order, graph.graph.size, text.length / 2 ** 20);
        // Figures from a page that threw would measure a broken viewer.
        if (errors.length > 0) throw new Error(`the viewer threw on ${order} nodes: ${errors.join('; ')}`);
        results.push(result);
        process.stdout.write(`${JSON.stringify(result)}\n`);
      } finally {
        await context.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // Each interaction: next frame / canvas redrawn (main-thread CPU).
  const header = '| nodes | edges | load | first frame (main-thread CPU) | click → panel | search pick | legend toggle | filter | heap | pan / zoom frame median |';
  const cell = (frame: number, canvas: number, cpu: number): string => `${frame} / ${canvas} ms (${cpu} ms)`;
  const rows = results.map(
    (r) =>
      `| ${r.nodes} | ${r.edges} | ${r.loadAverage} | ${r.firstFrameMs} ms (${r.firstFrameCpuMs} ms) | ${cell(r.clickMs, r.canvas.click, r.cpu.click)} | ${cell(r.searchPickMs, r.canvas.searchPick, r.cpu.searchPick)} | ${cell(r.legendToggleMs, r.canvas.legendToggle, r.cpu.legendToggle)} | ${cell(r.filterMs, r.canvas.filter, r.cpu.filter)} | ${r.heapMB} MB | ${r.panFrameMedianMs} / ${r.zoomFrameMedianMs} ms |`,
  );
  process.stdout.write(`\n${header}\n|---|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
  mkdirSync(join('bench', 'results'), { recursive: true });
  writeFileSync(join('bench', 'results', 'viewer.json'), `${JSON.stringify({ chromium: CHROMIUM, args: ARGS, results }, null, 2)}\n`);
}

// Run as a script; imported (to profile one interaction) it only provides the graphs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
