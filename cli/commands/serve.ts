// `gonghui-kg serve <graph>`: the graph explorer in the browser, with its JSON API and, when
// Neo4j is configured, a read-only Cypher panel (credentials stay in this process).
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { KgError } from '../../extractor/errors.js';
import type { RunningViewerServer } from '../../viewer/server/server.js';
import { DEFAULT_VIEWER_SERVER_SETTINGS } from '../../viewer/server/settings.js';
import { addConnectionOptions, configFromFlags, type ConnectionFlags } from './neo4j.js';

export interface ServeFlags extends ConnectionFlags {
  port: string;
  host: string;
  curate?: boolean;
  cypherTimeout?: string;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new KgError('viewer', `--port expects a number from 0 to 65535, got "${text}"`);
  return port;
}

function parseSeconds(text: string): number {
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > 3600) {
    throw new KgError('viewer', `--cypher-timeout expects seconds, more than 0 and at most 3600, got "${text}"`);
  }
  return Math.round(seconds * 1000);
}

/** Starts the viewer for a graph file or folder; shared with `start`. */
export async function serveGraph(input: string, flags: ServeFlags): Promise<RunningViewerServer> {
  const [{ loadGraph }, { viewerAppDir }, { startViewerServer }] = await Promise.all([
    import('../../viewer/server/graph-source.js'),
    import('../../viewer/server/app-dir.js'),
    import('../../viewer/server/server.js'),
  ]);
  const appDir = viewerAppDir();
  const graph = await loadGraph(input);
  // Cypher only when the user points at a server: a viewer must not fail for want of Neo4j.
  const wantsNeo4j = flags.neo4j !== undefined || (process.env.NEO4J_URI ?? '') !== '';
  const cypher = wantsNeo4j ? (await import('../../viewer/server/cypher.js')).neo4jCypherRunner(configFromFlags(flags)) : undefined;
  const curate = flags.curate === true ? { folder: (await import('../../graph/curate/folder.js')).graphFolder(dirname(graph.path)), by: userInfo().username } : undefined;
  const server = await startViewerServer({
    graph,
    appDir,
    ...(cypher ? { cypher } : {}),
    ...(curate ? { curate } : {}),
    settings: {
      host: flags.host,
      port: parsePort(flags.port),
      cypherTimeoutMs: parseSeconds(flags.cypherTimeout ?? String(DEFAULT_VIEWER_SERVER_SETTINGS.cypherTimeoutMs / 1000)),
    },
  });
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(
    `gonghui-kg viewer: ${server.url}\n  graph ${graph.path} (${graph.graph.order} nodes, ${graph.graph.size} edges)${cypher ? ', Cypher panel on' : ''}${curate ? `, editing on (corrections in ${curate.folder.corrections})` : ''}\n  press Ctrl+C to stop\n`,
  );
  return server;
}

export function register(program: Command): void {
  addConnectionOptions(
    program
      .command('serve')
      .description('open the graph explorer: serve the Sigma.js viewer and its JSON API for a graph.json')
      .argument('<graph>', 'a graph.json file, or the folder "build --out" wrote it to')
      .option('-p, --port <port>', 'TCP port; 0 picks a free one', String(DEFAULT_VIEWER_SERVER_SETTINGS.port))
      .option('--host <address>', 'address to listen on; 0.0.0.0 exposes the viewer to your network', DEFAULT_VIEWER_SERVER_SETTINGS.host)
      .option('--cypher-timeout <seconds>', 'time limit of a query of the Cypher panel', String(DEFAULT_VIEWER_SERVER_SETTINGS.cypherTimeoutMs / 1000))
      .option('--curate', 'allow corrections through the server\'s /api/curate (written to corrections.json beside the graph, as `gonghui-kg curate` does)'),
  )
    .addHelpText(
      'after',
      `\nThe Cypher panel is enabled with --neo4j <uri> (or NEO4J_URI); its queries are read-only (no LOAD CSV, no procedure but db.labels and a few other read ones, no administration), stopped after --cypher-timeout, at most ${DEFAULT_VIEWER_SERVER_SETTINGS.maxRows} rows.\nExample: gonghui-kg serve out/ --port 8080`,
    )
    .action(async (input: string, flags: ServeFlags) => {
      await serveGraph(input, flags);
    });
}
