// The explorer's editing API (`serve <dir> --curate`): every edit goes through here, is written to
// the corrections file like `gonghui-kg curate` writes it, and replaces the graph the server sends.
// Only on loopback (createViewerServer refuses other addresses); the server's own Host and Origin
// checks keep other sites from editing through the analyst's browser.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { KgError } from '../../extractor/errors.js';
import { applyCorrections } from '../../graph/curate/apply.js';
import { readCorrections } from '../../graph/curate/file.js';
import type { GraphFolder } from '../../graph/curate/folder.js';
import { type ChangeRequest, changeGraphFolder, loadUncorrected } from '../../graph/curate/session.js';
import { suggestMerges } from '../../graph/curate/suggest.js';
import { loadGraph } from '../../graph/store/json.js';
import type { CurateResponse, CurateState } from '../shared/api.js';
import type { LoadedGraph } from './graph-source.js';

export interface CurateOptions {
  folder: GraphFolder;
  /** Who signs the corrections made in the explorer. */
  by: string;
}


const ACTIONS: Record<ChangeRequest['action'], Record<string, 'string' | 'strings' | 'optional'>> = {
  merge: { from: 'string', into: 'string' },
  rename: { node: 'string', name: 'string' },
  retype: { node: 'string', type: 'string' },
  drop: { node: 'string' },
  split: { node: 'string', aliases: 'strings', as: 'string' },
  'relation-add': { from: 'string', type: 'string', to: 'string', role: 'optional' },
  'relation-drop': { from: 'string', type: 'string', to: 'string', role: 'optional' },
  'keep-apart': { a: 'string', b: 'string' },
  undo: { id: 'optional' },
};

/** The change a request body asks for, or what is wrong with it. */
function parseChange(body: unknown): ChangeRequest | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'expected a JSON object {"action": …}';
  const b = body as Record<string, unknown>;
  const fields = typeof b.action === 'string' ? ACTIONS[b.action as ChangeRequest['action']] : undefined;
  if (fields === undefined) return `unknown action ${JSON.stringify(b.action)} (expected ${Object.keys(ACTIONS).join(', ')})`;
  for (const [key, kind] of Object.entries(fields)) {
    const value = b[key];
    if (kind === 'optional' ? value !== undefined && typeof value !== 'string' : kind === 'strings' ? !Array.isArray(value) || !value.every((v) => typeof v === 'string') : typeof value !== 'string') {
      return `"${key}" must be ${kind === 'strings' ? 'a list of names' : 'text'}`;
    }
  }
  for (const key of ['reason', 'by']) if (b[key] !== undefined && typeof b[key] !== 'string') return `"${key}" must be text`;
  return body as ChangeRequest;
}

export function registerCurateRoutes(app: FastifyInstance, loaded: LoadedGraph, options: CurateOptions): void {
  const { folder } = options;
  const state = (): CurateState => {
    const corrections = readCorrections(folder.corrections);
    const { stale } = applyCorrections(loadUncorrected(folder), corrections);
    return {
      corrections,
      stale: stale.map((s) => ({ id: s.correction.id, problem: s.problem })),
      suggestions: suggestMerges(loaded.graph as Parameters<typeof suggestMerges>[0], corrections),
    };
  };

  app.get('/api/curate', async (_request, reply) => {
    try {
      return state();
    } catch (error) {
      return reply.code(error instanceof KgError ? 400 : 500).send({ error: (error as Error).message });
    }
  });

  app.post('/api/curate', async (request, reply) => {
    const change = parseChange(request.body);
    if (typeof change === 'string') return reply.code(400).send({ error: change });
    const body = request.body as { reason?: string; by?: string };
    try {
      const result = changeGraphFolder(folder, change, { by: body.by ?? options.by, reason: body.reason ?? '' });
      // The explorer asks for /api/graph next: it gets the corrected graph.
      loaded.text = readFileSync(folder.graph, 'utf8');
      loaded.graph = loadGraph(folder.graph);
      const response: CurateResponse = {
        ...(result.made === undefined ? {} : { made: result.made }),
        ...(result.undone === undefined ? {} : { undone: result.undone }),
        nodes: result.graph.order,
        edges: result.graph.size,
        ...state(),
      };
      return response;
    } catch (error) {
      return reply.code(error instanceof KgError ? 400 : 500).send({ error: (error as Error).message });
    }
  });
}
