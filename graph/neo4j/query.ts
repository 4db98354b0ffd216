// Runs analysts' Cypher. Read-only unless asked otherwise: the query's tokens must keep the
// allow-list of read-only.ts, its EXPLAIN type must be "r" (a read transaction alone does not stop
// writes on a single server, and procedures can write), and its plan must hold no file or
// administration operator.
import type { Driver, ManagedTransaction, Plan, Record as Neo4jRecord, Result } from 'neo4j-driver';
import { KgError } from '../../extractor/errors.js';
import type { Neo4jConfig } from './config.js';
import { withDriver } from './connection.js';
import { toParameters, toPlain, type PlainValue } from './plain.js';
import { isReadProcedure, readOnlyRefusal } from './read-only.js';

export interface QueryOptions {
  /** Allow queries that write, change the schema, call any procedure or administer the server. */
  write: boolean;
  /** Server-side time limit of the query's transaction, in milliseconds; none when undefined. */
  timeoutMs?: number;
  /** Rows kept; the query's other rows are discarded on the server and `truncated` is set. */
  maxRows?: number;
  /** Aborting ends the query on the server (the explorer's client went away). */
  signal?: AbortSignal;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, PlainValue>[];
  /** Neo4j's query type: "r" read-only, "rw" read-write, "w" write-only, "s" schema. */
  queryType: string;
  /** True when the query returned more than `maxRows` rows and only the first ones are here. */
  truncated: boolean;
}

const QUERY_TYPE_NAMES: Record<string, string> = {
  rw: 'writes',
  w: 'writes',
  s: 'changes the schema',
};

const READ_ONLY = 'queries are read-only unless you pass --write';

function refuse(what: string): never {
  throw new KgError('cypher', `refusing a query that ${what}; ${READ_ONLY}`);
}

/** The first operator of a plan that reads files or administers the server, if any. */
function forbiddenOperator(plan: Plan | false): string | undefined {
  if (plan === false) return undefined;
  const operator = plan.operatorType.split('@')[0] ?? '';
  if (operator === 'LoadCSV') return 'uses LOAD CSV, which reads files and URLs on the database server';
  // SHOW … commands plan as reads; TERMINATE … can hide behind them.
  if (/^(Show|Terminate)/.test(operator)) return `runs the administration operator ${operator}`;
  if (operator === 'ProcedureCall') {
    // The details are the signature: "db.labels() :: (label :: STRING)".
    const signature = String((plan.arguments as Record<string, unknown>).Details ?? '');
    const name = /^[\w.]+/.exec(signature)?.[0] ?? signature;
    if (!isReadProcedure(name.split('.'))) return `calls the procedure ${name === '' ? '(unnamed)' : name}`;
  }
  for (const child of plan.children) {
    const found = forbiddenOperator(child as Plan);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The query's EXPLAIN plan, without running it. */
async function explain(driver: Driver, config: Neo4jConfig, query: string, params: Record<string, unknown>): Promise<{ queryType: string; plan: Plan | false }> {
  const session = driver.session({ database: config.database, defaultAccessMode: 'READ' });
  try {
    const { summary } = await session.run(`EXPLAIN ${query}`, params);
    return { queryType: summary.queryType, plan: summary.plan };
  } finally {
    await session.close();
  }
}

/** Refuses `query` unless it keeps the read-only allow-list, the planner calls it a read and its plan holds no forbidden operator. */
export async function checkReadOnly(driver: Driver, config: Neo4jConfig, query: string, params: Record<string, unknown>): Promise<string> {
  const refusal = readOnlyRefusal(query);
  if (refusal !== undefined) refuse(`breaks the "${refusal.rule}" rule: ${refusal.message}`);
  const { queryType, plan } = await explain(driver, config, query, params);
  if (queryType !== 'r') refuse(QUERY_TYPE_NAMES[queryType] ?? `is of type "${queryType}"`);
  const operator = forbiddenOperator(plan);
  if (operator !== undefined) refuse(operator);
  return queryType;
}

/** What the EXPLAIN plan alone shows a query to do beyond reading, if anything: the second line behind the tokens. */
export async function planRefusal(driver: Driver, config: Neo4jConfig, query: string, params: Record<string, unknown> = {}): Promise<string | undefined> {
  return forbiddenOperator((await explain(driver, config, query, params)).plan);
}

async function collect(result: Result, maxRows: number): Promise<{ columns: string[]; records: Neo4jRecord[]; truncated: boolean }> {
  const columns = (await result.keys()).map(String);
  const records: Neo4jRecord[] = [];
  let truncated = false;
  for await (const record of result) {
    if (records.length === maxRows) {
      // Leaving the loop discards the rest of the stream on the server.
      truncated = true;
      break;
    }
    records.push(record);
  }
  return { columns, records, truncated };
}

export async function runQuery(
  driver: Driver,
  config: Neo4jConfig,
  query: string,
  params: Record<string, unknown> = {},
  options: Partial<QueryOptions> = {},
): Promise<QueryResult> {
  const parameters = toParameters(params);
  const write = options.write ?? false;
  if (readOnlyRefusal(query)?.rule === 'explain') throw new KgError('cypher', 'leave out EXPLAIN / PROFILE: the query is explained before it runs');
  const queryType = write ? (await explain(driver, config, query, parameters)).queryType : await checkReadOnly(driver, config, query, parameters);
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const transaction = options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs };
  // Writes run in an auto-commit transaction so that CALL { … } IN TRANSACTIONS works.
  const session = driver.session({ database: config.database, defaultAccessMode: write ? 'WRITE' : 'READ' });
  try {
    const { columns, records, truncated } = write
      ? await collect(session.run(query, parameters, transaction), maxRows)
      : await session.executeRead((tx: ManagedTransaction) => collect(tx.run(query, parameters), maxRows), transaction);
    const rows = records.map((record) => {
      const row: Record<string, PlainValue> = {};
      for (const column of columns) row[column] = toPlain(record.get(column));
      return row;
    });
    return { columns, rows, queryType, truncated };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') && options.timeoutMs !== undefined) {
      throw timedOut(options.timeoutMs, error);
    }
    throw error;
  } finally {
    await session.close();
  }
}

/** How long past its time limit a query may take to come back before its connection is closed. */
const GRACE_MS = 2000;

function timedOut(timeoutMs: number, cause?: unknown): KgError {
  return new KgError('cypher', `the query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it down or add a LIMIT`, cause === undefined ? undefined : { cause });
}

/**
 * Runs one query with its own connection: the entry point for the command line and the viewer's
 * Cypher panel. Throws a KgError with a one-line message for refused queries and connection
 * problems. An abort, or a server that lets the time limit pass, closes the connection, and with
 * it the query on the server.
 */
export async function runReadQuery(
  config: Neo4jConfig,
  query: string,
  params: Record<string, unknown> = {},
  options: Partial<QueryOptions> = {},
): Promise<QueryResult> {
  const { signal, timeoutMs } = options;
  if (signal?.aborted === true) throw new KgError('cypher', 'the query was cancelled');
  return withDriver(config, async (driver) => {
    const running = runQuery(driver, config, query, params, options);
    // Once stopped, closing the driver makes the running query fail too: nobody waits for it.
    running.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const stops: Promise<never>[] = [];
    if (signal !== undefined) {
      stops.push(new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(new KgError('cypher', 'the query was cancelled')), { once: true })));
    }
    if (timeoutMs !== undefined) {
      stops.push(new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(timedOut(timeoutMs)), timeoutMs + GRACE_MS);
      }));
    }
    try {
      return await Promise.race([running, ...stops]);
    } finally {
      clearTimeout(timer);
    }
  });
}
