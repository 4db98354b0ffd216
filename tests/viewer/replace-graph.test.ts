// An edit's corrected graph drawn into the graph the explorer shows: what went goes, what came
// comes, the rest takes its new attributes, and nothing the analyst was looking at moves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceGraphContents } from '../../viewer/app/src/replace-graph.js';
import type { ViewerGraph } from '../../viewer/shared/article-view.js';
import { graphFromSerialized, parseGraphFile, type ViewerSerializedGraph } from '../../viewer/shared/graph-file.js';

const WANGJING = 'Union:望京街道总工会';

function read(): ViewerSerializedGraph {
  return parseGraphFile(readFileSync(join('tests', 'fixtures', 'viewer', 'graph.json'), 'utf8'), 'graph.json');
}

/** The fixture as drawn: every node at its own spot. */
function shown(): ViewerGraph {
  const graph = graphFromSerialized(read());
  let i = 0;
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: i * 10, y: -i * 10 });
    i += 1;
  });
  return graph;
}

/** The fixture as the server sends it after renaming 望京街道总工会 to 望京街道工会 (laid out again: every position differs). */
function renamed(): ViewerSerializedGraph {
  const next = read();
  const rename = (id: string): string => (id === WANGJING ? 'Union:望京街道工会' : id);
  next.nodes = next.nodes.map((n, i) => ({
    key: rename(n.key),
    attributes: { ...n.attributes!, ...(n.key === WANGJING ? { name: '望京街道工会', aliases: ['望京街道总工会'] } : {}), x: 1000 + i, y: 1000 + i, pagerank: 0.5 },
  }));
  next.edges = next.edges.map((e) => ({ ...e, key: e.key?.replaceAll(WANGJING, 'Union:望京街道工会'), source: rename(e.source), target: rename(e.target) }));
  return next;
}

describe('replaceGraphContents', () => {
  it('drops what went, adds what came, and gives every node and edge its new attributes', () => {
    const graph = shown();
    const next = renamed();
    replaceGraphContents(graph, next);
    expect(graph.hasNode(WANGJING)).toBe(false);
    expect(graph.getNodeAttribute('Union:望京街道工会', 'aliases')).toEqual(['望京街道总工会']);
    expect(graph.order).toBe(next.nodes.length);
    expect(graph.size).toBe(next.edges.length);
    expect(graph.outNeighbors('Union:望京街道工会').sort()).toEqual(['Initiative:职工技能大赛', 'Street:望京街道', 'Union:朝阳区总工会']);
    expect(graph.getNodeAttribute('Person:王芳', 'pagerank')).toBe(0.5);
  });

  it('keeps every node that stays where it is drawn, and puts a new one among its neighbours', () => {
    const graph = shown();
    const before = new Map(graph.mapNodes((node, attrs) => [node, [attrs.x, attrs.y]] as const));
    replaceGraphContents(graph, renamed());
    graph.forEachNode((node, attrs) => {
      if (node !== 'Union:望京街道工会') expect([attrs.x, attrs.y]).toEqual(before.get(node));
    });
    const { x, y } = graph.getNodeAttributes('Union:望京街道工会');
    const neighbours = graph.neighbors('Union:望京街道工会').map((n) => graph.getNodeAttributes(n));
    const xs = neighbours.map((a) => a.x ?? 0);
    const ys = neighbours.map((a) => a.y ?? 0);
    expect(x).toBeGreaterThanOrEqual(Math.min(...xs));
    expect(x).toBeLessThanOrEqual(Math.max(...xs));
    expect(y).toBeGreaterThanOrEqual(Math.min(...ys));
    expect(y).toBeLessThanOrEqual(Math.max(...ys));
  });
});
