import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../../graph/export/gexf-file.js';
import { LABEL_COLORS } from '../../../graph/colors.js';
import { GEXF_XSD, fixtureGraph, itNeeds, python, tempDir } from './tools.js';


// networkx 2.8 knows the GEXF 1.1draft and 1.2draft namespaces only; register 1.3 (same
// element names, r/g/b colors) so its reader parses the file.
const READ_GEXF = `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions["1.3"] = {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
  "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
  "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
G = nx.read_gexf(sys.argv[1], version="1.3")
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "node": {n: d for n, d in G.nodes(data=True)},
  "edge": [[u, v, d] for u, v, d in G.edges(data=True)]}, ensure_ascii=False))
`;

describe('GEXF export', () => {
  itNeeds('xmllint')('validates against the GEXF 1.3 schema once the viz elements are stripped', () => {
    const dir = tempDir();
    const path = join(dir, 'graph.gexf');
    exportGexf(fixtureGraph(), path);
    const stripped = join(dir, 'stripped.gexf');
    writeFileSync(stripped, readFileSync(path, 'utf8').replace(/\s*<viz:[^>]*\/>/g, ''));
    const result = execFileSync('xmllint', ['--noout', '--schema', GEXF_XSD, stripped], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result).toBe('');
  });

  itNeeds('networkx')('is read by networkx with the same nodes, edges, attribute values and viz colors', () => {
    const graph = fixtureGraph();
    const path = join(tempDir(), 'graph.gexf');
    exportGexf(graph, path);
    const read = JSON.parse(python(READ_GEXF, path)) as {
      nodes: number;
      edges: number;
      node: Record<string, Record<string, unknown> & { viz: { color: { r: number; g: number; b: number }; size: number; position: { x: number; y: number } } }>;
      edge: [string, string, Record<string, unknown>][];
    };
    expect(read.nodes).toBe(graph.order);
    expect(read.edges).toBe(graph.size);
    graph.forEachNode((node, a) => {
      const r = read.node[node]!;
      expect(r.type).toBe(a.label);
      expect(r.label).toBe(a.name);
      expect(r.name).toBe(a.name);
      expect(r.pagerank).toBe(a.pagerank);
      expect(r.community).toBe(a.community);
      expect(r.mentions).toBe(a.mentions);
      expect(r.district).toBe(a.district);
      expect(JSON.parse(r.aliases as string)).toEqual(a.aliases);
      expect(r.viz.color).toMatchObject(LABEL_COLORS[a.label]);
      expect(r.viz.position).toMatchObject({ x: a.x, y: a.y });
      expect(r.viz.size).toBeGreaterThanOrEqual(4);
    });
    const organize = read.edge.find(([, , d]) => d.id === 'ORGANIZED|Organization:北京"启明\\星"科技有限公司|Initiative:`悦读`\n分享会 <第2期> & 更多|开展')!;
    expect(organize[2]).toMatchObject({ label: 'ORGANIZED', type: 'ORGANIZED', role: '开展', weight: 1 });
    expect(JSON.parse(organize[2].evidence as string)).toEqual([{ article: 'Article:page_b.txt#1', text: '公司开展“悦读”分享会', start: 5, end: 32 }]);
    // A control character cannot be written in XML 1.0 and becomes U+FFFD; the rest is intact.
    expect(read.node['Article:page_b.txt#1']!.text).toBe(graph.getNodeAttribute('Article:page_b.txt#1', 'text')!.replace('\u0001', '\uFFFD'));
  });

  it('computes a layout at export when the graph has none', () => {
    const graph = fixtureGraph();
    graph.forEachNode((node) => {
      graph.removeNodeAttribute(node, 'x');
      graph.removeNodeAttribute(node, 'y');
    });
    const path = join(tempDir(), 'graph.gexf');
    exportGexf(graph, path);
    const positions = [...readFileSync(path, 'utf8').matchAll(/<viz:position x="([^"]+)" y="([^"]+)"/g)].map((m) => `${m[1]},${m[2]}`);
    expect(positions).toHaveLength(graph.order);
    expect(new Set(positions).size).toBe(graph.order);
  });

  it('writes the same bytes every time', () => {
    const dir = tempDir();
    exportGexf(fixtureGraph(), join(dir, 'a.gexf'));
    exportGexf(fixtureGraph(), join(dir, 'b.gexf'));
    expect(readFileSync(join(dir, 'a.gexf'))).toEqual(readFileSync(join(dir, 'b.gexf')));
  });
});
