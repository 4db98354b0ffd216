// Editing the graph in the explorer (`serve --curate`), in Chromium, on the seeds and the curation
// fixture page (which holds one likely duplicate): a merge picked in the panel, its undo, a
// suggestion accepted, a rename, a refused edit, every other edit, and no edit control at all
// without --curate.
// Every edit is drawn into the shown graph without a reload and lands in corrections.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_1, SHORT_UNION, STREET_UNION } from '../graph/curate/fixture.js';
import { artifactPath, chromiumSkipReason, launchChromium, waitForViewer, watchPage } from './browser.js';
import { serveBuiltGraph, type ServedGraph } from './served-graph.js';

const FROM = 'Union:拱辰街道总工会';
const INTO = 'Union:房山区拱辰街道工会服务站';
const RENAMED_FROM = 'Organization:朝阳企联';
const RENAMED_TO = 'Organization:朝阳区企业联合会';

interface StoredCorrection {
  id: string;
  op: string;
  by: string;
  reason: string;
  args: Record<string, { id: string } | string | string[]>;
}

describe.skipIf(chromiumSkipReason)('editing in the explorer, in Chromium', () => {
  let curated: ServedGraph;
  let plain: ServedGraph;
  let browser: Browser;

  beforeAll(async () => {
    curated = await serveBuiltGraph('gonghui-kg-curate-ui-', ['seeds', PAGE_1], { curate: true });
    plain = await serveBuiltGraph('gonghui-kg-curate-ui-plain-', ['seeds']);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await curated?.close();
    await plain?.close();
  });

  async function open(served: ServedGraph): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = watchPage(page);
    await page.goto(served.server.url);
    await waitForViewer(page);
    return { page, seen };
  }

  const corrections = (): StoredCorrection[] => {
    const text = readFileSync(join(curated.dir, 'corrections.json'), 'utf8');
    return (JSON.parse(text) as { corrections: StoredCorrection[] }).corrections;
  };
  const hasNode = (page: Page, node: string): Promise<boolean> => page.evaluate(`window.gonghui.store.graph.hasNode(${JSON.stringify(node)})`) as Promise<boolean>;
  const selected = (page: Page): Promise<string | null> => page.evaluate('window.gonghui.store.state.selected') as Promise<string | null>;
  const camera = (page: Page): Promise<unknown> => page.evaluate('window.gonghui.sigma.getCamera().getState()');

  /** Opens a node's panel through the search box. */
  async function select(page: Page, name: string): Promise<void> {
    await page.locator('[data-testid=search]').fill(name);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=panel-name]').textContent()).toBe(name);
    await settled(page);
  }

  /** Waits until the camera, which a search pick sends to its node on the next frame, stops moving. */
  async function settled(page: Page): Promise<void> {
    await page.waitForTimeout(100);
    await expect.poll(() => page.evaluate('window.gonghui.sigma.getCamera().isAnimated()')).toBe(false);
  }

  /** Where a node is drawn, in page pixels. */
  async function nodeAt(page: Page, node: string): Promise<{ x: number; y: number }> {
    const box = await page.locator('[data-testid=graph]').boundingBox();
    const at = (await page.evaluate(`(() => { const s = window.gonghui.sigma; return s.framedGraphToViewport(s.getNodeDisplayData(${JSON.stringify(node)})); })()`)) as { x: number; y: number };
    return { x: (box?.x ?? 0) + at.x, y: (box?.y ?? 0) + at.y };
  }

  /** A node drawn left of the panel, well clear of every other node, so that a click there hits it. */
  async function clearNodeOnScreen(page: Page, not: string): Promise<string> {
    const found = await page.evaluate(`(() => {
      const s = window.gonghui.sigma;
      const free = document.querySelector('[data-testid=dock]').getBoundingClientRect().left - document.querySelector('[data-testid=graph]').getBoundingClientRect().left;
      const { height } = s.getDimensions();
      const points = s.getGraph().nodes().map((n) => [n, s.framedGraphToViewport(s.getNodeDisplayData(n))]);
      const inside = points.filter(([n, p]) => n !== ${JSON.stringify(not)} && p.x > 40 && p.x < free - 40 && p.y > 40 && p.y < height - 40);
      const clear = inside.find(([n, p]) => points.every(([m, q]) => m === n || Math.hypot(p.x - q.x, p.y - q.y) > 30));
      return clear ? clear[0] : null;
    })()`);
    expect(found).not.toBeNull();
    return found as string;
  }

  it('merges a node into one picked in the graph or the search box, in place, and undoes it', async () => {
    const { page, seen } = await open(curated);
    await page.evaluate('window.notReloaded = true');
    expect(await page.locator('[data-testid=curate-panel]').isVisible()).toBe(true);
    await select(page, '拱辰街道总工会');

    // A click on another node picks it as the target; Esc cancels, the panel stays on the node being edited.
    await page.locator('[data-testid=edit-merge]').click();
    await expect(page.locator('[data-testid=edit-choose]').textContent()).resolves.toContain('拱辰街道总工会');
    const target = await clearNodeOnScreen(page, FROM);
    const other = await nodeAt(page, target);
    await page.mouse.click(other.x, other.y);
    const targetName = (await page.evaluate(`window.gonghui.store.graph.getNodeAttribute(${JSON.stringify(target)}, 'name')`)) as string;
    await expect(page.locator('[data-testid=edit-confirm]').textContent()).resolves.toContain(targetName);
    expect(await selected(page)).toBe(FROM);
    await page.screenshot({ path: artifactPath('curate-1-merge-picked.png') });
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=edit-form]').count()).resolves.toBe(0);
    expect(await selected(page)).toBe(FROM);

    // Picked through the search box this time, then confirmed with a reason.
    await page.locator('[data-testid=edit-merge]').click();
    await page.locator('[data-testid=search]').fill('房山区拱辰街道工会服务站');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid=edit-confirm]').textContent()).resolves.toContain('房山区拱辰街道工会服务站');
    await settled(page);
    const before = await camera(page);
    const order = (await page.evaluate('window.gonghui.store.graph.order')) as number;
    await page.locator('[data-testid=edit-form] [data-testid=edit-reason]').fill('同一个街道工会');
    await page.locator('[data-testid=edit-submit]').click();
    await expect.poll(() => page.locator('[data-testid=correction]').count()).toBe(1);

    expect(await hasNode(page, FROM)).toBe(false);
    expect(await selected(page)).toBe(INTO);
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe('房山区拱辰街道工会服务站');
    await expect(page.locator('#panel .aliases').textContent()).resolves.toContain('拱辰街道总工会');
    expect(await camera(page)).toEqual(before);
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    await expect(page.locator('[data-testid=status]').textContent()).resolves.toMatch(new RegExp(`^${order - 1}/${order - 1} `));
    const [merge] = corrections();
    expect(merge).toMatchObject({ id: 'c1', op: 'merge', by: 'tester', reason: '同一个街道工会' });
    expect(merge?.args.from).toMatchObject({ id: FROM });
    expect(merge?.args.into).toMatchObject({ id: INTO });
    await expect(page.locator('[data-testid=correction]').first().textContent()).resolves.toMatch(/c1.*合并.*tester.*同一个街道工会/);
    await page.screenshot({ path: artifactPath('curate-2-merged.png') });

    await page.locator('[data-testid=correction-undo]').click();
    await expect.poll(() => page.locator('[data-testid=correction]').count()).toBe(0);
    expect(await hasNode(page, FROM)).toBe(true);
    expect(corrections()).toEqual([]);
    expect(await selected(page)).toBe(INTO);
    await expect(page.locator('#panel .aliases').textContent()).resolves.not.toContain('拱辰街道总工会');
    await expect(page.locator('[data-testid=status]').textContent()).resolves.toMatch(new RegExp(`^${order}/${order} `));
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    await page.screenshot({ path: artifactPath('curate-3-undone.png') });
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    await page.close();
  });

  it('accepts a suggested merge from the sidebar', async () => {
    const { page, seen } = await open(curated);
    const suggestion = page.locator('[data-testid=suggestion]');
    await expect.poll(() => suggestion.count()).toBe(1);
    await expect(suggestion.textContent()).resolves.toMatch(/望京街道总工会.*朝阳区望京街道总工会/);
    await suggestion.locator('[data-testid=suggestion-accept]').click();
    await expect.poll(() => page.locator('[data-testid=suggestion]').count()).toBe(0);
    expect(await hasNode(page, SHORT_UNION)).toBe(false);
    expect(corrections().map((c) => [c.op, (c.args.from as { id: string }).id, (c.args.into as { id: string }).id])).toEqual([['merge', SHORT_UNION, STREET_UNION]]);
    await expect(page.locator('[data-testid=curate-notice]').textContent()).resolves.toContain('c1');
    await page.screenshot({ path: artifactPath('curate-4-suggestion.png') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('renames a node, the panel following it, and shows a refused edit without changing anything', async () => {
    const { page, seen } = await open(curated);
    await select(page, '朝阳企联');
    await page.locator('[data-testid=edit-rename]').click();
    await page.locator('[data-testid=edit-name]').fill('朝阳区企业联合会');
    await page.locator('[data-testid=edit-submit]').click();
    await expect.poll(() => selected(page)).toBe(RENAMED_TO);
    expect(await hasNode(page, RENAMED_FROM)).toBe(false);
    await expect(page.locator('[data-testid=panel-name]').textContent()).resolves.toBe('朝阳区企业联合会');
    await expect(page.locator('#panel .aliases').textContent()).resolves.toContain('朝阳企联');
    expect(corrections().at(-1)).toMatchObject({ op: 'rename', args: { node: { id: RENAMED_FROM }, name: '朝阳区企业联合会' } });

    // A rename onto a node that exists is refused by the server: its message shows, nothing moves.
    const count = corrections().length;
    await select(page, '浙江工匠学院');
    await page.locator('[data-testid=edit-rename]').click();
    await page.locator('[data-testid=edit-name]').fill('首都工匠学院');
    await page.locator('[data-testid=edit-submit]').click();
    await expect(page.locator('[data-testid=edit-error]').textContent()).resolves.toContain('already exists; merge');
    expect(await hasNode(page, 'Organization:浙江工匠学院')).toBe(true);
    expect(await selected(page)).toBe('Organization:浙江工匠学院');
    expect(corrections()).toHaveLength(count);
    await page.screenshot({ path: artifactPath('curate-5-refused.png') });
    await page.locator('[data-testid=lang]').click();
    await expect(page.locator('[data-testid=curate-panel] h2').textContent()).resolves.toBe('Editing the graph');
    await expect(page.locator('[data-testid=edit-rename]').textContent()).resolves.toBe('Rename…');
    await page.screenshot({ path: artifactPath('curate-5-english.png') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('retypes, splits an alias off, adds a relation to a node picked by search and drops it, and drops a node', async () => {
    const { page, seen } = await open(curated);
    const start = corrections().length;
    await select(page, '北京市总工会职工服务中心');
    await page.locator('[data-testid=edit-retype]').click();
    await page.locator('[data-testid=edit-type]').selectOption('Union');
    await page.locator('[data-testid=edit-submit]').click();
    await expect.poll(() => selected(page)).toBe('Union:北京市总工会职工服务中心');
    await expect(page.locator('#panel .badge').textContent()).resolves.toBe('工会');

    await select(page, '门头沟区东辛房街道总工会');
    await page.locator('[data-testid=edit-split]').click();
    await page.locator('[data-testid=edit-aliases] input[value="东辛房街道总工会"]').check();
    await expect(page.locator('[data-testid=edit-name]').inputValue()).resolves.toBe('东辛房街道总工会');
    await page.locator('[data-testid=edit-submit]').click();
    await expect.poll(() => hasNode(page, 'Union:东辛房街道总工会')).toBe(true);
    await expect(page.locator('#panel .aliases').textContent()).resolves.not.toContain('、东辛房街道总工会');

    await page.locator('[data-testid=edit-relation]').click();
    await page.locator('[data-testid=edit-type]').selectOption('ORGANIZED');
    await page.locator('[data-testid=search]').fill('劳模工匠大讲堂');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid=edit-chosen]').textContent()).resolves.toBe('劳模工匠大讲堂');
    await page.locator('[data-testid=edit-role]').fill('主办');
    await page.locator('[data-testid=edit-form] [data-testid=edit-reason]').fill('新闻稿写明主办');
    await page.locator('[data-testid=edit-submit]').click();
    const organized = page.locator('[data-testid=relations-ORGANIZED] li', { hasText: '劳模工匠大讲堂' });
    await expect.poll(() => organized.count()).toBe(1);
    await expect(organized.textContent()).resolves.toContain('主办');
    await page.screenshot({ path: artifactPath('curate-6-relation.png') });
    await organized.locator('[data-testid=relation-drop]').click();
    await organized.locator('[data-testid=relation-drop-confirm]').click();
    await expect.poll(() => page.locator('[data-testid=relations-ORGANIZED] li', { hasText: '劳模工匠大讲堂' }).count()).toBe(0);
    // Undoing the added relation leaves its drop nothing to drop: the drop is listed as stale.
    const added = page.locator('[data-testid=correction]', { hasText: '添加关系' });
    await added.locator('[data-testid=correction-undo]').click();
    await expect(page.locator('[data-testid=correction]', { hasText: '删除关系' }).locator('[data-testid=correction-stale]').textContent()).resolves.toContain('there is no ORGANIZED (主办) relation');
    await page.screenshot({ path: artifactPath('curate-7-stale.png') });

    await select(page, '东辛房街道总工会');
    await page.locator('[data-testid=edit-drop]').click();
    await expect(page.locator('[data-testid=edit-confirm]').textContent()).resolves.toContain('东辛房街道总工会');
    await page.locator('[data-testid=edit-submit]').click();
    await expect.poll(() => hasNode(page, 'Union:东辛房街道总工会')).toBe(false);
    await expect(page.locator('[data-testid=panel]').isHidden()).resolves.toBe(true);

    const made = corrections().slice(start);
    expect(made.map((c) => c.op)).toEqual(['retype', 'split', 'relation-drop', 'drop']);
    expect(made[2]).toMatchObject({ args: { from: { id: 'Union:门头沟区东辛房街道总工会' }, type: 'ORGANIZED', to: { id: 'Initiative:劳模工匠大讲堂' }, role: '主办' } });
    await expect.poll(() => page.locator('[data-testid=correction]').count()).toBe(start + 4);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('shows no edit control without --curate', async () => {
    const { page } = await open(plain);
    await select(page, '朝阳企联');
    await expect(page.locator('[data-testid=panel]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid=node-editor]').count()).toBe(0);
    expect(await page.locator('[data-testid=curate-panel]').count()).toBe(0);
    expect(await page.locator('[data-testid=relation-drop]').count()).toBe(0);
    await page.close();
  });
});
