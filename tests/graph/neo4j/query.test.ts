import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../../graph/neo4j/connection.js';
import { graphFromQuery } from '../../../graph/neo4j/graph-from-query.js';
import { loadRows } from '../../../graph/neo4j/load.js';
import { planRefusal, runReadQuery } from '../../../graph/neo4j/query.js';
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

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 3", 'load-csv'],
    ["RETURN 1 AS one // a comment\nLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 3", 'load-csv'],
    ['SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t', 'administration'],
    ['SHOW TRANSACTIONS', 'administration'],
    ['CALL dbms.listConfig() YIELD name RETURN name', 'procedure'],
    ['CALL dbms.components()', 'procedure'],
    ['USE system SHOW USERS', 'use'],
  ])('refuses %j by the %s rule, whatever EXPLAIN says', async (query, rule) => {
    await expect(runReadQuery(neo.config, query)).rejects.toThrow(`gonghui-kg/cypher: refusing a query that breaks the "${rule}" rule: `);
  });

  it('finds LOAD CSV, SHOW and other procedures in the plan too, behind the tokens', async () => {
    await expect(planRefusal(driver, neo.config, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).resolves.toBe('uses LOAD CSV, which reads files and URLs on the database server');
    await expect(planRefusal(driver, neo.config, 'SHOW TRANSACTIONS')).resolves.toMatch(/^runs the administration operator Show/);
    await expect(planRefusal(driver, neo.config, 'CALL dbms.components()')).resolves.toBe('calls the procedure dbms.components');
    await expect(planRefusal(driver, neo.config, 'CALL db.labels()')).resolves.toBeUndefined();
    await expect(planRefusal(driver, neo.config, 'MATCH (u:Union) RETURN u.name')).resolves.toBeUndefined();
  });

  it('runs the read procedures of the allow-list', async () => {
    const result = await runReadQuery(neo.config, 'CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(result.rows.map((row) => row.label)).toContain('Union');
    await expect(runReadQuery(neo.config, 'CALL db.schema.visualization()')).resolves.toMatchObject({ columns: ['nodes', 'relationships'] });
  });

  it('keeps a LOAD CSV named in a string or a comment harmless, as the server does', async () => {
    const result = await runReadQuery(neo.config, "// LOAD CSV FROM 'file:///etc/passwd'\nRETURN 'LOAD CSV FROM file:///etc/passwd' AS text, \"it\\'s\" AS quote");
    expect(result.rows).toEqual([{ text: 'LOAD CSV FROM file:///etc/passwd', quote: "it's" }]);
  });

  it('reads \\u escapes before anything else, as the server does', async () => {
    // Neo4j's parser decodes \uXXXX anywhere in the text before reading it, as Java does.
    await expect(runReadQuery(neo.config, 'RETURN \\u0031 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
    await expect(runReadQuery(neo.config, "\\u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).rejects.toThrow('breaks the "load-csv" rule');
  });

  it('keeps only the first rows when asked to, and says so', async () => {
    const result = await runReadQuery(neo.config, 'UNWIND range(1, 100000) AS x RETURN x', {}, { maxRows: 10 });
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect((await runReadQuery(neo.config, 'UNWIND range(1, 10) AS x RETURN x', {}, { maxRows: 10 })).truncated).toBe(false);
  });

  it('stops a query at its time limit, and when its caller aborts it', async () => {
    const slow = 'UNWIND range(1, 3000000000) AS x RETURN count(x) AS n';
    await expect(runReadQuery(neo.config, slow, {}, { timeoutMs: 1000 })).rejects.toThrow('gonghui-kg/cypher: the query ran longer than 1 s and was stopped');
    const running = async (): Promise<number> => {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $slow RETURN count(*) AS n', { slow }, { database: 'neo4j' });
      return Number(records[0]?.get('n'));
    };
    const controller = new AbortController();
    const query = runReadQuery(neo.config, slow, {}, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await running()).toBe(1);
    controller.abort();
    await expect(query).rejects.toThrow('gonghui-kg/cypher: the query was cancelled');
    // The server lets go of the query soon after its connection closes.
    let left = 1;
    for (let i = 0; i < 20 && left > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      left = await running();
    }
    expect(left).toBe(0);
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
