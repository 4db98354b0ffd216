import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hexColor, LABEL_COLORS } from '../../../graph/colors.js';
import { exportGraphml } from '../../../graph/export/graphml.js';
import { fixtureGraph, itNeeds, python, tempDir } from './tools.js';

const UNION = 'Union:朝阳区总工会';
const AWKWARD = 'Initiative:`悦读`\n分享会 <第2期> & 更多';

describe('GraphML export', () => {
  itNeeds('networkx')('is read by networkx with typed attributes', () => {
    const graph = fixtureGraph();
    const path = join(tempDir(), 'graph.graphml');
    exportGraphml(graph, path);
    const script = `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "union": G.nodes[sys.argv[2]], "awkward": G.nodes[sys.argv[3]],
  "types": {k: type(v).__name__ for k, v in G.nodes[sys.argv[2]].items()}}, ensure_ascii=False))`;
    const read = JSON.parse(python(script, path, UNION, AWKWARD)) as {
      nodes: number; edges: number; union: Record<string, unknown>; awkward: Record<string, unknown>; types: Record<string, string>;
    };
    expect(read).toMatchObject({ nodes: graph.order, edges: graph.size });
    const union = graph.getNodeAttributes(UNION);
    expect(read.union).toMatchObject({ label: 'Union', name: '朝阳区总工会', mentions: 4, pagerank: union.pagerank, community: union.community, district: '朝阳区', color: hexColor(LABEL_COLORS.Union) });
    expect(read.types).toMatchObject({ name: 'str', mentions: 'int', degree: 'int', pagerank: 'float', betweenness: 'float', x: 'float' });
    expect(read.awkward.name).toBe('`悦读`\n分享会 <第2期> & 更多');
  });

  itNeeds('igraph')('is read by python-igraph with typed attributes', () => {
    const graph = fixtureGraph();
    const path = join(tempDir(), 'graph.graphml');
    exportGraphml(graph, path);
    const script = `
import json, sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
v = g.vs.find(id=sys.argv[2])
e = [e for e in g.es if e["type"] == "SUBORDINATE_TO"][0]
print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(),
  "union": {k: v[k] for k in ["label", "name", "mentions", "pagerank", "community"]},
  "edge": {"from": g.vs[e.source]["id"], "to": g.vs[e.target]["id"], "weight": e["weight"]}}, ensure_ascii=False))`;
    const read = JSON.parse(python(script, path, UNION)) as { nodes: number; edges: number; directed: boolean; union: Record<string, unknown>; edge: Record<string, unknown> };
    expect(read).toMatchObject({ nodes: graph.order, edges: graph.size, directed: true });
    expect(read.union).toEqual({ label: 'Union', name: '朝阳区总工会', mentions: 4, pagerank: graph.getNodeAttribute(UNION, 'pagerank'), community: graph.getNodeAttribute(UNION, 'community') });
    expect(read.edge).toEqual({ from: 'Union:朝阳区望京街道总工会', to: UNION, weight: 1 });
  });
});
