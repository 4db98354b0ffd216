// Runs analysts' Cypher. Read-only unless asked otherwise: the query is EXPLAINed first and
// refused when its type is not "r" (a read transaction alone does not stop writes on a single
// server, and procedures can write).
import type { Driver, Record as Neo4jRecord, Result } from 'neo4j-driver';
import { KgError } from '../../extractor/errors.js';
import type { Neo4jConfig } from './config.js';
import { withDriver } from './connection.js';
import { toParameters, toPlain, type PlainValue } from './plain.js';

export interface QueryOptions {
  /** Allow queries that write (type "w", "rw" or "s"). */
  write: boolean;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, PlainValue>[];
  /** Neo4j's query type: "r" read-only, "rw" read-write, "w" write-only, "s" schema. */
  queryType: string;
}

const QUERY_TYPE_NAMES: Record<string, string> = {
  rw: 'writes',
  w: 'writes',
  s: 'changes the schema',
};

/** The query's type according to the server's planner, without running it. */
export async function explainQueryType(driver: Driver, config: Neo4jConfig, query: string, params: Record<string, unknown>): Promise<string> {
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(query)) {
    throw new KgError('cypher', 'leave out EXPLAIN / PROFILE: the query is explained before it runs');
  }
  const session = driver.session({ database: config.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`EXPLAIN ${query}`, params);
    return result.summary.queryType;
  } finally {
    await session.close();
  }
}

export async function runQuery(
  driver: Driver,
  config: Neo4jConfig,
  query: string,
  params: Record<string, unknown> = {},
  options: Partial<QueryOptions> = {},
): Promise<QueryResult> {
  const parameters = toParameters(params);
  const queryType = await explainQueryType(driver, config, query, parameters);
  const write = options.write ?? false;
  if (queryType !== 'r' && !write) {
    throw new KgError(
      'cypher',
      `refusing a query that ${QUERY_TYPE_NAMES[queryType] ?? `is of type "${queryType}"`}; queries are read-only unless you pass --write`,
    );
  }
  // Writes run in an auto-commit transaction so that CALL { … } IN TRANSACTIONS works.
  const session = driver.session({ database: config.database, defaultAccessMode: write ? 'WRITE' : 'READ' });
  try {
    const collect = async (result: Result): Promise<{ columns: string[]; records: Neo4jRecord[] }> => {
      const columns = (await result.keys()).map(String);
      return { columns, records: (await result).records };
    };
    const { columns, records } = write
      ? await collect(session.run(query, parameters))
      : await session.executeRead((tx) => collect(tx.run(query, parameters)));
    const rows = records.map((record) => {
      const row: Record<string, PlainValue> = {};
      for (const column of columns) row[column] = toPlain(record.get(column));
      return row;
    });
    return { columns, rows, queryType };
  } finally {
    await session.close();
  }
}

/**
 * Runs one read-only query with its own connection: the entry point for the viewer's Cypher
 * panel. Throws a KgError with a one-line message for refused queries and connection problems.
 */
export async function runReadQuery(
  config: Neo4jConfig,
  query: string,
  params: Record<string, unknown> = {},
  options: Partial<QueryOptions> = {},
): Promise<QueryResult> {
  return withDriver(config, (driver) => runQuery(driver, config, query, params, options));
}
