import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../graph/neo4j/connection.js';
import { loadRows } from '../../graph/neo4j/load.js';
import { nodeRows, relationshipRows } from '../../graph/neo4j/rows.js';
import { HOSTILE_NAME, fixtureGraph } from '../graph/neo4j/fixture.js';
import { neo4jSkipReason, startTestNeo4j, TEST_PASSWORD, type TestNeo4j } from '../helpers/neo4j.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function cli(args: string[]) {
  const env = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 1));
    });
  });
}

describe.skipIf(neo4jSkipReason !== undefined)('gonghui-kg cypher', () => {
  let neo: TestNeo4j;
  let connection: string[];

  beforeAll(async () => {
    neo = await startTestNeo4j();
    connection = ['--neo4j', neo.config.uri, '--password', TEST_PASSWORD];
    const driver = await openDriver(neo.config);
    const graph = fixtureGraph();
    await loadRows(driver, neo.config, nodeRows(graph), relationshipRows(graph));
    await driver.close();
  });
  afterAll(async () => {
    await neo?.stop();
  });

  it('prints a table whose columns line up with Chinese text', () => {
    const { code, stdout } = cli(['cypher', 'MATCH (u:Union) RETURN u.name AS union, u.mentions AS mentions ORDER BY mentions DESC, union', ...connection]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^union\s+mentions$/);
    expect(lines.slice(2, 6).map((line) => line.replace(/\s+\d+$/, '').trimEnd())).toEqual(['北京市总工会', '朝阳区总工会', '望京街道总工会', '海淀区总工会']);
    const column = stringWidth(lines[0]!.slice(0, lines[0]!.indexOf('mentions')));
    for (const line of lines.slice(2, 6)) expect(stringWidth(line.slice(0, line.search(/\d+$/)))).toBe(column);
    expect(lines.at(-1)).toBe('(4 rows)');
  });

  it('prints nodes, relationships and paths readably', () => {
    const { code, stdout } = cli([
      'cypher',
      "MATCH p = (u:Union {name: '望京街道总工会'})-[r:SUBORDINATE_TO]->(top:Union) RETURN top, r, p",
      ...connection,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('(:Union 朝阳区总工会)  [:SUBORDINATE_TO]  (:Union 望京街道总工会)-[:SUBORDINATE_TO]->(:Union 朝阳区总工会)');
  });

  it('takes parameters: plain text as a string, numbers as integers', () => {
    const { code, stdout } = cli([
      'cypher',
      'MATCH (:Union {name: $union})-[o:ORGANIZED]->(i) RETURN i.name AS initiative, o.role AS role ORDER BY initiative LIMIT $n',
      '--param', 'union=朝阳区总工会', '--param', 'n=1', '--format', 'json', ...connection,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ initiative: '朝阳区职工职业技能大赛', role: '主办' }]);
  });

  it('writes CSV with awkward names quoted', () => {
    const { code, stdout } = cli(['cypher', 'MATCH (o:Organization) WHERE o.name STARTS WITH "O" RETURN o.name AS name, o.mentions AS mentions', '--format', 'csv', ...connection]);
    expect(code).toBe(0);
    expect(stdout).toBe(`name,mentions\r\n"${HOSTILE_NAME.replace(/"/g, '""')}",1\r\n`);
  });

  it('refuses a query that writes, and runs it with --write', () => {
    const refused = cli(['cypher', "CREATE (:Union {name: '新工会'})", ...connection]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('gonghui-kg/cypher: refusing a query that writes; queries are read-only unless you pass --write\n');
    const allowed = cli(['cypher', "CREATE (u:Scratch {name: '新工会'}) RETURN u.name AS name", '--write', ...connection]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('新工会');
  });

  it('refuses LOAD CSV, administration and other procedures without --write, naming the rule', () => {
    const cases: [string, string][] = [
      ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 3", 'load-csv: LOAD CSV reads files and URLs on the database server'],
      ['SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t', 'administration: SHOW TRANSACTIONS is an administration command'],
      ['CALL dbms.listConfig()', 'procedure: CALL dbms.listConfig: only db.labels'],
    ];
    for (const [query, rule] of cases) {
      const refused = cli(['cypher', query, ...connection]);
      expect(refused.code, query).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(new RegExp(`^gonghui-kg/cypher: refusing a query that breaks the "${rule.replace(/[.*]/g, '\\$&').replace(': ', '" rule: ')}.*; queries are read-only unless you pass --write\n$`));
    }
    const labels = cli(['cypher', 'CALL db.labels() YIELD label RETURN label ORDER BY label', '--format', 'json', ...connection]);
    expect(labels.code).toBe(0);
    expect(labels.stdout).toContain('"label": "Union"');
  });

  it('reports a Cypher syntax error in one line', () => {
    const { code, stdout, stderr } = cli(['cypher', 'MATCH (u:Union RETURN u', ...connection]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^gonghui-kg\/cypher: Cypher syntax error: .+\n$/);
  });

  it('reports a wrong password in one line, with a stack only under --debug', () => {
    const { code, stderr } = cli(['cypher', 'RETURN 1', '--neo4j', neo.config.uri, '--password', 'not-the-password']);
    expect(code).toBe(1);
    expect(stderr).toBe(`gonghui-kg/neo4j: Neo4j at ${neo.config.uri} refused user "neo4j": wrong user name or password (NEO4J_USER / NEO4J_PASSWORD or --user / --password)\n`);
    const debug = cli(['--debug', 'cypher', 'RETURN 1', '--neo4j', neo.config.uri, '--password', 'not-the-password']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('reports an unknown database in one line', () => {
    const { code, stderr } = cli(['cypher', 'RETURN 1', '--database', 'unions', ...connection]);
    expect(code).toBe(1);
    expect(stderr).toBe(`gonghui-kg/neo4j: database "unions" does not exist on ${neo.config.uri} (NEO4J_DATABASE / --database; Community Edition has only "neo4j")\n`);
  });

  it('reports a server that is down in one line', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const { code, stderr } = cli(['cypher', 'RETURN 1', '--neo4j', uri]);
    expect(code).toBe(1);
    expect(stderr).toBe(`gonghui-kg/neo4j: cannot reach Neo4j at ${uri}; start one with "npm run neo4j" or point NEO4J_URI / --neo4j at your server\n`);
  });
});
