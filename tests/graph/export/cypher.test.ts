import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherIdentifier, cypherString, exportCypher } from '../../../graph/export/cypher.js';
import { fixtureGraph, tempDir } from './tools.js';

/** Decodes a Cypher single-quoted string literal by the escapes the Cypher manual lists. */
function decodeCypherString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "'") throw new Error(`unescaped quote at ${i} in ${literal}`);
    if (c === '\n' || c === '\r') throw new Error(`raw line break at ${i} in ${literal}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (e !== undefined && e in simple) out += simple[e];
    else if (e === 'u') (out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16))), (i += 4);
    else throw new Error(`unknown escape \\${e} in ${literal}`);
  }
  return out;
}

const AWKWARD = [
  "O'Brien 工会",
  '北京"启明\\星"科技',
  'back`tick`s',
  'line\nbreak\r\nand\ttab',
  "\\'; MATCH (n) DETACH DELETE n; //",
  '\u0000\u0007\u001f\u2028 control',
  '😀 surrogate pair',
  '',
];

describe('Cypher export', () => {
  it('escapes string literals so that any name round-trips', () => {
    for (const text of AWKWARD) expect(decodeCypherString(cypherString(text))).toBe(text);
  });

  it('quotes identifiers with backticks only when needed', () => {
    expect(cypherIdentifier('Union')).toBe('Union');
    expect(cypherIdentifier('my label')).toBe('`my label`');
    expect(cypherIdentifier('a`b')).toBe('`a``b`');
  });

  it('writes constraints, then one MERGE per node and relationship, every statement ended by ;', () => {
    const graph = fixtureGraph();
    const path = join(tempDir(), 'graph.cypher');
    exportCypher(graph, path, { batchSize: 4 });
    const script = readFileSync(path, 'utf8');
    // The constraint and indexes of `gonghui-kg load`, so that loading after this script matches every node.
    expect(script).toContain('CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;\nCREATE INDEX union_name IF NOT EXISTS FOR (n:Union) ON (n.name);');
    expect(script).not.toMatch(/gonghui_\w+_id/);
    // Every node and edge id appears as an escaped literal exactly where its row is.
    for (const node of graph.nodes()) expect(script).toContain(`{id: ${cypherString(node)}, props: {`);
    for (const edge of graph.edges()) expect(script).toContain(`{id: ${cypherString(edge)}, from: ${cypherString(graph.source(edge))}, to: ${cypherString(graph.target(edge))}, props: {`);
    expect(script.match(/^MERGE \(n:Node \{id: row\.id\}\)\nSET n:\w+$/gm)!.length).toBeGreaterThanOrEqual(7);
    expect(script).toContain('MATCH (a:Node {id: row.from})\nMATCH (b:Node {id: row.to})\nMERGE (a)-[r:ORGANIZED {id: row.id}]->(b)');
    // Statements end with ';' at end of line; no literal spans lines, so cypher-shell splits correctly.
    const statements = script.split(/;\n/).filter((s) => s.trim() !== '' && !s.trim().startsWith('//'));
    for (const statement of statements) {
      for (const literal of statement.match(/'(?:[^'\\\n]|\\.)*'/g) ?? []) decodeCypherString(literal);
    }
    expect(script.endsWith(';\n')).toBe(true);
    const pagerank = graph.getNodeAttribute('Union:朝阳区总工会', 'pagerank');
    expect(script).toContain(`pagerank: ${pagerank}`);
    expect(script).toMatch(/x: -?\d+(\.\d+|e-?\d+)/);
    // Counts are integers, as the loader stores them.
    expect(script).toMatch(/mentions: \d+[,}]/);
  });
});
