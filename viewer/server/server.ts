// The viewer's HTTP server: the built app as static files plus a small JSON API over one graph.
import { basename } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { KgError } from '../../extractor/errors.js';
import type { CypherRequest, CypherResponse, ServerInfo } from '../shared/api.js';
import { articleView } from '../shared/article-view.js';
import { type CurateOptions, registerCurateRoutes } from './curate.js';
import type { LoadedGraph } from './graph-source.js';
import { resolveViewerServerSettings } from './settings.js';
import type { ViewerServerSettings } from './settings.js';

/** Runs a read-only Cypher query on the server's Neo4j; credentials never leave the server. */
export type CypherRunner = (query: string, params: Record<string, unknown>) => Promise<CypherResponse>;

export interface ViewerServerOptions {
  graph: LoadedGraph;
  /** Directory of the built viewer app; without it only the API is served (the Vite dev server serves the app). */
  appDir?: string;
  cypher?: CypherRunner;
  /** Editing through /api/curate (`serve --curate`); the served graph is replaced after each edit. */
  curate?: CurateOptions;
  settings?: Partial<ViewerServerSettings>;
}

export interface RunningViewerServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

// Scripts come only from the app itself, so even a bug that put data into HTML could not run it;
// the layout worker is started from a blob URL.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function hasTraversal(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((segment) => segment === '..');
}

export async function createViewerServer(options: ViewerServerOptions): Promise<FastifyInstance> {
  const settings = resolveViewerServerSettings(options.settings);
  // Read per request: an edit (--curate) replaces the graph and its text.
  const loaded = options.graph;
  const app = Fastify({ bodyLimit: settings.bodyLimit, logger: false });

  // Anything that tries to step outside the app directory is simply not there.
  app.addHook('onRequest', async (request, reply) => {
    if (hasTraversal(request.raw.url ?? '/')) return reply.code(404).send({ error: 'Not found' });
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('Referrer-Policy', 'no-referrer');
    return undefined;
  });

  if (options.appDir) await app.register(fastifyStatic, { root: options.appDir, index: 'index.html', dotfiles: 'ignore' });

  app.get('/api/info', async (): Promise<ServerInfo> => ({
    graph: basename(loaded.path),
    nodes: loaded.graph.order,
    edges: loaded.graph.size,
    cypher: options.cypher !== undefined,
    ...(options.curate === undefined ? {} : { curate: true }),
  }));

  app.get('/api/graph', async (_request, reply) => reply.type('application/json; charset=utf-8').send(loaded.text));

  app.get<{ Params: { id: string } }>('/api/article/:id', async (request, reply) => {
    const view = articleView(loaded.graph, request.params.id);
    if (!view) return reply.code(404).send({ error: `no article ${request.params.id}` });
    return view;
  });

  app.post<{ Body: CypherRequest }>('/api/cypher', async (request, reply) => {
    const runner = options.cypher;
    if (!runner) return reply.code(404).send({ error: 'Cypher is not available: start the server with --neo4j <uri>' });
    const body = request.body as Partial<CypherRequest> | undefined;
    if (typeof body?.query !== 'string' || body.query.trim() === '') {
      return reply.code(400).send({ error: 'expected a JSON body {"query": "<Cypher>", "params": {…}}' });
    }
    if (body.query.length > settings.maxQueryLength) {
      return reply.code(413).send({ error: `the query is longer than ${settings.maxQueryLength} characters` });
    }
    const params = body.params ?? {};
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      return reply.code(400).send({ error: '"params" must be a JSON object' });
    }
    try {
      return await runner(body.query, params);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return reply.code(error instanceof KgError ? 400 : 500).send({ error: message });
    }
  });

  if (options.curate !== undefined) registerCurateRoutes(app, loaded, options.curate);

  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ error: 'Not found' }));
  return app;
}

export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewerServer> {
  const settings = resolveViewerServerSettings(options.settings);
  const app = await createViewerServer({ ...options, settings });
  try {
    await app.listen({ host: settings.host, port: settings.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new KgError('viewer', `port ${settings.port} on ${settings.host} is in use; pick another with --port`, { cause: error });
    }
    throw new KgError('viewer', `cannot listen on ${settings.host}:${settings.port} (${(error as Error).message})`, { cause: error });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return { url: `http://${host}:${port}/`, app, close: () => app.close() };
}
