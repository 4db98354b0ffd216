// Dates from the command line: `build --manifest`, `--since/--until` on build and export, the
// per-year table of `stats`; and the real-news development set built with its manifest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../graph/store/json.js';
import { REAL_ARTICLES, REAL_MANIFEST } from '../helpers/real-news.js';
import { GEXF_XSD, itNeeds, python } from '../graph/export/tools.js';
import { runCli, type CliResult } from '../graph/helpers.js';

const DATES = fileURLToPath(new URL('../fixtures/dates/', import.meta.url));

function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'kg-cli-dates-')), 'out');
}

describe('build with dates', () => {
  const out = outDir();
  let result: CliResult;
  beforeAll(() => {
    result = runCli('build', DATES, '--manifest', join(DATES, 'manifest.csv'), '--out', out, '-q', '-w', '1');
  }, 120_000);

  it('reports each bad manifest row and each undated article on one line, and builds the rest', () => {
    expect(result.status, result.stderr).toBe(0);
    const warnings = result.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings).toEqual([
      'warning: manifest.csv:5: undated.txt: cannot read the date "2024-13-45" (expected YYYY-MM-DD, YYYY-MM or YYYY); row ignored',
      'warning: manifest.csv:6: meta-tags.html is already given by manifest.csv:2; row ignored',
      'warning: manifest.csv:4: missing-page.txt is not among the inputs; row ignored',
      'warning: undated.txt article 1: no date (no manifest date, page metadata, page header, dateline or date in the file name); kept undated',
    ]);
    const graph = loadGraph(join(out, 'graph.json'));
    expect(graph.getNodeAttributes('Article:meta-tags.html#1')).toMatchObject({ date: '2024-03-06', dateSource: 'manifest', outlet: '石景山报 第02版 (via 京工网), Beijing' });
    expect(graph.getNodeAttribute('Article:undated.txt#1', 'date')).toBeUndefined();
  });

  it('stats prints articles, nodes and edges per year', () => {
    const stats = runCli('stats', out, '--top', '0');
    expect(stats.status).toBe(0);
    expect(stats.stdout).toMatch(/\nPer year\nyear +articles +nodes +edges\n/);
    expect(stats.stdout).toMatch(/\n2024 +3 +\d+ +\d+\n/);
    expect(stats.stdout).toMatch(/\n2025 +1 +\d+ +\d+\n/);
    expect(stats.stdout).toMatch(/\nundated +1\s*\n/);
  });

  it('--since/--until keep only the articles of the window, on build and on export', () => {
    const windowed = outDir();
    const built = runCli('build', DATES, '--since', '2024-01', '--until', '2024-02', '--out', windowed, '-q', '-w', '1');
    expect(built.status, built.stderr).toBe(0);
    const articles = loadGraph(join(windowed, 'graph.json')).filterNodes((_n, a) => a.label === 'Article');
    expect(articles).toEqual(['Article:2024-02-01-page.txt#1', 'Article:dateline.txt#1']);

    const json = join(mkdtempSync(join(tmpdir(), 'kg-cli-dates-')), 'window.json');
    const exported = runCli('export', out, '--format', 'json', '--since', '2025', '--out', json);
    expect(exported.status, exported.stderr).toBe(0);
    const nodes = (JSON.parse(readFileSync(json, 'utf8')) as { nodes: { key: string }[] }).nodes.map((n) => n.key);
    expect(nodes.filter((n) => n.startsWith('Article:'))).toEqual(['Article:page-header.txt#1']);
    expect(nodes).not.toContain('Union:石景山区总工会');
  });

  it('refuses a window it cannot read, naming the flag', () => {
    const bad = runCli('export', out, '--format', 'json', '--since', '2024-1-5', '--out', join(tmpdir(), 'never.json'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('gonghui-kg/export: --since expects a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2024-1-5"');
    const empty = runCli('build', DATES, '--since', '2030', '--out', outDir(), '-q', '-w', '1');
    expect(empty.status).not.toBe(0);
    expect(empty.stderr).toContain('no article of the inputs is dated within the window');
  });
});

describe('the real-news development set with its manifest', () => {
  const out = outDir();
  let result: CliResult;
  beforeAll(() => {
    result = runCli('build', REAL_ARTICLES, '--manifest', REAL_MANIFEST, '--out', out, '-q', '-w', '1');
  }, 180_000);

  it('dates every article the manifest dates, and says which it cannot', () => {
    expect(result.status, result.stderr).toBe(0);
    const rows = readFileSync(REAL_MANIFEST, 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
    const dated = rows.map((l) => /^([^,]+),[^,]*,([^,]*),/.exec(l)!).map((m) => [m[1]!, m[2]!] as const);
    const graph = loadGraph(join(out, 'graph.json'));
    for (const [file, date] of dated) {
      const article = graph.getNodeAttributes(`Article:${file}#1`);
      if (date !== '') expect(article, file).toMatchObject({ date, dateSource: 'manifest' });
      else {
        expect(article.date, file).toBeUndefined();
        expect(result.stderr).toContain(`warning: ${file} article 1: no date`);
      }
      expect(article.outlet, file).toBeTruthy();
    }
    expect(dated.filter(([, date]) => date !== '').length).toBeGreaterThanOrEqual(dated.length - 1);
  });

  itNeeds('xmllint')('writes a dynamic GEXF that passes the GEXF 1.3 schema with its dynamics', () => {
    const text = readFileSync(join(out, 'graph.gexf'), 'utf8');
    expect(text).toContain('mode="dynamic" timeformat="date"');
    const stripped = join(mkdtempSync(join(tmpdir(), 'kg-cli-dates-')), 'stripped.gexf');
    writeFileSync(stripped, text.replace(/\s*<viz:[^>]*\/>/g, ''));
    expect(execFileSync('xmllint', ['--noout', '--schema', GEXF_XSD, stripped], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });

  itNeeds('networkx')('writes a GEXF networkx reads, times and all', () => {
    const read = python(
      `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions["1.3"] = {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
  "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
  "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
G = nx.read_gexf(sys.argv[1], version="1.3")
print(json.dumps({"mode": G.graph.get("mode"), "nodes": G.number_of_nodes(),
  "timed": sum(1 for _, d in G.nodes(data=True) if d.get("start"))}))
`,
      join(out, 'graph.gexf'),
    );
    const graph = loadGraph(join(out, 'graph.json'));
    const parsed = JSON.parse(read) as { mode: string; nodes: number; timed: number };
    expect(parsed).toMatchObject({ mode: 'dynamic', nodes: graph.order });
    // All but the nodes of the one undated article.
    expect(parsed.timed).toBe(graph.filterNodes((_n, a) => a.firstDate !== undefined).length);
    expect(parsed.timed).toBeGreaterThan(graph.order * 0.9);
  });
});
