// `gonghui-kg neo4j`: runs the bundled Neo4j Community server in the foreground; also the
// connection options shared by the commands that talk to Neo4j.
import type { Command } from 'commander';
import { resolveNeo4jConfig, type Neo4jConfig } from '../../graph/neo4j/config.js';
import { KgError } from '../../extractor/errors.js';
import type { KgGraph } from '../../graph/build.js';

export interface ConnectionFlags {
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
}

export function addConnectionOptions(command: Command): Command {
  return command
    .option('--neo4j <uri>', 'Bolt URI of the server (env NEO4J_URI, default bolt://127.0.0.1:7687)')
    .option('--user <name>', 'user name (env NEO4J_USER, default neo4j)')
    .option('--password <password>', 'password (env NEO4J_PASSWORD, default gonghui-kg)')
    .option('--database <name>', 'database (env NEO4J_DATABASE, default neo4j)');
}

export function configFromFlags(flags: ConnectionFlags): Neo4jConfig {
  const partial: Partial<Neo4jConfig> = {};
  if (flags.neo4j !== undefined) partial.uri = flags.neo4j;
  if (flags.user !== undefined) partial.user = flags.user;
  if (flags.password !== undefined) partial.password = flags.password;
  if (flags.database !== undefined) partial.database = flags.database;
  return resolveNeo4jConfig(partial);
}

interface ServerFlags {
  port: string;
  data: string;
  password?: string;
  heap: string;
  pagecache: string;
}

export function register(program: Command): void {
  program
    .command('neo4j')
    .description('run a local Neo4j 5.26 Community server (Bolt on 127.0.0.1) in the foreground; Ctrl-C stops it')
    .option('--port <port>', 'Bolt port (0 picks a free one)', '7687')
    .option('--data <dir>', 'data folder', '.neo4j')
    .option('--password <password>', 'password of user neo4j (env NEO4J_PASSWORD, default gonghui-kg; shown as *** in the process list once the command runs)')
    .option('--heap <size>', 'JVM heap maximum', '1g')
    .option('--pagecache <size>', 'Neo4j page cache size', '256m')
    .addHelpText(
      'after',
      '\nThe first run builds scripts/neo4j with Maven (Java 17 and mvn needed; about 130 MB from Maven Central).\nOther commands reach this server with their defaults; for Docker, Desktop or Aura set NEO4J_URI and friends instead.',
    )
    .action(async (flags: ServerFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new KgError('neo4j', `expected --port to be a port number (0–65535), got "${flags.port}"`);
      }
      if (!/^\d+[kmg]$/i.test(flags.heap) || !/^\d+[kmg]$/i.test(flags.pagecache)) {
        throw new KgError('neo4j', `expected sizes such as 512m or 2g for --heap and --pagecache, got "${flags.heap}" and "${flags.pagecache}"`);
      }
      const { startNeo4jServer } = await import('../../graph/neo4j/server.js');
      const password = resolveNeo4jConfig(flags.password === undefined ? {} : { password: flags.password }).password;
      const server = await startNeo4jServer(
        { home: flags.data, port, password, heap: flags.heap, pagecache: flags.pagecache },
        (line) => process.stderr.write(`${line}\n`),
      );
      process.stdout.write(`Neo4j 5.26 Community ready at ${server.uri} (user neo4j, data in ${flags.data}); Ctrl-C stops it\n`);
      const stop = (): void => {
        void server.stop();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise<void>((done) => server.child.once('exit', () => done()));
    });
}

export interface FromNeo4jFlags extends ConnectionFlags {
  fromNeo4j?: boolean;
  query?: string;
}

/** The graph of `export --from-neo4j --query …`: the nodes, relationships and paths the query returns. */
export async function graphFromNeo4jFlags(path: string | undefined, flags: FromNeo4jFlags): Promise<KgGraph> {
  if (path !== undefined) {
    throw new KgError('export', `give either a graph file (${path}) or --from-neo4j --query, not both`);
  }
  if (flags.fromNeo4j !== true) {
    throw new KgError('export', 'give a graph file, or --from-neo4j --query "<Cypher returning nodes, relationships or paths>"');
  }
  if (flags.query === undefined || flags.query.trim() === '') {
    throw new KgError('export', '--from-neo4j needs --query "<Cypher returning nodes, relationships or paths>"');
  }
  const query = flags.query;
  const config = configFromFlags(flags);
  const { withDriver } = await import('../../graph/neo4j/connection.js');
  const { graphFromQuery } = await import('../../graph/neo4j/graph-from-query.js');
  return withDriver(config, (driver) => graphFromQuery(driver, config, query));
}
