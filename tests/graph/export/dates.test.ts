// Exports of a dated graph: GEXF turns dynamic (times from the evidence) and stays valid and
// readable by networkx; neo4j-admin CSV types dates as :date; GraphML and JSON carry ISO strings.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignAnalytics } from '../../../graph/analytics/index.js';
import { buildGraph } from '../../../graph/build.js';
import { exportCsv } from '../../../graph/export/csv.js';
import { exportGexf } from '../../../graph/export/gexf-file.js';
import { exportGraphml } from '../../../graph/export/graphml.js';
import { exportJson } from '../../../graph/export/json.js';
import { assignLayout } from '../../../graph/layout.js';
import { datedPages, twoPages } from '../helpers.js';
import { GEXF_XSD, itNeeds, python, tempDir } from './tools.js';

function datedGraph() {
  const { graph } = buildGraph(datedPages());
  assignAnalytics(graph);
  assignLayout(graph);
  return graph;
}

const READ_DYNAMIC = `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions["1.3"] = {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
  "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
  "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
G = nx.read_gexf(sys.argv[1], version="1.3")
print(json.dumps({"mode": G.graph.get("mode"), "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "start": {n: d.get("start") for n, d in G.nodes(data=True)},
  "startDate": {n: d.get("startDate") for n, d in G.nodes(data=True)}}, ensure_ascii=False))
`;

describe('GEXF of a dated graph', () => {
  it('is dynamic, each node and edge living from the first day of its evidence to the last', () => {
    const path = join(tempDir(), 'graph.gexf');
    exportGexf(datedGraph(), path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    // Mentioned on 2023-05-10, 2024-02-01 and in 2024-06 (a month: to its last day).
    expect(text).toMatch(/<node id="Union:朝阳区总工会" label="朝阳区总工会" start="2023-05-10" end="2024-06-30">/);
    expect(text).toMatch(/<edge id="MENTIONS\|Article:page_a.txt#2\|Person:李明" [^>]* start="2024-02-01" end="2024-02-01">/);
    // The evidence's dates are the edge's time: not repeated inside the evidence.
    expect(text).toContain('<attvalue for="evidence" value="[{&quot;article&quot;');
    expect(text).not.toMatch(/<attvalue for="evidence" value="[^"]*&quot;date&quot;/);
  });

  it('stays static for an undated graph', () => {
    const path = join(tempDir(), 'graph.gexf');
    exportGexf(buildGraph(twoPages()).graph, path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('mode="static"');
    expect(text).not.toContain('<spell');
  });

  itNeeds('xmllint')('validates against the GEXF 1.3 schema with its dynamics once viz is stripped', () => {
    const dir = tempDir();
    const path = join(dir, 'graph.gexf');
    exportGexf(datedGraph(), path);
    const stripped = join(dir, 'stripped.gexf');
    writeFileSync(stripped, readFileSync(path, 'utf8').replace(/\s*<viz:[^>]*\/>/g, ''));
    expect(execFileSync('xmllint', ['--noout', '--schema', GEXF_XSD, stripped], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });

  itNeeds('networkx')('is read by networkx as a dynamic graph with its times and dates', () => {
    const graph = datedGraph();
    const path = join(tempDir(), 'graph.gexf');
    exportGexf(graph, path);
    const read = JSON.parse(python(READ_DYNAMIC, path)) as { mode: string; nodes: number; edges: number; start: Record<string, string | null>; startDate: Record<string, string | null> };
    expect(read).toMatchObject({ mode: 'dynamic', nodes: graph.order, edges: graph.size });
    expect(read.start['Article:page_a.txt#1']).toBe('2023-05-10');
    // The initiative's own start, under another title than the element's time.
    expect(read.startDate['Initiative:“匠心杯”职工技能竞赛']).toBe('2023-05-08');
    expect(read.start['Initiative:“匠心杯”职工技能竞赛']).toBe('2023-05-10');
  });
});

describe('other exports of a dated graph', () => {
  it('types dates as :date in neo4j-admin CSV, as days', () => {
    const { nodes } = exportCsv(datedGraph(), tempDir());
    const [header, ...lines] = readFileSync(nodes, 'utf8').split('\n');
    const columns = header!.split(',');
    expect(columns).toEqual(expect.arrayContaining(['firstDate:date', 'lastDate:date', 'start:date', 'end:date', 'date:date']));
    const union = lines.find((l) => l.startsWith('"Union:朝阳区总工会"'))!;
    expect(union).toContain(',2023-05-10,2024-06-30,');
  });

  it('writes ISO strings in GraphML and JSON', () => {
    const dir = tempDir();
    exportGraphml(datedGraph(), join(dir, 'graph.graphml'));
    const graphml = readFileSync(join(dir, 'graph.graphml'), 'utf8');
    expect(graphml).toContain('<key id="n_firstDate" for="node" attr.name="firstDate" attr.type="string"/>');
    expect(graphml).toContain('<data key="n_lastDate">2024-06</data>');
    exportJson(datedGraph(), join(dir, 'graph.json'));
    const json = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
    expect(json.nodes.find((n) => n.key === 'Article:page_a.txt#2')!.attributes).toMatchObject({ date: '2024-02-01', firstDate: '2024-02-01' });
  });
});
