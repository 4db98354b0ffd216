import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../graph/neo4j/connection.js';
import { COMPANY, GAMES_1, LI_SI, PAGE_1, SHORT_UNION, STREET_UNION } from '../graph/curate/fixture.js';
import { runCli } from '../graph/helpers.js';
import { neo4jSkipReason, startTestNeo4j, TEST_PASSWORD, type TestNeo4j } from '../helpers/neo4j.js';

interface GraphFile {
  graph: { nodes: { key: string; attributes: { corrections?: string[] } }[]; edges: { key: string; attributes: { corrections?: string[] } }[] };
}

describe.skipIf(neo4jSkipReason !== undefined)('gonghui-kg load of a corrected graph', () => {
  let neo: TestNeo4j;
  let driver: Driver;
  let connection: string[];

  beforeAll(async () => {
    neo = await startTestNeo4j();
    driver = await openDriver(neo.config);
    connection = ['--neo4j', neo.config.uri, '--user', 'neo4j', '--password', TEST_PASSWORD];
    // Something that is not gonghui-kg's, which a load must leave alone.
    await driver.executeQuery("CREATE (:Note {id: 'Union:望京街道总工会', text: '分析员的笔记'})", {}, { database: 'neo4j' });
  });
  afterAll(async () => {
    await driver?.close();
    await neo?.stop();
  });

  /** Node and relationship ids with their corrections, as graph.json has them and as Neo4j has them. */
  function inGraph(dir: string): { nodes: string[]; relationships: string[] } {
    const file = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as GraphFile;
    const mark = (item: { key: string; attributes: { corrections?: string[] } }) => `${item.key} ${JSON.stringify(item.attributes.corrections ?? null)}`;
    return { nodes: file.graph.nodes.map(mark).sort(), relationships: file.graph.edges.map(mark).sort() };
  }
  async function inNeo4j(): Promise<{ nodes: string[]; relationships: string[] }> {
    const query = async (cypher: string) =>
      (await driver.executeQuery(cypher, {}, { database: 'neo4j' })).records.map((r) => `${r.get('id') as string} ${JSON.stringify(r.get('corrections') ?? null)}`).sort();
    return {
      nodes: await query('MATCH (n:Node) RETURN n.id AS id, n.corrections AS corrections'),
      relationships: await query('MATCH (:Node)-[r]->(:Node) RETURN r.id AS id, r.corrections AS corrections'),
    };
  }

  function load(dir: string): string {
    const result = runCli('load', dir, '--quiet', ...connection);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout;
  }

  function curate(dir: string, ...args: string[]): void {
    const result = runCli('curate', dir, ...args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }

  it('agrees with graph.json after a second load: merged-away, dropped and renamed nodes and dropped relations are deleted, undone ones come back', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kg-curate-neo4j-')), 'out');
    expect(runCli('build', PAGE_1, '--out', dir, '-q').status).toBe(0);
    load(dir);
    expect(await inNeo4j()).toEqual(inGraph(dir));

    curate(dir, 'merge', SHORT_UNION, STREET_UNION);
    curate(dir, 'drop', LI_SI);
    curate(dir, 'rename', COMPANY, '光明科技股份有限公司');
    curate(dir, 'relation', 'drop', 'Street:望京街道', 'LOCATED_IN', 'District:朝阳区');
    curate(dir, 'relation', 'add', GAMES_1, 'HELD_AT', 'Street:望京街道');
    curate(dir, 'split', '光明科技股份有限公司', '光明公司', '--as', '光明文化公司');
    expect(load(dir)).toMatch(/\ncorrections: 3 nodes and \d+ relationships deleted\n$/);
    const corrected = await inNeo4j();
    expect(corrected).toEqual(inGraph(dir));
    expect(corrected.nodes).not.toContain(`${SHORT_UNION} null`);
    expect(corrected.nodes).toContain(`${STREET_UNION} ["c1"]`);

    // Undone: the merge, the split and the added relation; what they made goes, what they removed returns.
    curate(dir, 'undo', 'c1');
    curate(dir, 'undo', 'c6');
    curate(dir, 'undo', 'c5');
    load(dir);
    expect(await inNeo4j()).toEqual(inGraph(dir));

    const { records } = await driver.executeQuery('MATCH (n:Note) RETURN n.text AS text', {}, { database: 'neo4j' });
    expect(records.map((r) => r.get('text'))).toEqual(['分析员的笔记']);
  });
});
