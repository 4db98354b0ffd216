import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportCypher } from '../../../graph/export/cypher.js';
import neo4j, { type Driver } from 'neo4j-driver';
import { openDriver } from '../../../graph/neo4j/connection.js';
import { loadRows } from '../../../graph/neo4j/load.js';
import { nodeRows, relationshipRows } from '../../../graph/neo4j/rows.js';
import { createGraph, type KgGraph } from '../../../graph/build.js';
import { neo4jSkipReason, startTestNeo4j, type TestNeo4j } from '../../helpers/neo4j.js';
import { ARTICLE, fixtureGraph, HOSTILE_NAME } from './fixture.js';

describe.skipIf(neo4jSkipReason !== undefined)('loading a graph into Neo4j', () => {
  let neo: TestNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    neo = await startTestNeo4j();
    driver = await openDriver(neo.config);
  });
  afterAll(async () => {
    await driver?.close();
    await neo?.stop();
  });
  beforeEach(async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
  });

  const load = (graph: KgGraph, batchSize = 4, reset = false) =>
    loadRows(driver, neo.config, nodeRows(graph), relationshipRows(graph), { batchSize, reset });

  async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
    const { records } = await driver.executeQuery(query, params, { database: 'neo4j' });
    return Number(records[0]?.get(0));
  }

  it('creates every node and relationship once, in batches smaller than the graph', async () => {
    const graph = fixtureGraph();
    const summary = await load(graph);
    expect(summary).toMatchObject({
      nodesCreated: graph.order,
      nodesMatched: 0,
      relationshipsCreated: graph.size,
      relationshipsMatched: 0,
      relationshipsSkipped: 0,
    });
    expect(await count('MATCH (n:Node) RETURN count(n)')).toBe(graph.order);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(graph.size);
    expect(await count('MATCH (u:Union:Node) RETURN count(u)')).toBe(4);
    expect(await count('MATCH (a:Article)-[:MENTIONS]->(:Node) RETURN count(*)')).toBe(9);
  });

  it('loads a tangled graph with four transactions at a time without deadlocks or lost rows', async () => {
    const graph = createGraph();
    const people = Array.from({ length: 600 }, (_, i) => `Person:职工${i}`);
    for (const id of people) graph.addNode(id, { label: 'Person', name: id.slice(7), aliases: [], mentions: 1, firstSource: 'a.txt', lastSource: 'a.txt' });
    for (let i = 0; i < people.length; i++) {
      for (const step of [1, 7, 31, 127]) {
        const from = people[i]!;
        const to = people[(i + step) % people.length]!;
        graph.addDirectedEdgeWithKey(`MEMBER_OF|${from}|${to}`, from, to, { type: 'MEMBER_OF', weight: 1, evidence: [] });
      }
    }
    const summary = await loadRows(driver, neo.config, nodeRows(graph), relationshipRows(graph), { batchSize: 50, concurrency: 4 });
    expect(summary).toMatchObject({ nodesCreated: 600, relationshipsCreated: 2400, relationshipsSkipped: 0 });
    expect(await count('MATCH ()-[r:MEMBER_OF]->() RETURN count(r)')).toBe(2400);
  });

  /** Runs a script as cypher-shell does: statements end with ";" at the end of a line. */
  async function runScript(graph: KgGraph): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-cypher-'));
    try {
      exportCypher(graph, join(dir, 'graph.cypher'), { batchSize: 4 });
      const script = readFileSync(join(dir, 'graph.cypher'), 'utf8');
      for (const statement of script.split(/;\n/)) {
        const code = statement.replace(/^\/\/.*$/gm, '').trim();
        if (code !== '') await driver.executeQuery(code, {}, { database: 'neo4j' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('agrees with the Cypher export: loading after the script, or the script after loading, matches everything', async () => {
    const graph = fixtureGraph();
    await runScript(graph);
    expect(await count('MATCH (n:Node) RETURN count(n)')).toBe(graph.order);
    const after = await load(graph);
    expect(after).toMatchObject({ nodesCreated: 0, nodesMatched: graph.order, relationshipsCreated: 0, relationshipsMatched: graph.size, relationshipsSkipped: 0 });
    await runScript(fixtureGraph({ grown: true }));
    await load(fixtureGraph({ grown: true }));
    expect(await count('MATCH (n) RETURN count(n)')).toBe(fixtureGraph({ grown: true }).order);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(fixtureGraph({ grown: true }).size);
    expect(await count(`MATCH (o:Organization:Node {name: $name}) RETURN count(o)`, { name: HOSTILE_NAME })).toBe(1);
  });

  it('loading the same graph twice leaves the same counts and reports everything as matched', async () => {
    const graph = fixtureGraph();
    await load(graph);
    const again = await load(graph);
    expect(again).toMatchObject({ nodesCreated: 0, nodesMatched: graph.order, relationshipsCreated: 0, relationshipsMatched: graph.size });
    expect(await count('MATCH (n) RETURN count(n)')).toBe(graph.order);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(graph.size);
  });

  it('loading a bigger graph later adds only what is new', async () => {
    const small = fixtureGraph();
    const big = fixtureGraph({ grown: true });
    await load(small);
    const summary = await load(big);
    expect(summary.nodesCreated).toBe(big.order - small.order);
    expect(summary.relationshipsCreated).toBe(big.size - small.size);
    expect(summary.nodesMatched).toBe(small.order);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(big.order);
    expect(await count("MATCH (:Union {name: '海淀区总工会'})-[:ORGANIZED]->(i:Initiative) RETURN count(i)")).toBe(1);
  });

  it('links relationships to end nodes loaded earlier, updates their properties, and skips those whose end node is missing', async () => {
    const graph = fixtureGraph();
    await load(graph);
    const relationships = relationshipRows(graph).map((row) => ({ ...row, props: { ...row.props, weight: neo4j.int(7) } }));
    const dangling = { ...relationships[0]!, id: 'MEMBER_OF|Person:不存在|Union:北京市总工会', from: 'Person:不存在' };
    // Only the first node is in this load: every other end node is found by its id in the database.
    const summary = await loadRows(driver, neo.config, nodeRows(graph).slice(0, 1), [...relationships, dangling], { batchSize: 4 });
    expect(summary).toMatchObject({ relationshipsCreated: 0, relationshipsMatched: graph.size, relationshipsSkipped: 1 });
    expect(await count('MATCH ()-[r]->() WHERE r.weight = 7 RETURN count(r)')).toBe(graph.size);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(graph.order);
  });

  it('stores names with quotes, backticks, braces, backslashes and newlines exactly, and they inject nothing', async () => {
    await load(fixtureGraph());
    const { records } = await driver.executeQuery(
      'MATCH (o:Organization {id: $id})-[r:ORGANIZED]->(i) RETURN o.name AS name, r.evidenceTexts AS texts, i.name AS initiative',
      { id: `Organization:${HOSTILE_NAME}` },
      { database: 'neo4j' },
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('name')).toBe(HOSTILE_NAME);
    expect(records[0]?.get('texts')).toEqual([`${HOSTILE_NAME}协办活动。`]);
    expect(records[0]?.get('initiative')).toBe('“暖心驿站”服务活动');
    expect(await count('MATCH (n) RETURN count(n)')).toBe(fixtureGraph().order);
  });

  it('leaves out attributes whose names are not plain identifiers instead of putting them into a query', async () => {
    const graph = fixtureGraph();
    graph.mergeNodeAttributes('Union:北京市总工会', { ['bad` = 1 DETACH DELETE n //']: 'x', note_1: '备注' } as never);
    const summary = await load(graph);
    expect(summary.nodesCreated).toBe(graph.order);
    const { records } = await driver.executeQuery("MATCH (u:Union {name: '北京市总工会'}) RETURN keys(u) AS keys, u.note_1 AS note", {}, { database: 'neo4j' });
    expect(records[0]?.get('note')).toBe('备注');
    expect((records[0]?.get('keys') as string[]).some((key) => key.includes('`'))).toBe(false);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(graph.order);
  });

  it('keeps evidence as parallel arrays and counts as integers', async () => {
    await load(fixtureGraph());
    const { records } = await driver.executeQuery(
      "MATCH (:Union {name: '朝阳区总工会'})-[r:ORGANIZED]->(:Initiative {name: '朝阳区职工职业技能大赛'}) RETURN r",
      {},
      { database: 'neo4j' },
    );
    const props = records[0]?.get('r').properties as Record<string, unknown>;
    expect(props.role).toBe('主办');
    expect(props.evidenceTexts).toEqual(['大赛由朝阳区总工会主办。', '朝阳区总工会举办本届大赛。']);
    expect(props.evidenceArticles).toEqual([ARTICLE, ARTICLE]);
    expect(await count("MATCH ()-[r:ORGANIZED {role: '主办'}]->() WHERE r.weight = 2 RETURN count(r)")).toBe(1);
    expect(await count("MATCH (u:Union {name: '北京市总工会'}) WHERE u.mentions = 3 AND u.aliases = ['市总工会'] RETURN count(u)")).toBe(1);
  });

  it('--reset removes what gonghui-kg loaded before and leaves other data alone', async () => {
    await driver.executeQuery("CREATE (:Note {text: '分析师自己的数据'})", {}, { database: 'neo4j' });
    await load(fixtureGraph({ grown: true }));
    const summary = await load(fixtureGraph(), 1000, true);
    expect(summary.nodesCreated).toBe(fixtureGraph().order);
    expect(await count('MATCH (n:Node) RETURN count(n)')).toBe(fixtureGraph().order);
    expect(await count('MATCH (n:Note) RETURN count(n)')).toBe(1);
  });

  it('creates the id constraint and the name indexes before loading', async () => {
    await load(fixtureGraph());
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties', {}, { database: 'neo4j' });
    expect(records.map((r) => [r.get('name'), r.get('labelsOrTypes'), r.get('properties')])).toContainEqual(['node_id', ['Node'], ['id']]);
    expect(await count("SHOW INDEXES YIELD name WHERE name = 'union_name' RETURN count(*)")).toBe(1);
  });
});
