// `gonghui-kg cypher "<query>"`: runs Cypher against Neo4j, read-only unless --write.
import type { Command } from 'commander';
import { KgError } from '../../extractor/errors.js';
import type { PlainNode, PlainRelationship, PlainValue } from '../../graph/neo4j/plain.js';
import { addConnectionOptions, configFromFlags, type ConnectionFlags } from './neo4j.js';

interface CypherFlags extends ConnectionFlags {
  param?: Record<string, unknown>;
  format: string;
  write?: boolean;
}

const FORMATS = ['table', 'json', 'csv'] as const;

/** `name=value`: the value is read as JSON when it is JSON (5, true, ["a"], "quoted"), else as text. */
export function parseParam(text: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = text.indexOf('=');
  const name = text.slice(0, eq);
  if (eq < 1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new KgError('cypher', `expected --param name=value, got "${text}"`);
  }
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Plain text such as 北京市总工会 is not JSON: it is meant as a string.
  }
  return { ...previous, [name]: value };
}

function nodeText(node: PlainNode): string {
  const name = node.properties.name ?? node.properties.title ?? node.properties.id;
  const labels = node.labels.filter((label) => label !== 'Node').map((label) => `:${label}`).join('');
  return `(${labels}${name === undefined ? '' : ` ${cellText(name)}`})`;
}

function relationshipText(rel: PlainRelationship): string {
  const role = rel.properties.role;
  return `[:${rel.type}${typeof role === 'string' ? ` ${role}` : ''}]`;
}

/** A value as one readable line: nodes as (:Label name), relationships as [:TYPE role], paths as chains. */
export function cellText(value: PlainValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  switch (value.kind) {
    case 'node':
      return nodeText(value as PlainNode);
    case 'relationship':
      return relationshipText(value as PlainRelationship);
    case 'path': {
      const { nodes, relationships } = value as { nodes: PlainNode[]; relationships: PlainRelationship[] };
      let text = nodes[0] === undefined ? '' : nodeText(nodes[0]);
      relationships.forEach((rel, i) => {
        const previous = nodes[i];
        const next = nodes[i + 1];
        const forward = previous !== undefined && rel.startElementId === previous.elementId;
        text += forward ? `-${relationshipText(rel)}->` : `<-${relationshipText(rel)}-`;
        if (next !== undefined) text += nodeText(next);
      });
      return text;
    }
  }
  return JSON.stringify(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function register(program: Command): void {
  addConnectionOptions(
    program
      .command('cypher')
      .description('run a Cypher query against Neo4j and print the result; read-only unless --write')
      .argument('<query>', 'the Cypher query; use $name for values and pass them with --param')
      .option('--param <name=value>', 'a query parameter, repeatable; JSON values (5, true, ["a","b"]) or plain text', parseParam)
      .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
      .option('--write', 'allow queries that write or change the schema')
      .addHelpText('after', '\nExample:\n  gonghui-kg cypher "MATCH (u:Union)-[:ORGANIZED]->(i:Initiative) WHERE u.name = $union RETURN i.name" --param union=北京市总工会'),
  ).action(async (query: string, flags: CypherFlags) => {
    if (!(FORMATS as readonly string[]).includes(flags.format)) {
      throw new KgError('cypher', `expected --format to be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
    }
    const config = configFromFlags(flags);
    const { runReadQuery } = await import('../../graph/neo4j/query.js');
    const result = await runReadQuery(config, query, flags.param ?? {}, { write: flags.write === true });
    if (flags.format === 'json') {
      process.stdout.write(`${JSON.stringify(result.rows, null, 2)}\n`);
      return;
    }
    const cells = result.rows.map((row) => result.columns.map((column) => cellText(row[column] ?? null)));
    if (flags.format === 'csv') {
      const lines = [result.columns, ...cells].map((line) => line.map(csvField).join(','));
      process.stdout.write(`${lines.join('\r\n')}\r\n`);
      return;
    }
    const { renderTable } = await import('../format/table.js');
    process.stdout.write(renderTable(result.columns, cells));
    process.stdout.write(`(${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'})\n`);
  });
}
