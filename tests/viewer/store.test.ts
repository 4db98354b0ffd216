// The explorer's view state without a browser: every change, what derives from it, and which
// subscribers hear of it (a component redraws only when its slice changed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStoreState, type StoreChange, type StoreState, ViewStore } from '../../viewer/app/src/store.js';
import { graphFromSerialized, parseGraphFile } from '../../viewer/shared/graph-file.js';
import type { ViewerGraph } from '../../viewer/shared/article-view.js';

const WANGJING = 'Union:望京街道总工会';

function fixture(): ViewerGraph {
  return graphFromSerialized(parseGraphFile(readFileSync(join('tests', 'fixtures', 'viewer', 'graph.json'), 'utf8'), 'graph.json'));
}

/** The fixture with article a dated in March 2024 and article b known only to July 2024; evidence carries its article's date. */
function datedFixture(): ViewerGraph {
  const graph = fixture();
  const dates: Record<string, string> = { 'Article:fixture_a.txt#1': '2024-03-05', 'Article:fixture_b.txt#1': '2024-07' };
  for (const [article, date] of Object.entries(dates)) graph.setNodeAttribute(article, 'date', date);
  graph.forEachEdge((edge, attrs) => {
    graph.setEdgeAttribute(
      edge,
      'evidence',
      attrs.evidence.map((ev) => ({ ...ev, date: dates[ev.article] })),
    );
  });
  return graph;
}

/** The nodes that evidence from these articles supports, found the slow way. */
function supportedBy(graph: ViewerGraph, articles: string[]): string[] {
  const nodes = new Set(articles);
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (attrs.evidence.some((ev) => articles.includes(ev.article))) nodes.add(source).add(target);
  });
  return [...nodes].sort();
}

function watched(store: ViewStore): StoreChange[] {
  const seen: StoreChange[] = [];
  store.subscribe((change) => seen.push(change));
  return seen;
}

describe('ViewStore', () => {
  it('starts with everything visible, sizes for every node and no path, hover or search', () => {
    const store = new ViewStore(fixture());
    expect(store.visible).toBeNull();
    expect(store.shownCount()).toBe(17);
    expect(store.visibleEdgeCount).toBe(30);
    expect(store.path).toBeNull();
    expect(store.searchHits).toEqual([]);
    // The hub is drawn bigger than a leaf.
    expect(store.size('Article:fixture_a.txt#1')).toBeGreaterThan(store.size('Person:李明'));
  });

  it('a selection touches the old and new node only, and recomputes no visible set', () => {
    const store = new ViewStore(fixture());
    const seen = watched(store);
    store.update({ selected: WANGJING });
    store.update({ selected: 'Person:王芳' });
    expect(seen.map((c) => [...c.keys])).toEqual([['selected'], ['selected']]);
    expect(seen[1]?.visibility).toBe(false);
    expect([...(seen[1]?.touched ?? [])].sort()).toEqual(['Person:王芳', WANGJING].sort());
    expect(store.state.selected).toBe('Person:王芳');
  });

  it('drops a selection the graph does not have', () => {
    const store = new ViewStore(fixture());
    store.update({ selected: 'Person:nobody' });
    expect(store.state.selected).toBeNull();
  });

  it('tells no one when a change changes nothing (same value, equal set)', () => {
    const store = new ViewStore(fixture());
    const seen = watched(store);
    expect(store.update({ hiddenLabels: new Set(), lang: 'zh' })).toBeNull();
    expect(seen).toEqual([]);
  });

  it('a legend toggle hides that label, lists exactly the flipped nodes and counts the edges left', () => {
    const store = new ViewStore(fixture());
    const seen = watched(store);
    store.update({ hiddenLabels: new Set(['Article']) });
    expect(store.shownCount()).toBe(15);
    expect(seen[0]?.changedNodes.sort()).toEqual(['Article:fixture_a.txt#1', 'Article:fixture_b.txt#1']);
    // 30 edges less the 15 MENTIONS and the one REPORTED that touch an article.
    expect(store.visibleEdgeCount).toBe(14);
    store.update({ hiddenLabels: new Set() });
    expect(store.visible).toBeNull();
    expect(seen[1]?.changedNodes).toHaveLength(2);
  });

  it('filters by district (ties, or the district attribute of older files), community and minimum degree', () => {
    const store = new ViewStore(fixture());
    store.update({ district: '海淀区' });
    expect(store.shownCount()).toBe(6);
    store.update({ district: null, community: 1 });
    expect(store.shownCount()).toBe(8);
    store.update({ community: null, minDegree: 5 });
    expect([...(store.visible ?? [])].sort()).toEqual(['Article:fixture_a.txt#1', 'Article:fixture_b.txt#1', WANGJING]);
  });

  it('keeps the count of shown edges right through a run of filters, each recounted from the flipped nodes only', () => {
    const graph = datedFixture();
    const store = new ViewStore(graph);
    const fromScratch = (): number => graph.filterEdges((edge, _attrs, source, target) => store.isVisible(source) && store.isVisible(target) && store.inWindow(edge)).length;
    const steps: Partial<StoreState>[] = [
      // Both ends of the person–union edges flip at once.
      { hiddenLabels: new Set(['Person', 'Union']) },
      { hiddenLabels: new Set(['Person']) },
      { minDegree: 3 },
      { hiddenLabels: new Set(['Person', 'Article']) },
      { hiddenLabels: new Set(), hiddenNodes: new Set([WANGJING, 'Person:张伟']) },
      { timeWindow: { since: '2024-03-01', until: '2024-03-31' } },
      { minDegree: 0 },
      { onlyNodes: new Set([WANGJING, 'Person:王芳', 'Article:fixture_a.txt#1']), hiddenNodes: new Set() },
      { onlyNodes: null, timeWindow: null },
    ];
    for (const step of steps) {
      store.update(step);
      expect(store.visibleEdgeCount).toBe(fromScratch());
    }
    expect(store.visibleEdgeCount).toBe(30);
  });

  it('keeps what a district tie names even when the node has no district of its own', () => {
    const graph = fixture();
    graph.setNodeAttribute('Person:李明', 'districts', [{ district: '朝阳区', via: ['Article:fixture_a.txt#1', 'District:朝阳区'] }]);
    const store = new ViewStore(graph);
    store.update({ district: '朝阳区' });
    expect(store.isVisible('Person:李明')).toBe(true);
    expect(store.districts().get('朝阳区')?.size).toBe(8);
  });

  it('hides single nodes, shows only some, and intersects with an ego network that follows the selection', () => {
    const store = new ViewStore(fixture());
    store.update({ hiddenNodes: new Set([WANGJING]) });
    expect(store.isVisible(WANGJING)).toBe(false);
    expect(store.shownCount()).toBe(16);
    store.update({ hiddenNodes: new Set(), onlyNodes: new Set(['Person:王芳', 'Person:张伟', WANGJING]) });
    expect(store.shownCount()).toBe(3);
    store.update({ onlyNodes: null, selected: 'Person:张伟', egoHops: 1 });
    expect([...(store.visible ?? [])].sort()).toEqual(['Article:fixture_a.txt#1', 'Initiative:职工技能大赛', 'Person:张伟', 'Union:朝阳区总工会'].sort());
    const seen = watched(store);
    store.update({ selected: 'Person:王芳' });
    expect(seen[0]?.visibility).toBe(true);
    expect(store.isVisible(WANGJING)).toBe(true);
  });

  it('traces the shortest path with the relation of each hop, through what is visible', () => {
    const store = new ViewStore(fixture());
    store.update({ pathFrom: 'Person:王芳', pathTo: 'Person:张伟' });
    expect(store.path?.map((h) => h.to)).toEqual(['Article:fixture_a.txt#1', 'Person:张伟']);
    store.update({ hiddenLabels: new Set(['Article']) });
    const hops = store.path ?? [];
    expect(hops.map((h) => store.graph.getEdgeAttribute(h.edge, 'type'))).toEqual(['MEMBER_OF', 'SUBORDINATE_TO', 'MEMBER_OF']);
    expect(store.pathNodes.has(WANGJING)).toBe(true);
    expect(store.pathEdges.size).toBe(3);
    store.update({ pathTo: null });
    expect(store.path).toBeNull();
  });

  it('hover gives the neighbourhood and touches the old and new neighbourhoods', () => {
    const store = new ViewStore(fixture());
    const seen = watched(store);
    store.update({ hovered: 'Person:王芳' });
    expect([...store.hoverNeighbors].sort()).toEqual(['Article:fixture_a.txt#1', WANGJING].sort());
    store.update({ hovered: null });
    expect(store.hoverNeighbors.size).toBe(0);
    expect(seen[1]?.touched.has(WANGJING)).toBe(true);
  });

  it('search keeps every hit and forces labels on the best ones only', () => {
    const store = new ViewStore(fixture());
    store.update({ search: '总工会' });
    expect(store.searchHits.length).toBeGreaterThanOrEqual(3);
    expect(store.searchHits[0]?.label).toBe('Union');
    expect(store.searchTop.has(WANGJING)).toBe(true);
    store.update({ search: '' });
    expect(store.searchTop.size).toBe(0);
  });

  it('size by degree changes sizes and says so; unsubscribe stops the calls', () => {
    const store = new ViewStore(fixture(), { sizeBy: 'pagerank' });
    const seen: StoreChange[] = [];
    const stop = store.subscribe((change) => seen.push(change));
    const before = store.size('Person:李明');
    store.update({ sizeBy: 'degree' });
    expect(seen[0]?.sizes).toBe(true);
    expect(store.size('Person:李明')).not.toBe(before);
    stop();
    store.update({ sizeBy: 'pagerank' });
    expect(seen).toHaveLength(1);
  });

  it('computes communities once for files without them', () => {
    const graph = fixture();
    graph.forEachNode((node) => graph.removeNodeAttribute(node, 'community'));
    const store = new ViewStore(graph);
    expect(store.hasStoredCommunities()).toBe(false);
    expect(store.community('Person:王芳')).toBe(store.community(WANGJING));
  });

  it('a time window shows only what evidence dated in it supports, and hides the edges it does not', () => {
    const graph = datedFixture();
    const store = new ViewStore(graph);
    expect(store.dated).toBe(true);
    const seen = watched(store);
    store.update({ timeWindow: { since: '2024-03-01', until: '2024-03-31' } });
    const march = supportedBy(graph, ['Article:fixture_a.txt#1']);
    expect([...(store.visible ?? [])].sort()).toEqual(march);
    expect(store.isVisible('Article:fixture_b.txt#1')).toBe(false);
    expect(march.length).toBeLessThan(graph.order);
    // Exactly the nodes that left are reported, so the canvas redraws only them.
    expect(seen[0]?.changedNodes.sort()).toEqual(graph.filterNodes((n) => !march.includes(n)).sort());
    // An edge is shown only when its own evidence is in the window, even between two shown nodes.
    const shownEdges = graph.filterEdges((edge, attrs, source, target) => store.isVisible(source) && store.isVisible(target) && store.inWindow(edge));
    expect(shownEdges.every((e) => graph.getEdgeAttribute(e, 'evidence').some((ev) => ev.article === 'Article:fixture_a.txt#1'))).toBe(true);
    expect(store.visibleEdgeCount).toBe(shownEdges.length);
  });

  it('a month-only article date falls in any window that overlaps its month; the window combines with other filters', () => {
    const graph = datedFixture();
    const store = new ViewStore(graph, { timeWindow: { since: '2024-07-20', until: '2024-08-31' } });
    expect([...(store.visible ?? [])].sort()).toEqual(supportedBy(graph, ['Article:fixture_b.txt#1']));
    store.update({ hiddenLabels: new Set(['Article']) });
    expect(store.isVisible('Article:fixture_b.txt#1')).toBe(false);
    expect(store.shownCount()).toBe(supportedBy(graph, ['Article:fixture_b.txt#1']).length - 1);
    store.update({ hiddenLabels: new Set(), timeWindow: { since: '2023-01-01', until: '2023-12-31' } });
    expect(store.shownCount()).toBe(0);
    expect(store.visibleEdgeCount).toBe(0);
    store.update({ timeWindow: null });
    expect(store.visible).toBeNull();
    expect(store.visibleEdgeCount).toBe(graph.size);
  });

  it('counts dated articles per month, every month from the first to the last', () => {
    const store = new ViewStore(datedFixture());
    expect(store.articleMonths()).toEqual([
      { month: '2024-03', count: 1 },
      { month: '2024-04', count: 0 },
      { month: '2024-05', count: 0 },
      { month: '2024-06', count: 0 },
      { month: '2024-07', count: 1 },
    ]);
  });

  it('an undated graph has no time window: one given is dropped and changes nothing', () => {
    const store = new ViewStore(fixture(), { timeWindow: { since: '2024-03-01', until: '2024-03-31' } });
    expect(store.dated).toBe(false);
    expect(store.state.timeWindow).toBeNull();
    expect(store.visible).toBeNull();
    expect(store.update({ timeWindow: { since: '2024-01-01', until: '2024-12-31' } })).toBeNull();
    expect(store.articleMonths()).toEqual([]);
    expect(defaultStoreState().timeWindow).toBeNull();
  });
});

describe('ViewStore while the explorer edits (serve --curate)', () => {
  it('while an edit waits for a second node, selecting one chooses it, the panel stays, and deselecting cancels', () => {
    const store = new ViewStore(fixture());
    store.update({ selected: WANGJING });
    store.update({ choosing: { purpose: 'merge', chosen: null } });
    const seen = watched(store);
    store.update({ selected: 'Union:朝阳区总工会', hovered: null });
    expect(store.state.selected).toBe(WANGJING);
    expect(store.state.choosing).toEqual({ purpose: 'merge', chosen: 'Union:朝阳区总工会' });
    expect([...(seen[0]?.keys ?? [])]).toEqual(['choosing']);
    store.update({ selected: null });
    expect(store.state.selected).toBe(WANGJING);
    expect(store.state.choosing).toBeNull();
    // With nothing selected there is nothing to edit.
    store.update({ selected: null });
    store.update({ choosing: { purpose: 'relation', chosen: null } });
    expect(store.state.choosing).toBeNull();
  });

  it('after the graph is replaced, takes every derived set again, drops gone nodes from the view state, and keeps the camera where it is', () => {
    const graph = fixture();
    const store = new ViewStore(graph, { picked: new Set(['Union:朝阳区总工会', 'Person:王芳']), pathFrom: 'Union:朝阳区总工会', pathTo: 'Person:王芳' });
    store.update({ selected: 'Union:朝阳区总工会', choosing: { purpose: 'merge', chosen: WANGJING } });
    const seen = watched(store);
    // What a merge of 朝阳区总工会 into 望京街道总工会 leaves: one node fewer, its name an alias.
    graph.dropNode('Union:朝阳区总工会');
    graph.setNodeAttribute(WANGJING, 'aliases', ['望京街道工会', '朝阳区总工会']);
    graph.addDirectedEdgeWithKey('MEMBER_OF:Person:张伟->Union:望京街道总工会', 'Person:张伟', WANGJING, { type: 'MEMBER_OF', weight: 1, evidence: [] });

    const change = store.graphReplaced(WANGJING);
    expect(seen).toEqual([change]);
    expect(change.graph).toBe(true);
    expect(change.visibility).toBe(false);
    expect(store.state.selected).toBe(WANGJING);
    expect(store.state.choosing).toBeNull();
    expect([...store.state.picked]).toEqual(['Person:王芳']);
    expect(store.state.pathFrom).toBeNull();
    expect(store.path).toBeNull();
    expect(store.degree(WANGJING)).toBe(graph.degree(WANGJING));
    expect(store.degree('Union:朝阳区总工会')).toBe(0);
    expect(store.shownCount()).toBe(16);
    store.update({ search: '朝阳区总工会' });
    expect(store.searchHits[0]).toMatchObject({ node: WANGJING, via: '朝阳区总工会' });
  });
});

describe('ViewStore: the multi-selection', () => {
  const WANGFANG = 'Person:王芳';
  const ZHANGWEI = 'Person:张伟';

  it('Shift-click adds and removes a node, touching only that node; a node the graph lacks is ignored', () => {
    const store = new ViewStore(fixture());
    const seen = watched(store);
    store.togglePicked(WANGFANG);
    store.togglePicked(ZHANGWEI);
    expect([...store.state.picked].sort()).toEqual([WANGFANG, ZHANGWEI].sort());
    expect([...(seen[1]?.touched ?? [])].sort()).toEqual([WANGFANG, ZHANGWEI].sort());
    expect(seen[1]?.visibility).toBe(false);
    store.togglePicked(WANGFANG);
    expect([...store.state.picked]).toEqual([ZHANGWEI]);
    store.togglePicked('Person:nobody');
    expect(seen).toHaveLength(3);
  });

  it('a box adds only the visible nodes among those it covers', () => {
    const store = new ViewStore(fixture());
    store.update({ hiddenLabels: new Set(['Article']) });
    store.addPicked([WANGFANG, 'Article:fixture_a.txt#1', WANGJING]);
    expect([...store.state.picked].sort()).toEqual([WANGFANG, WANGJING].sort());
    store.addPicked([ZHANGWEI]);
    expect(store.state.picked.size).toBe(3);
  });

  it('“show only these” leaves exactly the picked nodes and combines with the other filters; “show every node” undoes it', () => {
    const store = new ViewStore(fixture());
    store.addPicked([WANGFANG, ZHANGWEI, WANGJING]);
    store.showOnlyPicked();
    expect([...(store.visible ?? [])].sort()).toEqual([WANGFANG, ZHANGWEI, WANGJING].sort());
    // Edges between shown nodes only: 王芳 → 望京街道总工会.
    expect(store.visibleEdgeCount).toBe(1);
    store.update({ hiddenLabels: new Set(['Union']) });
    expect([...(store.visible ?? [])].sort()).toEqual([WANGFANG, ZHANGWEI].sort());
    store.update({ hiddenLabels: new Set() });
    store.showEveryNode();
    expect(store.visible).toBeNull();
  });

  it('“hide these” hides the picked nodes, keeps what was hidden before and empties the selection', () => {
    const store = new ViewStore(fixture());
    store.update({ hiddenNodes: new Set(['Person:李明']) });
    store.addPicked([WANGFANG, ZHANGWEI]);
    store.hidePicked();
    expect(store.shownCount()).toBe(14);
    for (const node of ['Person:李明', WANGFANG, ZHANGWEI]) expect(store.isVisible(node)).toBe(false);
    expect(store.state.picked.size).toBe(0);
  });

  it('“expand neighbours” adds the neighbours the filters let through, and shows them under “show only these”', () => {
    const store = new ViewStore(fixture());
    store.update({ hiddenLabels: new Set(['Article']) });
    store.addPicked([ZHANGWEI]);
    store.showOnlyPicked();
    expect(store.shownCount()).toBe(1);
    store.expandPicked();
    const expected = [ZHANGWEI, 'Union:朝阳区总工会', 'Initiative:职工技能大赛'].sort();
    expect([...store.state.picked].sort()).toEqual(expected);
    expect([...(store.visible ?? [])].sort()).toEqual(expected);
    store.clearPicked();
    expect(store.state.picked.size).toBe(0);
    expect(store.shownCount()).toBe(3);
  });
});
