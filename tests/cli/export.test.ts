import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../graph/helpers.js';

let graphDir: string;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kg-cli-export-'));
}

beforeAll(() => {
  graphDir = join(tempDir(), 'out');
  const result = runCli('build', `${FIXTURES}two-pages.jsonl`, '--out', graphDir, '-q', '--no-gexf');
  if (result.status !== 0) throw new Error(result.stderr);
});

describe('gonghui-kg export', () => {
  it.each([
    ['gexf', '<gexf xmlns="http://gexf.net/1.3"'],
    ['graphml', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'],
    ['json', '{"options":{"type":"directed","multi":true'],
    ['cypher', 'CREATE CONSTRAINT node_id IF NOT EXISTS'],
  ])('writes %s', (format, start) => {
    const path = join(tempDir(), `graph.${format}`);
    const result = runCli('export', graphDir, '--format', format, '--out', path);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`gonghui-kg export: wrote ${path} (13 nodes, 26 edges)\n`);
    expect(readFileSync(path, 'utf8')).toContain(start);
  });

  it('writes nodes.csv and relationships.csv into a folder', () => {
    const dir = tempDir();
    const result = runCli('export', join(graphDir, 'graph.json'), '-f', 'csv', '-o', dir);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toMatch(/^id:ID,:LABEL,name,aliases:string\[\],mentions:int,/);
  });

  it('rejects an unknown format, listing the known ones', () => {
    const result = runCli('export', graphDir, '--format', 'dot', '--out', join(tempDir(), 'g.dot'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^gonghui-kg\/export: unknown format "dot"; expected one of: gexf, graphml, csv, json, cypher(, [a-z0-9-]+)*\n$/);
  });

  it('says when the output folder does not exist, and writes nothing', () => {
    const result = runCli('export', graphDir, '--format', 'gexf', '--out', '/nonexistent-folder/graph.gexf');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('gonghui-kg/export: cannot write /nonexistent-folder/graph.gexf: folder /nonexistent-folder does not exist\n');
  });

  it('says when the output folder is a file', () => {
    const file = join(tempDir(), 'plain-file');
    writeFileSync(file, 'x');
    const result = runCli('export', graphDir, '--format', 'graphml', '--out', join(file, 'graph.graphml'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`gonghui-kg/export: cannot write ${join(file, 'graph.graphml')}: ${file} is not a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('says when --out is a folder for a one-file format', () => {
    const dir = tempDir();
    const result = runCli('export', graphDir, '--format', 'json', '--out', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`gonghui-kg/export: cannot write ${dir}: it is a folder, expected a file name\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous export when the graph turns out corrupted', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.gexf');
    expect(runCli('export', graphDir, '--format', 'gexf', '--out', out).status).toBe(0);
    const before = readFileSync(out);
    const broken = join(dir, 'graph.json');
    writeFileSync(broken, readFileSync(join(graphDir, 'graph.json'), 'utf8').replace('"nodes":[', '"nodes":[{"key":'));
    const result = runCli('export', broken, '--format', 'gexf', '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^gonghui-kg\/store: .*graph\.json: is not valid JSON, probably truncated or corrupted/);
    expect(readFileSync(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'graph.json']);
  });

  it('refuses a graph with zero nodes', () => {
    const dir = tempDir();
    const empty = join(dir, 'graph.json');
    writeFileSync(empty, '{"format":"gonghui-kg/graph","version":1,"graph":{"options":{"type":"directed","multi":true,"allowSelfLoops":true},"attributes":{"sources":[]},"nodes":[],"edges":[]}}\n');
    const result = runCli('export', empty, '--format', 'gexf', '--out', join(dir, 'graph.gexf'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`gonghui-kg/export: ${empty}: the graph has no nodes; nothing to export\n`);
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });
});
