// The Cypher panel against a real Neo4j holding the viewer fixture: table, subgraph, and the
// read-only refusal, all through the browser and the server's endpoint.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDriver } from '../../graph/neo4j/connection.js';
import { loadRows } from '../../graph/neo4j/load.js';
import { nodeRows, relationshipRows } from '../../graph/neo4j/rows.js';
import { loadGraph as loadStoredGraph } from '../../graph/store/json.js';
import { viewerAppDir } from '../../viewer/server/app-dir.js';
import { neo4jCypherRunner } from '../../viewer/server/cypher.js';
import { loadGraph } from '../../viewer/server/graph-source.js';
import { startViewerServer, type RunningViewerServer } from '../../viewer/server/server.js';
import { neo4jSkipReason, startTestNeo4j, type TestNeo4j } from '../helpers/neo4j.js';
import { artifactPath, chromiumSkipReason, launchChromium, waitForViewer, watchPage } from './browser.js';

const FIXTURE = join('tests', 'fixtures', 'viewer', 'graph.json');

describe.skipIf(chromiumSkipReason ?? neo4jSkipReason)('the Cypher panel with a real Neo4j', () => {
  let neo: TestNeo4j;
  let server: RunningViewerServer;
  let limited: RunningViewerServer;
  let browser: Browser;

  beforeAll(async () => {
    neo = await startTestNeo4j();
    const graph = loadStoredGraph(FIXTURE);
    await withDriver(neo.config, (driver) => loadRows(driver, neo.config, nodeRows(graph), relationshipRows(graph)));
    server = await startViewerServer({ graph: await loadGraph(FIXTURE), appDir: viewerAppDir(), cypher: neo4jCypherRunner(neo.config), settings: { port: 0 } });
    limited = await startViewerServer({
      graph: await loadGraph(FIXTURE),
      appDir: viewerAppDir(),
      cypher: neo4jCypherRunner(neo.config),
      settings: { port: 0, cypherTimeoutMs: 1500, maxRows: 5 },
    });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await limited?.close();
    await neo?.stop();
  });

  async function runQuery(page: Page, query: string): Promise<void> {
    await page.locator('[data-testid=cypher-query]').fill(query);
    // The button is disabled while the query runs; the result is drawn when it comes back.
    await page.locator('[data-testid=cypher-run]').click();
    await page.waitForSelector('[data-testid=cypher-run]:not([disabled])');
    await page.waitForSelector('[data-testid=cypher-table], [data-testid=cypher-error]');
  }

  it('returns rows as a table and the nodes and relationships as a subgraph', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page);

    await runQuery(page, 'MATCH (u:Union) RETURN u.name AS name ORDER BY name');
    await expect(page.locator('[data-testid=cypher-table] th').allTextContents()).resolves.toEqual(['name']);
    const names = await page.locator('[data-testid=cypher-table] td').allTextContents();
    expect(names).toEqual(['北京星河科技有限公司工会', '朝阳区总工会', '望京街道总工会', '海淀区总工会'].sort());

    await runQuery(page, "MATCH (p:Person)-[r:MEMBER_OF]->(u:Union {name: '望京街道总工会'}) RETURN p, r, u");
    await expect(page.locator('[data-testid=cypher-table] tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid=cypher-table] td').first().textContent()).resolves.toContain('王芳');
    await expect(page.locator('[data-testid=cypher-graph] canvas').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('cypher.png') });

    // A node of the result subgraph is the graph's own node: clicking it selects it in the explorer.
    const at = (await page.evaluate(
      "(() => { const s = window.gonghui.cypher.sigma; const n = s.getGraph().findNode((k, a) => a.label === '王芳'); return s.framedGraphToViewport(s.getNodeDisplayData(n)); })()",
    )) as { x: number; y: number };
    const box = await page.locator('[data-testid=cypher-graph]').boundingBox();
    await page.mouse.click((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe('王芳');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('runs a README example with its parameters by Ctrl+Enter, asks for a missing parameter in its own words, and names relations in Chinese', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page);
    const examples = page.locator('[data-testid=cypher-examples]');
    await expect(examples.locator('option').count()).resolves.toBe(13);
    // 10. The people taking part in one union's initiatives, params {"union": "海淀区总工会"}.
    await examples.selectOption({ index: 10 });
    await expect(page.locator('[data-testid=cypher-params]').inputValue()).resolves.toContain('"union"');
    await page.locator('[data-testid=cypher-params]').fill('{"union": "海淀区总工会"}');
    await page.locator('[data-testid=cypher-query]').press('Control+Enter');
    await page.waitForSelector('[data-testid=cypher-table], [data-testid=cypher-error]');
    await expect(page.locator('[data-testid=cypher-table] td').allTextContents()).resolves.toEqual(['职工书屋', '[<img src=x onerror=alert(1)>]']);

    // A parameter the editor lacks: the panel says so and adds it, no "--param" advice.
    await page.locator('[data-testid=cypher-query]').fill('MATCH (u:Union {name: $name}) RETURN u.name');
    await page.locator('[data-testid=cypher-params]').fill('{}');
    await page.locator('[data-testid=cypher-run]').click();
    const error = (await page.locator('[data-testid=cypher-error]').textContent()) ?? '';
    expect(error).toContain('$name');
    expect(error).not.toContain('--param');
    await expect(page.locator('[data-testid=cypher-params]').inputValue()).resolves.toBe('{"name":""}');
    await page.locator('[data-testid=cypher-params]').fill('{"name": "望京街道总工会"}');
    await page.locator('[data-testid=cypher-params]').press('Control+Enter');
    await page.waitForSelector('[data-testid=cypher-table]');
    await expect(page.locator('[data-testid=cypher-table] td').allTextContents()).resolves.toEqual(['望京街道总工会']);
    await expect(page.locator('[data-testid=cypher-history] option').count()).resolves.toBe(3);

    await runQuery(page, "MATCH (p:Person)-[r:MEMBER_OF]->(u:Union {name: '望京街道总工会'}) RETURN p, r, u");
    const labels = await page.evaluate('(() => { const s = window.gonghui.cypher.sigma; return s.getGraph().mapEdges((e, a) => a.label); })()');
    expect(labels).toEqual(['任职于']);
    // The result docks beside the graph and Esc closes it.
    const results = await page.locator('[data-testid=cypher-results]').boundingBox();
    expect(results?.width ?? 0).toBeLessThan(1440 * 0.45);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=cypher-results]').isHidden()).resolves.toBe(true);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('refuses a query that writes, and the graph in Neo4j is unchanged', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForViewer(page);
    await runQuery(page, "CREATE (n:Union {name: 'x'}) RETURN n");
    await expect(page.locator('[data-testid=cypher-error]').textContent()).resolves.toContain('read-only');
    await runQuery(page, 'MATCH (u:Union) RETURN count(u) AS unions');
    await expect(page.locator('[data-testid=cypher-table] td').allTextContents()).resolves.toEqual(['4']);
    await page.close();
  });

  const SLOW = 'UNWIND range(1, 3000000000) AS x RETURN count(x) AS n';

  function post(base: string, query: string, signal?: AbortSignal): Promise<Response> {
    return fetch(new URL('api/cypher', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base.replace(/\/$/, '') },
      body: JSON.stringify({ query }),
      ...(signal ? { signal } : {}),
    });
  }

  async function stillRunning(): Promise<number> {
    return withDriver(neo.config, async (driver) => {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $slow RETURN count(*) AS n', { slow: SLOW }, { database: 'neo4j' });
      return Number(records[0]?.get('n'));
    });
  }

  it('stops a query at the time limit and says so', async () => {
    const started = Date.now();
    const response = await post(limited.url, SLOW);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('gonghui-kg/cypher: the query ran longer than 1.5 s and was stopped; narrow it down or add a LIMIT');
    expect(Date.now() - started).toBeLessThan(8000);
    expect(await stillRunning()).toBe(0);
  });

  it('stops the query on Neo4j when the browser goes away', async () => {
    const controller = new AbortController();
    const request = post(server.url, SLOW, controller.signal).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await stillRunning()).toBe(1);
    controller.abort();
    await request;
    // Well before the 10 s limit would stop it.
    let left = 1;
    for (let i = 0; i < 12 && left > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      left = await stillRunning();
    }
    expect(left).toBe(0);
  });

  it('shows the first rows of a big result and says that the others were left out; refuses LOAD CSV naming the rule', async () => {
    const page = await browser.newPage();
    await page.goto(limited.url);
    await waitForViewer(page);
    await runQuery(page, 'UNWIND range(1, 20) AS x RETURN x');
    await expect(page.locator('[data-testid=cypher-table] tbody tr').count()).resolves.toBe(5);
    await expect(page.locator('[data-testid=cypher-notice]').textContent()).resolves.toBe('only the first 5 rows are shown; add LIMIT or narrow the query');
    await runQuery(page, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l");
    await expect(page.locator('[data-testid=cypher-error]').textContent()).resolves.toContain('breaks the "load-csv" rule');
    await page.close();
  });
});
