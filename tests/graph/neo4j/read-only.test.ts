import { describe, expect, it } from 'vitest';
import { readOnlyRefusal, tokenize } from '../../../graph/neo4j/read-only.js';
import { readmeQueries } from './readme-queries.js';

describe('the read-only allow-list', () => {
  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 3", 'load-csv'],
    ["load csv with headers from 'http://example.com/x.csv' AS l RETURN l", 'load-csv'],
    ["MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ["RETURN 1 AS x // harmless\nLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ["RETURN 1 AS x // harmless\u2028LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ["LOAD/* split */CSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ["MATCH (n) WHERE n.x = 1. LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ['SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t', 'administration'],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'administration'],
    ['show databases', 'administration'],
    ['SHOW PROCEDURES', 'administration'],
    ['CREATE USER eve SET PASSWORD "password123"', 'administration'],
    ['CREATE OR REPLACE DATABASE other', 'administration'],
    ['STOP DATABASE neo4j', 'administration'],
    ['ALTER CURRENT USER SET PASSWORD FROM "a" TO "b"', 'administration'],
    ['GRANT ROLE admin TO eve', 'administration'],
    ['USE system SHOW USERS', 'use'],
    ['CALL dbms.listConfig()', 'procedure'],
    ['CALL dbms.components() YIELD name RETURN name', 'procedure'],
    ['CALL `dbms`.`listConfig`()', 'procedure'],
    ['CALL `db.labels`()', 'procedure'],
    ['CALL db . labels() YIELD label CALL dbms.killQuery("q") RETURN label', 'procedure'],
    ['CALL db.createLabel("X")', 'procedure'],
    ['CALL apoc.load.json("file:///etc/passwd")', 'procedure'],
    ['MATCH (n) CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name', 'procedure'],
    ['RETURN apoc.util.sha1(["x"]) AS h', 'function'],
    ['RETURN `apoc`.util.sha1(["x"]) AS h', 'function'],
    ['RETURN 1; RETURN 2', 'statements'],
    ["RETURN 'unclosed", 'unreadable'],
    ["\\u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ["RETURN '\\u0027 AS a LOAD CSV FROM \\u0027file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ['RETURN 1 AS x // \\u000aSHOW TRANSACTIONS', 'administration'],
    ["RETURN '\\uZZZZ' AS x", 'unreadable'],
    ["LOAD\u001cCSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ['SHOW\u00a0TRANSACTIONS', 'administration'],
    ['SHOW\u0000TRANSACTIONS', 'administration'],
    ['CALL\u2003dbms.listConfig()', 'procedure'],
    ['CALL db.labels() YIELD label CALL\u001cdbms\u001c.listConfig() YIELD name RETURN name', 'procedure'],
    ['RETURN 1 /* LOAD CSV', 'unreadable'],
    ['EXPLAIN MATCH (n) RETURN n', 'explain'],
    ['// first a comment\nPROFILE MATCH (n) RETURN n', 'explain'],
  ])('refuses %j by the %s rule', (query, rule) => {
    expect(readOnlyRefusal(query)?.rule).toBe(rule);
  });

  it.each([
    "MATCH (o:Organization {name: 'LOAD CSV FROM file:///etc/passwd'}) RETURN o",
    'MATCH (o:Organization) WHERE o.name = "SHOW TRANSACTIONS; TERMINATE TRANSACTIONS t" RETURN o',
    "RETURN 'it\\'s // not a comment' AS a, 'LOAD CSV' AS b",
    '// LOAD CSV FROM "file:///etc/passwd" in a comment\nMATCH (n) RETURN count(n)',
    '/* SHOW TRANSACTIONS */ MATCH (n) RETURN count(n)',
    'MATCH (n:`LOAD CSV`) RETURN n',
    'MATCH (n) RETURN n.show, n.load, n.use AS use2, {call: 1, show: 2} AS m, $load AS p',
    'MATCH p = (start:Union)-[*1..2]->(stop) RETURN start, stop, p',
    'CALL db.labels() YIELD label RETURN label',
    'CALL db.relationshipTypes()',
    'CALL db.propertyKeys',
    'CALL db.schema.visualization()',
    'CALL db.schema.nodeTypeProperties() YIELD nodeType RETURN nodeType',
    "CALL db.index.fulltext.queryNodes('names', '工会') YIELD node RETURN node",
    'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c',
    'MATCH (n) CALL { RETURN 1 AS one } RETURN n, one',
    'RETURN date.truncate("month", date()) AS d, duration.between(date(), date()) AS x, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS p',
    'MATCH (n) RETURN n;',
    "RETURN '\\\\u004cOAD CSV' AS escapedBackslash, '\\u0041' AS a",
  ])('lets %j through', (query) => {
    expect(readOnlyRefusal(query)).toBeUndefined();
  });

  it('lets every query of the README through', () => {
    const queries = readmeQueries();
    expect(queries).toHaveLength(12);
    for (const { query } of queries) expect(readOnlyRefusal(query), query).toBeUndefined();
  });

  it('says which rule refused a query, naming what it found', () => {
    expect(readOnlyRefusal('CALL dbms.listConfig()')?.message).toContain('CALL dbms.listConfig: only db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*, db.index.fulltext.queryNodes may be called');
    expect(readOnlyRefusal('SHOW TRANSACTIONS')?.message).toContain('SHOW TRANSACTIONS is an administration command');
  });

  it('reads strings, quoted names and comments as the server does', () => {
    const tokens = tokenize("MATCH (n:`a``b`) WHERE n.x = 'q\\'s' /* c */ RETURN n // end");
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:MATCH', 'symbol:(', 'word:n', 'symbol::', 'quoted:a`b', 'symbol:)', 'word:WHERE', 'word:n', 'symbol:.', 'word:x', 'symbol:=', 'string:', 'word:RETURN', 'word:n',
    ]);
  });
});
