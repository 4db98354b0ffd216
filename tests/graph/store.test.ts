import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignAnalytics } from '../../graph/analytics/index.js';
import { buildGraph } from '../../graph/build.js';
import { writeFileAtomic } from '../../graph/store/atomic.js';
import { loadGraph, saveGraph } from '../../graph/store/json.js';
import { parseGraphFile } from '../../viewer/shared/graph-file.js';
import { runCli, twoPages } from './helpers.js';

function saved(): { dir: string; path: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
  const path = join(dir, 'graph.json');
  const { graph } = buildGraph(twoPages());
  assignAnalytics(graph);
  saveGraph(graph, path);
  return { dir, path, text: readFileSync(path, 'utf8') };
}

describe('graph.json store', () => {
  it('round-trips the graph with its format envelope, byte for byte', () => {
    const { dir, path, text } = saved();
    const parsed = JSON.parse(text) as { format: string; version: number; graph: { nodes: unknown[]; edges: unknown[] } };
    expect(parsed.format).toBe('gonghui-kg/graph');
    expect(parsed.version).toBe(1);
    const graph = loadGraph(path);
    expect(graph.order).toBe(13);
    expect(graph.getNodeAttribute('Organization:北京"启明\\星"科技有限公司', 'name')).toBe('北京"启明\\星"科技有限公司');
    const again = join(dir, 'again.json');
    saveGraph(graph, again);
    expect(readFileSync(again, 'utf8')).toBe(text);
  });

  it('explains a truncated file', () => {
    const { path, text } = saved();
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    expect(() => loadGraph(path)).toThrow(/graph\.json: is not valid JSON, probably truncated or corrupted/);
  });

  it('explains an empty file', () => {
    const { path } = saved();
    writeFileSync(path, '');
    expect(() => loadGraph(path)).toThrow(/is empty/);
  });

  it('explains a file of another format version', () => {
    const { path, text } = saved();
    writeFileSync(path, text.replace('"version":1', '"version":2'));
    expect(() => loadGraph(path)).toThrow(/has graph format version 2, this gonghui-kg reads version 1/);
  });

  it('explains a JSON file that is not a graph', () => {
    const { path } = saved();
    writeFileSync(path, '{"nodes": []}');
    expect(() => loadGraph(path)).toThrow(/is not a gonghui-kg graph file/);
  });

  it('explains a graph whose edges point at missing nodes', () => {
    const { path, text } = saved();
    writeFileSync(path, text.replace('"source":"Street:望京街道"', '"source":"Street:不存在"'));
    expect(() => loadGraph(path)).toThrow(/holds an invalid graph/);
  });

  it('explains a missing file', () => {
    expect(() => loadGraph('/nonexistent/graph.json')).toThrow(/\/nonexistent\/graph\.json: no such file/);
  });

  it('keeps the previous file and leaves no temp file when a write fails midway', () => {
    const { dir, path, text } = saved();
    expect(() =>
      writeFileAtomic('store', path, (out) => {
        out.write('{"partial": ');
        throw new Error('disk on fire');
      }),
    ).toThrow(/disk on fire/);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('removes the temp files a killed writer left behind, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-stale-'));
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      const keep = ['.graph.json.tmp', 'notes.tmp', `.graph.json.${alive.pid}.0.tmp`, 'graph.gexf'];
      for (const name of [...keep, `.graph.json.${dead}.0.tmp`, `.graph.gexf.${dead}.3.tmp`]) writeFileSync(join(dir, name), 'x');
      writeFileAtomic('store', join(dir, 'graph.json'), (out) => out.write('{}'));
      expect(readdirSync(dir).sort()).toEqual([...keep, 'graph.json'].sort());
    } finally {
      alive.kill();
    }
  });

  it('names the folder when it does not exist or is a file', () => {
    const { path } = saved();
    const graph = loadGraph(path);
    expect(() => saveGraph(graph, '/nonexistent-folder/graph.json')).toThrow('gonghui-kg/store: cannot write /nonexistent-folder/graph.json: folder /nonexistent-folder does not exist');
    expect(() => saveGraph(graph, join(path, 'graph.json'))).toThrow(`${path} is not a folder`);
    expect(existsSync(path)).toBe(true);
  });
});

describe('graph.json written by hand', () => {
  it('is read whole when it is not laid out one item per line', () => {
    const { dir, text } = saved();
    const pretty = join(dir, 'pretty.json');
    writeFileSync(pretty, JSON.stringify(JSON.parse(text), null, 2));
    const graph = loadGraph(pretty);
    expect(graph.order).toBe(13);
    expect(graph.size).toBe(26);
    writeFileSync(pretty, JSON.stringify({ ...JSON.parse(text), version: 0 }, null, 2));
    expect(() => loadGraph(pretty)).toThrow(/has graph format version 0/);
  });

  it('names the line of a corrupted node', () => {
    const { path, text } = saved();
    const lines = text.split('\n');
    lines[3] = lines[3]!.slice(0, 20);
    writeFileSync(path, lines.join('\n'));
    expect(() => loadGraph(path)).toThrow(/is not valid JSON, probably truncated or corrupted \(line 4: /);
  });

  it('says a file cut at a line boundary ends early', () => {
    const { path, text } = saved();
    writeFileSync(path, text.split('\n').slice(0, 5).join('\n'));
    expect(() => loadGraph(path)).toThrow(/probably truncated or corrupted \(it ends inside the nodes\)/);
  });
});

describe('graph.json with bad content', () => {
  const node = 'Union:朝阳区总工会';

  function edited(edit: (attributes: Record<string, unknown>) => void, pretty = false): { path: string; text: string } {
    const { path, text } = saved();
    const data = JSON.parse(text) as { graph: { nodes: { key: string; attributes: Record<string, unknown> }[] } };
    edit(data.graph.nodes.find((n) => n.key === node)!.attributes);
    if (pretty) {
      writeFileSync(path, JSON.stringify(data, null, 2));
    } else {
      // Keep the one-item-per-line layout: replace only that node's line.
      const lines = text.split('\n');
      const at = lines.findIndex((line) => line.startsWith(`{"key":${JSON.stringify(node)}`));
      const item = data.graph.nodes.find((n) => n.key === node)!;
      lines[at] = `${JSON.stringify(item)},`;
      writeFileSync(path, lines.join('\n'));
    }
    return { path, text: readFileSync(path, 'utf8') };
  }

  it.each([
    ['a missing name', (a: Record<string, unknown>) => delete a.name, 'has name undefined, expected a string'],
    ['a label outside the schema', (a: Record<string, unknown>) => (a.label = 'Union`) DETACH DELETE n //'), 'has label "Union`) DETACH DELETE n //", expected one of Union,'],
    ['a number that is text', (a: Record<string, unknown>) => (a.mentions = 'many'), 'has mentions "many", expected a number'],
    ['aliases that are not strings', (a: Record<string, unknown>) => (a.aliases = [1]), 'has aliases [1], expected a list of strings'],
  ])('names the node with %s, in either layout, and in the viewer', (_what, edit, problem) => {
    for (const pretty of [false, true]) {
      const { path, text } = edited(edit, pretty);
      expect(() => loadGraph(path)).toThrow(`node ${JSON.stringify(node)} ${problem}`);
      expect(() => parseGraphFile(text, 'graph.json')).toThrow(`gonghui-kg/viewer: graph.json: node ${JSON.stringify(node)} ${problem}`);
    }
  });

  it('stops stats and export with the message instead of a crash', () => {
    const { path } = edited((a) => delete a.name);
    for (const args of [['stats', path], ['export', path, '--format', 'cypher', '--out', join(tmpdir(), 'never-written.cypher')]]) {
      const result = runCli(...args);
      expect(result.status, args[0]).not.toBe(0);
      expect(result.stderr).toContain(`node ${JSON.stringify(node)} has name undefined, expected a string`);
      expect(result.stderr).not.toContain('Cannot read properties');
    }
  });

  it('says in one line that a binary file is not a graph, without printing its bytes', () => {
    const { path } = saved();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    writeFileSync(path, png);
    const result = runCli('stats', path);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toBe(`gonghui-kg/store: ${path}: is not a JSON file (it begins with the bytes 89 50 4e 47 0d 0a 1a 0a); expected a graph.json written by \`gonghui-kg build\`\n`);
    expect(() => parseGraphFile(png.toString('utf8'), 'graph.json')).toThrow(/^gonghui-kg\/viewer: graph\.json is not valid JSON \([^\n\r\u0000-\u001f]*\)$/);
  });
});
