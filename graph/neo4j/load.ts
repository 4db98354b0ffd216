// Idempotent, batched loading of graph rows into Neo4j: constraints first, then UNWIND … MERGE
// per label and per relationship type, each batch in its own retried write transaction, a few
// transactions at a time.
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { KgError } from '../../extractor/errors.js';
import type { EdgeType, NodeLabel } from '../schema.js';
import { EDGE_TYPES, NODE_LABELS } from '../schema.js';
import type { Neo4jConfig } from './config.js';
import { assertEdgeType, assertNodeLabel, type NodeRow, type Properties, type RelationshipRow } from './rows.js';
import { relationshipRounds, runPool } from './schedule.js';

/** Every node loaded by gonghui-kg carries this label; its `id` is unique. */
export const COMMON_LABEL = 'Node';

export interface LoadOptions {
  /** Rows per transaction. */
  batchSize: number;
  /** Delete every :Node (and its relationships) first. */
  reset: boolean;
  /** Transactions run side by side (relationships scheduled so that they never wait on each other). */
  concurrency: number;
  onProgress?: (progress: LoadProgress) => void;
}

export const DEFAULT_LOAD_OPTIONS: Readonly<LoadOptions> = { batchSize: 5000, reset: false, concurrency: 2 };

export interface LoadProgress {
  phase: 'nodes' | 'relationships';
  done: number;
  total: number;
}

export interface LoadSummary {
  nodesCreated: number;
  nodesMatched: number;
  relationshipsCreated: number;
  relationshipsMatched: number;
  /** Relationships whose start or end node is not in the database. */
  relationshipsSkipped: number;
  seconds: number;
}

export function resolveLoadOptions(partial: Partial<LoadOptions> = {}): LoadOptions {
  const options = { ...DEFAULT_LOAD_OPTIONS, ...partial };
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 100_000) {
    throw new KgError('neo4j', `expected a batch size between 1 and 100000, got ${options.batchSize}`);
  }
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1 || options.concurrency > 16) {
    throw new KgError('neo4j', `expected a concurrency between 1 and 16, got ${options.concurrency}`);
  }
  return options;
}

function indexName(label: string): string {
  return `${label.toLowerCase()}_name`;
}

/**
 * The uniqueness constraint MERGE relies on, and a name index per label for analysts' lookups; the
 * Cypher export starts with the same statements, so a database may get its graph either way.
 */
export function schemaStatements(): string[] {
  return [
    `CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:${COMMON_LABEL}) REQUIRE n.id IS UNIQUE`,
    ...NODE_LABELS.map((label) => `CREATE INDEX ${indexName(label)} IF NOT EXISTS FOR (n:${label}) ON (n.name)`),
  ];
}

export async function ensureSchema(driver: Driver, config: Neo4jConfig): Promise<void> {
  const session = driver.session({ database: config.database });
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

/** Deletes every node gonghui-kg loaded, in transactions of 10000 (other data is left alone). */
export async function resetGraph(driver: Driver, config: Neo4jConfig): Promise<void> {
  const session = driver.session({ database: config.database });
  try {
    await session.run(`MATCH (n:${COMMON_LABEL}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}

/** Property names go into the query text, so only plain identifiers are accepted (and quoted). */
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `SET` of the properties in `keys`, read from the row from index `first` on. */
function setClause(variable: string, keys: readonly string[], first: number): string {
  // Explicit properties instead of `+= map`: a map could hold `id`, which MERGE reads, and
  // the planner would then add an Eager operator that materializes the whole batch first.
  return keys
    .map((key, i) => {
      if (!PROPERTY_NAME.test(key)) throw new KgError('neo4j', `property name "${key}" is not a plain identifier`);
      return `${variable}.\`${key}\` = row[${first + i}]`;
    })
    .join(', ');
}

function nodeQuery(label: NodeLabel, keys: readonly string[]): string {
  assertNodeLabel(label);
  const set = keys.length > 0 ? `, ${setClause('n', keys, 1)}` : '';
  return `UNWIND $rows AS row
MERGE (n:${COMMON_LABEL} {id: row[0]})
SET n:${label}${set}
RETURN row[0] AS id, elementId(n) AS node`;
}

/**
 * With `byElementId`, the end nodes of a row are the element ids the node phase of this load
 * returned: a seek by element id costs a fraction of a unique-index seek on a long string id,
 * and the index seeks were the largest share of the server's time per relationship. An element
 * id could name another node only if its node were deleted, and the id reused by a new :Node,
 * while this load runs. Otherwise they are `id`s, for end nodes that were not in this load.
 */
function relationshipQuery(type: EdgeType, keys: readonly string[], byElementId: boolean): string {
  assertEdgeType(type);
  const set = keys.length > 0 ? `\nSET ${setClause('r', keys, 3)}` : '';
  const end = (variable: string, index: number): string =>
    byElementId
      ? `MATCH (${variable}:${COMMON_LABEL}) WHERE elementId(${variable}) = row[${index}]`
      : `MATCH (${variable}:${COMMON_LABEL} {id: row[${index}]})`;
  return `UNWIND $rows AS row
${end('a', 1)}
${end('b', 2)}
MERGE (a)-[r:${type} {id: row[0]}]->(b)${set}
RETURN count(r) AS merged`;
}

/**
 * Query, property names and rows of each transaction: per label or type, per set of property
 * names, at most `size` rows.
 */
function* batches<K extends string, R extends { props: Properties }>(
  groups: [K, R[]][],
  queryFor: (key: K, properties: readonly string[]) => string,
  size: number,
): Generator<[string, string[], R[]]> {
  for (const [key, rows] of groups) {
    for (const [properties, group] of byPropertyNames(rows)) {
      const query = queryFor(key, properties);
      for (let i = 0; i < group.length; i += size) yield [query, properties, group.slice(i, i + size)];
    }
  }
}

/** Rows of one label or type split by their property names, so every row of a query sets the same ones. */
function byPropertyNames<R extends { props: Properties }>(rows: readonly R[]): [string[], R[]][] {
  const groups = new Map<string, [string[], R[]]>();
  for (const row of rows) {
    const keys = Object.keys(row.props).filter((key) => key !== 'id').sort();
    const signature = keys.join('\u0000');
    const group = groups.get(signature);
    if (group === undefined) groups.set(signature, [keys, [row]]);
    else group[1].push(row);
  }
  return [...groups.values()];
}

/** Runs one batch in a retried write transaction; `read` takes what it needs from the result. */
async function runBatch<T>(
  driver: Driver,
  config: Neo4jConfig,
  query: string,
  rows: readonly object[],
  read: (result: QueryResult) => T,
): Promise<T> {
  const session = driver.session({ database: config.database });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => read(await tx.run(query, { rows })));
  } finally {
    await session.close();
  }
}

/**
 * Rows are lists, not maps: [id, <ends of a relationship>, <properties in `keys` order>]. A map
 * repeats every property name in every row, which the driver encodes and the server decodes again
 * for each row of a batch.
 */
function listRow(id: string, props: Properties, keys: readonly string[], ends: unknown[] = []): unknown[] {
  return [id, ...ends, ...keys.map((key) => props[key])];
}

function groupBy<K extends string, R>(rows: readonly R[], keyOf: (row: R) => K, order: readonly K[]): [K, R[]][] {
  const groups = new Map<K, R[]>(order.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return [...groups].filter(([, group]) => group.length > 0);
}

export async function loadRows(
  driver: Driver,
  config: Neo4jConfig,
  nodes: readonly NodeRow[],
  relationships: readonly RelationshipRow[],
  partial: Partial<LoadOptions> = {},
): Promise<LoadSummary> {
  const options = resolveLoadOptions(partial);
  const started = performance.now();
  for (const row of nodes) assertNodeLabel(row.label);
  for (const row of relationships) assertEdgeType(row.type);
  if (options.reset) await resetGraph(driver, config);
  await ensureSchema(driver, config);

  const summary: LoadSummary = {
    nodesCreated: 0,
    nodesMatched: 0,
    relationshipsCreated: 0,
    relationshipsMatched: 0,
    relationshipsSkipped: 0,
    seconds: 0,
  };
  let done = 0;
  const elementIds = new Map<string, string>();
  // Nodes have distinct ids, so any node batches may run side by side.
  const nodeJobs = [...batches(groupBy(nodes, (row) => row.label, NODE_LABELS), nodeQuery, options.batchSize)];
  await runPool(nodeJobs, options.concurrency, async ([query, keys, batch]) => {
    const rows = batch.map((row) => listRow(row.id, row.props, keys));
    const count = await runBatch(driver, config, query, rows, (result) => {
      for (const record of result.records) elementIds.set(record.get('id') as string, record.get('node') as string);
      return { created: result.summary.counters.updates().nodesCreated, merged: result.records.length };
    });
    summary.nodesCreated += count.created;
    summary.nodesMatched += count.merged - count.created;
    done += batch.length;
    options.onProgress?.({ phase: 'nodes', done, total: nodes.length });
  });
  done = 0;
  const byType = (rows: RelationshipRow[]): [EdgeType, RelationshipRow[]][] => groupBy(rows, (row) => row.type, EDGE_TYPES);
  for (const round of relationshipRounds(relationships, options.concurrency)) {
    await runPool(round, options.concurrency, async (cell) => {
      const known = cell.filter((row) => elementIds.has(row.from) && elementIds.has(row.to));
      const unknown = cell.filter((row) => !elementIds.has(row.from) || !elementIds.has(row.to));
      const jobs = [
        ...[...batches(byType(known), (type, keys) => relationshipQuery(type, keys, true), options.batchSize)].map(
          ([query, keys, batch]): [string, RelationshipRow[], unknown[][]] => [
            query,
            batch,
            batch.map((row) => listRow(row.id, row.props, keys, [elementIds.get(row.from), elementIds.get(row.to)])),
          ],
        ),
        ...[...batches(byType(unknown), (type, keys) => relationshipQuery(type, keys, false), options.batchSize)].map(
          ([query, keys, batch]): [string, RelationshipRow[], unknown[][]] => [
            query,
            batch,
            batch.map((row) => listRow(row.id, row.props, keys, [row.from, row.to])),
          ],
        ),
      ];
      for (const [query, batch, rows] of jobs) {
        const count = await runBatch(driver, config, query, rows, (result) => ({
          created: result.summary.counters.updates().relationshipsCreated,
          merged: (result.records[0]?.get('merged') as { toNumber(): number } | undefined)?.toNumber() ?? 0,
        }));
        summary.relationshipsCreated += count.created;
        summary.relationshipsMatched += count.merged - count.created;
        summary.relationshipsSkipped += batch.length - count.merged;
        done += batch.length;
        options.onProgress?.({ phase: 'relationships', done, total: relationships.length });
      }
    });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
