// The graph of the seed pages, built by the CLI, explored in Chromium: what a first-time user sees.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningViewerServer } from '../../viewer/server/server.js';
import { serveBuiltGraph, type ServedGraph } from './served-graph.js';
import { artifactPath, chromiumSkipReason, launchChromium, pixelStats, waitForViewer, watchPage } from './browser.js';

describe.skipIf(chromiumSkipReason)('the seeds graph in Chromium', () => {
  let served: ServedGraph;
  let server: RunningViewerServer;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuiltGraph('gonghui-kg-seeds-', ['seeds']);
    server = served.server;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('renders, and “望京” and “wj” both find the 望京 street union, whose panel shows an evidence sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const seen = watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page);
    const shot = await page.locator('[data-testid=graph]').screenshot({ path: artifactPath('seeds.png') });
    const stats = await pixelStats(page, shot, [214, 39, 40]);
    expect(stats.drawn).toBeGreaterThan(0.02);
    expect(stats.near).toBeGreaterThan(100);

    const union = page.locator('[data-testid=search-result][data-node^="Union:"]', { hasText: '望京街道总工会' });
    for (const query of ['望京', 'wj']) {
      await page.locator('[data-testid=search]').fill(query);
      await expect(union.first().getAttribute('data-node'), query).resolves.toMatch(/^Union:.*望京街道总工会$/);
    }
    await union.first().click();
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toContain('望京街道总工会');
    const sentences = await page.locator('[data-testid=evidence] blockquote').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.some((s) => s.includes('望京街道总工会') && /[。！？]$/.test(s))).toBe(true);
    await page.screenshot({ path: artifactPath('seeds-wangjing.png') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
