// `export --format html`: one file that works from file:// with no server and no network.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, chromiumSkipReason, launchChromium, pixelStats, waitForViewer, watchPage } from './browser.js';

const FIXTURE = join('tests', 'fixtures', 'viewer', 'graph.json');

describe('export --format html', () => {
  let dir: string;
  let html: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-html-'));
    file = join(dir, 'graph.html');
    execFileSync(process.execPath, ['dist/cli/main.js', 'export', FIXTURE, '--format', 'html', '--out', file], { stdio: 'pipe' });
    html = readFileSync(file, 'utf8');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file with the app and the graph inline, loading nothing from elsewhere', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href="(?!data:)/);
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('<script type="application/json" id="gonghui-graph">');
    // The hostile name is inside the JSON with "<" escaped, so it cannot become markup.
    expect(html).not.toContain('<img src=x onerror=alert(1)>');
    expect(html).toContain('\\u003cimg src=x onerror=alert(1)>');
    expect(html).toContain("default-src 'none'");
  });

  it('writes the same bytes for the same graph', () => {
    const again = join(dir, 'again.html');
    execFileSync(process.execPath, ['dist/cli/main.js', 'export', FIXTURE, '--format', 'html', '--out', again], { stdio: 'pipe' });
    expect(readFileSync(again, 'utf8')).toBe(html);
  });

  describe.skipIf(chromiumSkipReason)('opened from file:// in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => browser?.close());

    it('draws the graph, searches by pinyin and shows evidence, read-only, with no request leaving the file', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const seen = watchPage(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      await waitForViewer(page);

      const shot = await page.locator('[data-testid=graph]').screenshot({ path: artifactPath('file-url.png') });
      expect((await pixelStats(page, shot, [214, 39, 40])).near).toBeGreaterThan(50);

      await page.locator('[data-testid=search]').fill('wj');
      await page.locator('[data-testid=search-result]').first().click();
      await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe('望京街道总工会');
      // The file is read-only: no edit control anywhere.
      await expect(page.locator('[data-testid=node-editor], [data-testid=curate-panel], [data-testid=relation-drop]').count()).resolves.toBe(0);
      await expect(page.locator('[data-testid=evidence] blockquote').allTextContents()).resolves.toContain('望京街道总工会主席王芳在开幕式上致辞。');
      await page.locator('[data-testid=evidence-article]').first().click();
      await expect(page.locator('[data-testid=article-text] mark').count()).resolves.toBeGreaterThan(5);

      expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.dialogs).toEqual([]);
      await page.close();
    });
  });
});
