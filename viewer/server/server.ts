// The viewer's HTTP server: the built app as static files plus a small JSON API over one graph.
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
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

export interface CypherLimits {
  /** Aborted when the browser goes away: the query is stopped on the Neo4j server. */
  signal: AbortSignal;
  timeoutMs: number;
  maxRows: number;
}

/** Runs a read-only Cypher query on the server's Neo4j; credentials never leave the server. */
export type CypherRunner = (query: string, params: Record<string, unknown>, limits: CypherLimits) => Promise<CypherResponse>;

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

/** The name part of a Host header ("127.0.0.1:8737" → "127.0.0.1", "[::1]:80" → "::1"), lower case. */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']') === -1 ? undefined : host.indexOf(']'));
  const colon = host.indexOf(':');
  return colon === -1 || host.indexOf(':', colon + 1) !== -1 ? host : host.slice(0, colon);
}

const WILDCARD = new Set(['0.0.0.0', '::']);

/**
 * Names a browser may use for this server: the address it listens on, loopback, localhost. A
 * page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own
 * name, and is refused. Listening on every interface, any address of this machine will do.
 */
function hostAllowed(name: string, listen: string): boolean {
  if (name === 'localhost' || name === '127.0.0.1' || name === '::1' || name === listen) return true;
  if (!WILDCARD.has(listen) || isIP(name) === 0) return false;
  return Object.values(networkInterfaces()).some((addresses) => addresses?.some((address) => address.address.toLowerCase() === name));
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export async function createViewerServer(options: ViewerServerOptions): Promise<FastifyInstance> {
  const settings = resolveViewerServerSettings(options.settings);
  // Read per request: an edit (--curate) replaces the graph and its text.
  const loaded = options.graph;
  const app = Fastify({ bodyLimit: settings.bodyLimit, logger: false });

  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host ?? '';
    if (!hostAllowed(hostName(host), settings.host.toLowerCase())) {
      return reply.code(421).send({ error: `the Host header ${JSON.stringify(host)} does not name this server; open it at ${settings.host === 'localhost' || WILDCARD.has(settings.host) ? '127.0.0.1' : settings.host} or localhost` });
    }
    // A form or script on another site can send a POST without reading the answer: only the app's own page may.
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.headers.origin?.toLowerCase() !== `http://${host.toLowerCase()}`) {
      return reply.code(403).send({ error: `expected an Origin header of http://${host} on ${request.method} requests (the explorer's own page sends it)` });
    }
    // Anything that tries to step outside the app directory is simply not there.
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
    // The browser gone (tab closed, request aborted) means nobody waits for the answer.
    const controller = new AbortController();
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    try {
      return await runner(body.query, params, { signal: controller.signal, timeoutMs: settings.cypherTimeoutMs, maxRows: settings.maxRows });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return reply.code(error instanceof KgError ? 400 : 500).send({ error: message });
    }
  });

  if (options.curate !== undefined) {
    // Edits are for the analyst at this machine only.
    if (!LOOPBACK.has(settings.host.toLowerCase())) throw new KgError('viewer', `--curate serves on this machine only (127.0.0.1); drop --host ${settings.host} or --curate`);
    registerCurateRoutes(app, loaded, options.curate);
  }

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
