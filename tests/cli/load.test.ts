import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveGraph } from '../../graph/store/json.js';
import { ARTICLE, fixtureGraph, HOSTILE_NAME } from '../graph/neo4j/fixture.js';
import { neo4jSkipReason, startTestNeo4j, TEST_PASSWORD, type TestNeo4j } from '../helpers/neo4j.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(neo4jSkipReason !== undefined)('gonghui-kg load', () => {
  let neo: TestNeo4j;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    neo = await startTestNeo4j();
    dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-load-'));
    mkdirSync(join(dir, 'small'));
    saveGraph(fixtureGraph(), join(dir, 'small', 'graph.json'));
    saveGraph(fixtureGraph({ grown: true }), join(dir, 'big.json'));
    // The connection comes from the environment here, as it would for a Docker or Aura user.
    env = { NEO4J_URI: neo.config.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: TEST_PASSWORD, NEO4J_DATABASE: 'neo4j' };
  });
  afterAll(async () => {
    await neo?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('loads a graph folder, then reports everything as matched the second time, then adds only the new part of a bigger graph', () => {
    const small = fixtureGraph();
    const big = fixtureGraph({ grown: true });
    const first = cli(['load', join(dir, 'small'), '--batch', '3', '--quiet'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`nodes: ${small.order} created, 0 matched\nrelationships: ${small.size} created, 0 matched\n`);
    const second = cli(['load', join(dir, 'small', 'graph.json'), '--batch', '3'], env);
    // Not a terminal: plain progress lines, the last of each phase complete.
    expect(second.stderr).toContain(`gonghui-kg load: loading nodes ${small.order}/${small.order}\n`);
    expect(second.stderr).toContain(`gonghui-kg load: loading relationships ${small.size}/${small.size}\n`);
    expect(second.stderr.split('\n').filter((line) => line !== '').every((line) => /^gonghui-kg load: loading (nodes|relationships) \d+\/\d+$/.test(line))).toBe(true);
    expect(second.stdout).toContain(`nodes: 0 created, ${small.order} matched\nrelationships: 0 created, ${small.size} matched\n`);
    const third = cli(['load', join(dir, 'big.json')], env);
    expect(third.stdout).toContain(
      `nodes: ${big.order - small.order} created, ${small.order} matched\nrelationships: ${big.size - small.size} created, ${small.size} matched\n`,
    );
    const reset = cli(['load', join(dir, 'small'), '--reset'], env);
    expect(reset.stdout).toContain(`nodes: ${small.order} created, 0 matched\n`);
  });

  it('exports what a query returns from Neo4j as a graph file, evidence included', () => {
    expect(cli(['load', join(dir, 'big.json')], env).code).toBe(0);
    const out = join(dir, 'from-neo4j.json');
    const query = "MATCH p = (o)-[:ORGANIZED]->(:Initiative {name: '“暖心驿站”服务活动'}) RETURN p";
    const exported = cli(['export', '--from-neo4j', '--query', query, '--format', 'json', '--out', out], env);
    expect(exported.stderr).toBe(`gonghui-kg export: wrote ${out} (3 nodes, 2 edges)\n`);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as {
      nodes: { key: string; attributes: { label: string; name: string } }[];
      edges: { source: string; attributes: { type: string; role: string; evidence: { article: string; text: string }[] } }[];
    };
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(['Initiative:“暖心驿站”服务活动', `Organization:${HOSTILE_NAME}`, 'Union:望京街道总工会'].sort());
    const edge = graph.edges.find((e) => e.source === 'Union:望京街道总工会');
    expect(edge?.attributes).toMatchObject({ type: 'ORGANIZED', role: '开展', evidence: [{ article: ARTICLE, text: '望京街道总工会开展“暖心驿站”服务活动。' }] });
  });

  it('export --from-neo4j refuses writing queries and a missing --query', () => {
    const out = join(dir, 'refused.json');
    const writing = cli(['export', '--from-neo4j', '--query', 'MATCH (n) DETACH DELETE n', '--format', 'json', '--out', out], env);
    expect(writing.code).toBe(1);
    expect(writing.stderr).toBe('gonghui-kg/cypher: refusing a query that writes; queries are read-only unless you pass --write\n');
    const missing = cli(['export', '--from-neo4j', '--format', 'gexf', '--out', out], env);
    expect(missing.stderr).toBe('gonghui-kg/export: --from-neo4j needs --query "<Cypher returning nodes, relationships or paths>"\n');
  });

  it('flags override the environment', () => {
    const { code, stderr } = cli(['load', join(dir, 'big.json'), '--password', 'wrong-password'], env);
    expect(code).toBe(1);
    expect(stderr).toContain('wrong user name or password');
  });

  it('rejects a bad batch size and a missing graph file in one line each', () => {
    const batch = cli(['load', join(dir, 'big.json'), '--batch', 'many'], env);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toBe('gonghui-kg/neo4j: expected --batch to be a whole number between 1 and 100000, got "many"\n');
    const missing = cli(['load', join(dir, 'nothing.json')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nothing.json');
  });
});
