import { describe, expect, it } from 'vitest';
import { DEFAULT_NEO4J_CONFIG, resolveNeo4jConfig } from '../../../graph/neo4j/config.js';

describe('resolveNeo4jConfig', () => {
  it('uses the local server of `npm run neo4j` when nothing is set', () => {
    expect(resolveNeo4jConfig({}, {})).toEqual(DEFAULT_NEO4J_CONFIG);
    expect(DEFAULT_NEO4J_CONFIG).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'gonghui-kg', database: 'neo4j' });
  });

  it('takes NEO4J_* variables over the defaults and flags over the variables', () => {
    const env = { NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_USER: 'analyst', NEO4J_PASSWORD: 'from-env', NEO4J_DATABASE: 'unions' };
    expect(resolveNeo4jConfig({}, env)).toEqual({ uri: env.NEO4J_URI, user: 'analyst', password: 'from-env', database: 'unions' });
    expect(resolveNeo4jConfig({ uri: 'bolt://localhost:7688', password: 'from-flag' }, env)).toEqual({
      uri: 'bolt://localhost:7688',
      user: 'analyst',
      password: 'from-flag',
      database: 'unions',
    });
  });

  it('rejects what is not a Neo4j URI or database name, saying what was expected', () => {
    expect(() => resolveNeo4jConfig({ uri: 'http://localhost:7474' }, {})).toThrow(
      'gonghui-kg/neo4j: expected a Neo4j URI such as bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io (--neo4j / NEO4J_URI), got "http://localhost:7474"',
    );
    expect(() => resolveNeo4jConfig({}, { NEO4J_DATABASE: 'my db' })).toThrow('expected a database name of 3–63 letters');
    expect(() => resolveNeo4jConfig({ user: '' }, {})).toThrow('expected a user name (--user / NEO4J_USER)');
  });
});
