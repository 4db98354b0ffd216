// One change to a corrected graph folder, as `curate` (and the explorer's server) make it: under
// the corrections file's lock, read the corrections and the graph as built, add the correction (or
// take one back), apply them all, recompute analytics and layout, and write every file at once.
import { existsSync } from 'node:fs';
import { KgError } from '../../extractor/errors.js';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../extractor/types.js';
import type { KgGraph } from '../build.js';
import { analyzeGraph } from '../pipeline.js';
import { loadGraph } from '../store/json.js';
import { applyCorrections, type StaleCorrection } from './apply.js';
import type { Correction } from './correction.js';
import { nextCorrectionId, readCorrections } from './file.js';
import { type GraphFolder, writeGraphFolder } from './folder.js';
import { withFileLock } from './lock.js';
import { refOf } from './match.js';
import type { ChangeRequest } from './request.js';

export type { ChangeRequest } from './request.js';

export interface Author {
  by: string;
  reason: string;
}

export interface ChangeResult {
  /** The correction made, or the one taken back by `undo`. */
  made?: Correction;
  undone?: Correction;
  graph: KgGraph;
  corrections: Correction[];
  /** Corrections (earlier ones, after an undo) that now match nothing. */
  stale: StaleCorrection[];
}

function fail(message: string): never {
  throw new KgError('curate', message);
}

/** The graph as built: graph.uncorrected.json, or graph.json before the first correction. */
export function loadUncorrected(folder: GraphFolder): KgGraph {
  if (!existsSync(folder.graph)) fail(`there is no ${folder.graph}; build the graph first with \`gonghui-kg build <inputs…> --out <dir>\``);
  return loadGraph(existsSync(folder.uncorrected) ? folder.uncorrected : folder.graph);
}

/** A node named by the user: its id, else a name or alias only one entity has. */
export function resolveNode(graph: KgGraph, text: string, file: string): string {
  if (graph.hasNode(text)) return text;
  for (const field of ['name', 'aliases'] as const) {
    const hits = graph.filterNodes((_node, a) => a.label !== 'Article' && (field === 'name' ? a.name === text : a.aliases.includes(text)));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) fail(`"${text}" names several nodes in ${file} (${hits.sort().join(', ')}); give the id`);
  }
  return fail(`no node "${text}" in ${file} (give an id such as Union:北京市总工会, or a name; see \`gonghui-kg stats\` or the explorer)`);
}

/** The correction a request asks for, naming nodes of `current` (the graph as corrected so far). */
function correctionFor(request: Exclude<ChangeRequest, { action: 'undo' }>, current: KgGraph, file: string, id: string, author: Author): Correction {
  const node = (text: string) => refOf(current, resolveNode(current, text, file));
  const head = { id };
  const tail = { by: author.by, at: new Date().toISOString(), reason: author.reason };
  switch (request.action) {
    case 'merge':
      return { ...head, op: 'merge', args: { from: node(request.from), into: node(request.into) }, ...tail };
    case 'rename': {
      const name = request.name.trim();
      if (name === '') fail('rename expects a new name that is not empty');
      return { ...head, op: 'rename', args: { node: node(request.node), name }, ...tail };
    }
    case 'retype':
      if (!(ENTITY_TYPES as readonly string[]).includes(request.type)) fail(`unknown type "${request.type}" (expected ${ENTITY_TYPES.join(', ')})`);
      return { ...head, op: 'retype', args: { node: node(request.node), type: request.type as EntityType }, ...tail };
    case 'drop':
      return { ...head, op: 'drop', args: { node: node(request.node) }, ...tail };
    case 'split': {
      const as = request.as.trim();
      if (as === '') fail('split expects the name of the new entity (--as <name>)');
      if (request.aliases.length === 0) fail('split expects at least one alias');
      return { ...head, op: 'split', args: { node: node(request.node), aliases: [...new Set(request.aliases)], as }, ...tail };
    }
    case 'relation-add':
    case 'relation-drop': {
      if (!(RELATION_TYPES as readonly string[]).includes(request.type)) fail(`unknown relation type "${request.type}" (expected ${RELATION_TYPES.join(', ')})`);
      const role = request.role === undefined || request.role === '' ? {} : { role: request.role };
      const args = { from: node(request.from), type: request.type as RelationType, to: node(request.to), ...role };
      return request.action === 'relation-add' ? { ...head, op: 'relation-add', args, ...tail } : { ...head, op: 'relation-drop', args, ...tail };
    }
    case 'keep-apart': {
      const a = node(request.a);
      const b = node(request.b);
      if (a.id === b.id) fail(`keep-apart expects two different nodes, got ${a.id} twice`);
      return { ...head, op: 'keep-apart', args: { a, b }, ...tail };
    }
  }
}

export function changeGraphFolder(folder: GraphFolder, request: ChangeRequest, author: Author): ChangeResult {
  if (!existsSync(folder.graph)) fail(`there is no ${folder.graph}; build the graph first with \`gonghui-kg build <inputs…> --out <dir>\``);
  return withFileLock(folder.corrections, () => {
    // Read under the lock: another `curate` may just have added a correction.
    const corrections = readCorrections(folder.corrections);
    const base = loadUncorrected(folder);
    const fresh = !existsSync(folder.uncorrected);
    let next: Correction[];
    let made: Correction | undefined;
    let undone: Correction | undefined;
    if (request.action === 'undo') {
      if (corrections.length === 0) fail(`${folder.corrections} holds no corrections; nothing to undo`);
      const id = request.id ?? corrections.at(-1)!.id;
      undone = corrections.find((c) => c.id === id) ?? fail(`there is no correction ${id} in ${folder.corrections} (see \`gonghui-kg curate <graph-dir> list\`)`);
      next = corrections.filter((c) => c !== undone);
    } else {
      // Nodes are named as graph.json and the explorer show them: with the corrections so far.
      const current = applyCorrections(base, corrections).graph;
      made = correctionFor(request, current, folder.graph, nextCorrectionId(corrections), author);
      next = [...corrections, made];
    }
    const { graph, stale } = applyCorrections(base, next, made === undefined ? {} : { strict: made.id });
    analyzeGraph(graph);
    // The first correction: graph.json is the graph as built; it is kept, without its analytics, for the next rebuilds.
    const uncorrected = fresh ? applyCorrections(base, []).graph : ('unchanged' as const);
    writeGraphFolder('curate', folder, { graph, gexf: existsSync(folder.gexf), uncorrected, corrections: next });
    return { ...(made === undefined ? {} : { made }), ...(undone === undefined ? {} : { undone }), graph, corrections: next, stale };
  });
}
