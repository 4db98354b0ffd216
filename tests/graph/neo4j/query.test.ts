import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../../graph/neo4j/connection.js';
import { graphFromQuery } from '../../../graph/neo4j/graph-from-query.js';
import { loadRows } from '../../../graph/neo4j/load.js';
import { runReadQuery } from '../../../graph/neo4j/query.js';
import { nodeRows, relationshipRows } from '../../../graph/neo4j/rows.js';
import { neo4jSkipReason, startTestNeo4j, type TestNeo4j } from '../../helpers/neo4j.js';
import { ARTICLE, fixtureGraph, HOSTILE_NAME } from './fixture.js';

describe.skipIf(neo4jSkipReason !== undefined)('querying Neo4j', () => {
  let neo: TestNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    neo = await startTestNeo4j();
    driver = await openDriver(neo.config);
    const graph = fixtureGraph();
    await loadRows(driver, neo.config, nodeRows(graph), relationshipRows(graph));
  });
  afterAll(async () => {
    await driver?.close();
    await neo?.stop();
  });

  it.each([
    ['CREATE (:Union {name: $name})', 'writes'],
    ["MATCH (u:Union) SET u.name = 'x'", 'writes'],
    ['MATCH (n) DETACH DELETE n', 'writes'],
    ['CREATE INDEX evil IF NOT EXISTS FOR (n:Union) ON (n.key)', 'changes the schema'],
    ['MATCH (n) CALL (n) { SET n.seen = true } IN TRANSACTIONS', 'writes'],
  ])('refuses %s unless writes are allowed', async (query, what) => {
    await expect(runReadQuery(neo.config, query, { name: '测试工会' })).rejects.toThrow(
      `gonghui-kg/cypher: refusing a query that ${what}; queries are read-only unless you pass --write`,
    );
    const { records } = await driver.executeQuery("MATCH (n) WHERE n.name = '测试工会' OR n.seen OR n.name = 'x' RETURN count(n)", {}, { database: 'neo4j' });
    expect(Number(records[0]?.get(0))).toBe(0);
  });

  it('runs a write when asked to', async () => {
    const result = await runReadQuery(neo.config, 'CREATE (n:Scratch {name: $name}) RETURN n.name AS name', { name: '临时' }, { write: true });
    expect(result.rows).toEqual([{ name: '临时' }]);
    await runReadQuery(neo.config, 'MATCH (n:Scratch) DELETE n', {}, { write: true });
  });

  it('returns nodes, relationships and paths as plain objects, and whole-number parameters as integers', async () => {
    const result = await runReadQuery(
      neo.config,
      'MATCH p = (u:Union {name: $name})-[r:SUBORDINATE_TO]->(top) RETURN u, r, p LIMIT $n',
      { name: '望京街道总工会', n: 1 },
    );
    const row = result.rows[0] as Record<string, any>;
    expect(row.u).toMatchObject({ kind: 'node', labels: ['Node', 'Union'], properties: { id: 'Union:望京街道总工会', name: '望京街道总工会', mentions: 1 } });
    expect(row.r).toMatchObject({ kind: 'relationship', type: 'SUBORDINATE_TO', startElementId: row.u.elementId, properties: { weight: 1 } });
    expect(row.p.kind).toBe('path');
    expect(row.p.nodes.map((n: any) => n.properties.name)).toEqual(['望京街道总工会', '朝阳区总工会']);
    expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
  });

  it('keeps the column names of a query that finds nothing', async () => {
    const result = await runReadQuery(neo.config, "MATCH (u:Union {name: '不存在的工会'}) RETURN u.name AS union, u.mentions AS mentions");
    expect(result).toMatchObject({ columns: ['union', 'mentions'], rows: [] });
  });

  it('turns a query result into a graph with names, roles and evidence restored', async () => {
    const graph = await graphFromQuery(
      driver,
      neo.config,
      "MATCH (o)-[r:ORGANIZED]->(i:Initiative {name: '“暖心驿站”服务活动'}) RETURN r",
    );
    expect(graph.nodes().sort()).toEqual([`Organization:${HOSTILE_NAME}`, 'Initiative:“暖心驿站”服务活动', 'Union:望京街道总工会'].sort());
    const key = graph.edges().find((edge) => graph.source(edge) === `Organization:${HOSTILE_NAME}`);
    expect(graph.getEdgeAttributes(key!)).toMatchObject({
      type: 'ORGANIZED',
      role: '协办',
      weight: 1,
      evidence: [{ article: ARTICLE, text: `${HOSTILE_NAME}协办活动。` }],
    });
    expect(graph.getNodeAttributes(`Organization:${HOSTILE_NAME}`)).toMatchObject({ label: 'Organization', name: HOSTILE_NAME });
  });
});
