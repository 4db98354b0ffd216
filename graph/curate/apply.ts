// Applies the analysts' corrections, in the order they were made, to the graph as built. Every
// node and edge a correction touched lists its id in `corrections`; what corrections took out is
// listed in the graph's `removed` attribute (for stores that hold an older version). A correction
// that finds nothing to act on is stale: reported, never dropped. The result has analytics and
// layout stripped: the pipeline computes them again on the corrected graph.
import { KgError } from '../../extractor/errors.js';
import type { KgGraph } from '../build.js';
import { relationKey } from '../../extractor/index.js';
import { compareStrings, printedName, rederiveGraph } from '../build.js';
import type { EdgeAttributes, EvidenceRef, NodeAttributes, RemovedEdge, RemovedItem } from '../schema.js';
import { entityNodeId } from '../schema.js';
import { type Correction, type CorrectionOf, describeCorrection, mergeCompatible } from './correction.js';
import { NodeFinder } from './match.js';

export interface StaleCorrection {
  correction: Correction;
  problem: string;
}

export interface CorrectedGraph {
  graph: KgGraph;
  stale: StaleCorrection[];
}

export interface ApplyOptions {
  /**
   * The id of a correction being made now: a problem with it is an error instead of a stale
   * correction, and it may not silently turn into a merge (rename or retype onto an existing node).
   */
  strict?: string;
}

const DERIVED_BY_PIPELINE: readonly (keyof NodeAttributes)[] = ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'component', 'x', 'y'];

function union(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))];
}

function sortedUnion(...lists: (readonly string[] | undefined)[]): string[] {
  return union(...lists).sort(compareStrings);
}

function evidenceKey(e: EvidenceRef): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}`;
}

/** One pass over the corrections, on a working copy of the graph. */
class Corrector {
  readonly graph: KgGraph;
  readonly finder: NodeFinder;
  /** Nodes and edges taken out, with the corrections that took them. */
  private readonly goneNodes = new Map<string, string[]>();
  private readonly goneEdges = new Map<string, string[]>();
  /** Articles whose MENTIONS edges changed: their `mentions` count is taken again. */
  private readonly articles = new Set<string>();

  constructor(base: KgGraph, private readonly strict: string | undefined) {
    this.graph = base.copy();
    this.finder = new NodeFinder(this.graph);
  }

  private mark(node: string, id: string): void {
    this.graph.updateNodeAttribute(node, 'corrections', (list) => union(list, [id]));
  }

  private dropEdge(edge: string, id: string): void {
    if (this.graph.getEdgeAttribute(edge, 'type') === 'MENTIONS') this.articles.add(this.graph.source(edge));
    this.goneEdges.set(edge, union(this.goneEdges.get(edge), [id]));
    this.graph.dropEdge(edge);
  }

  private dropNode(node: string, id: string): void {
    for (const edge of this.graph.edges(node)) this.dropEdge(edge, id);
    this.goneNodes.set(node, union(this.goneNodes.get(node), this.graph.getNodeAttribute(node, 'corrections'), [id]));
    this.graph.dropNode(node);
    this.finder.changed();
  }

  /** Adds evidence to the edge `key`, creating it when needed, and marks it with the correction. */
  private addEdge(key: string, source: string, target: string, attributes: EdgeAttributes, id: string): void {
    if (attributes.type === 'MENTIONS') this.articles.add(source);
    if (!this.graph.hasEdge(key)) {
      const { type, role, evidence } = attributes;
      this.graph.addDirectedEdgeWithKey(key, source, target, {
        type,
        ...(role === undefined ? {} : { role }),
        weight: evidence.length,
        evidence: [...evidence],
        corrections: union(attributes.corrections, [id]),
      });
      return;
    }
    const existing = this.graph.getEdgeAttributes(key);
    const seen = new Set(existing.evidence.map(evidenceKey));
    const evidence = [...existing.evidence, ...attributes.evidence.filter((e) => !seen.has(evidenceKey(e)))];
    this.graph.mergeEdgeAttributes(key, { evidence, weight: evidence.length, corrections: union(existing.corrections, attributes.corrections, [id]) });
  }

  /** Moves every edge of `from` onto `to`; with `dropLoops`, an edge between the two (a loop once they are one) goes. */
  private moveEdges(from: string, to: string, id: string, dropLoops: boolean): void {
    for (const edge of this.graph.edges(from)) {
      const source = this.graph.source(edge);
      const target = this.graph.target(edge);
      const attributes = this.graph.getEdgeAttributes(edge);
      const newSource = source === from ? to : source;
      const newTarget = target === from ? to : target;
      if (dropLoops && newSource === newTarget && source !== target) {
        this.dropEdge(edge, id);
        continue;
      }
      this.dropEdge(edge, id);
      this.addEdge(relationKey({ type: attributes.type, from: newSource, to: newTarget, role: attributes.role }), newSource, newTarget, attributes, id);
    }
  }

  /** `from` into `into`: its names become aliases, its edges (with their evidence) move. */
  private mergeNodes(from: string, into: string, id: string): void {
    const a = this.graph.getNodeAttributes(from);
    const b = this.graph.getNodeAttributes(into);
    const keys = [a.key, b.key].filter((k): k is string => k !== undefined).sort(compareStrings);
    this.graph.mergeNodeAttributes(into, {
      aliases: sortedUnion(b.aliases, [a.name], a.aliases).filter((name) => name !== b.name),
      ...(a.roles === undefined && b.roles === undefined ? {} : { roles: sortedUnion(a.roles, b.roles) }),
      ...(keys.length === 0 ? {} : { key: keys[0]! }),
      corrections: union(b.corrections, a.corrections, [id]),
    });
    this.moveEdges(from, into, id, true);
    this.dropNode(from, id);
  }

  /** `node` under a new id (new name or type), its edges following it. */
  private rekey(node: string, newId: string, attributes: NodeAttributes, id: string): void {
    this.graph.addNode(newId, { ...attributes, corrections: union(attributes.corrections, [id]) });
    this.moveEdges(node, newId, id, false);
    this.dropNode(node, id);
  }

  private find(ref: Parameters<NodeFinder['find']>[0]): string {
    const found = this.finder.find(ref);
    if ('problem' in found) throw new Problem(found.problem);
    return found.node;
  }

  private entity(ref: Parameters<NodeFinder['find']>[0]): string {
    const node = this.find(ref);
    if (this.graph.getNodeAttribute(node, 'label') === 'Article') throw new Problem(`${node} is an article, not an entity`);
    return node;
  }

  /** An existing node at the id a rename or retype leads to: merged into when rebuilding, refused when the correction is new. */
  private collision(correction: Correction, node: string, newId: string): boolean {
    if (!this.graph.hasNode(newId)) return false;
    if (correction.id === this.strict) throw new Problem(`${newId} already exists; merge ${node} into it instead`);
    this.mergeNodes(node, newId, correction.id);
    return true;
  }

  merge(c: CorrectionOf<'merge'>): void {
    const from = this.entity(c.args.from);
    const into = this.entity(c.args.into);
    const fromLabel = this.graph.getNodeAttribute(from, 'label');
    const intoLabel = this.graph.getNodeAttribute(into, 'label');
    if (!mergeCompatible(fromLabel, intoLabel)) throw new Problem(`cannot merge ${from} (a ${fromLabel}) into ${into} (a ${intoLabel})`);
    // Already one node (the extractor merged them, or an earlier correction did): nothing left to do.
    if (from === into) {
      if (c.id === this.strict) throw new Problem(`${c.args.from.id} and ${c.args.into.id} are already one node (${into})`);
      return;
    }
    this.mergeNodes(from, into, c.id);
  }

  rename(c: CorrectionOf<'rename'>): void {
    const node = this.entity(c.args.node);
    const attributes = this.graph.getNodeAttributes(node);
    const newId = entityNodeId(attributes.label as Exclude<NodeAttributes['label'], 'Article'>, c.args.name);
    if (newId === node) return;
    if (this.collision(c, node, newId)) return;
    const aliases = sortedUnion(attributes.aliases, [attributes.name]).filter((name) => name !== c.args.name);
    this.rekey(node, newId, { ...attributes, name: c.args.name, aliases }, c.id);
  }

  retype(c: CorrectionOf<'retype'>): void {
    const node = this.entity(c.args.node);
    const attributes = this.graph.getNodeAttributes(node);
    if (attributes.label === c.args.type) return;
    const newId = entityNodeId(c.args.type, attributes.name);
    if (this.collision(c, node, newId)) return;
    // Roles belong to people and keys to initiatives.
    const { roles, key, ...rest } = attributes;
    this.rekey(node, newId, { ...rest, label: c.args.type, ...(c.args.type === 'Person' && roles !== undefined ? { roles } : {}), ...(c.args.type === 'Initiative' && key !== undefined ? { key } : {}) }, c.id);
  }

  drop(c: CorrectionOf<'drop'>): void {
    this.dropNode(this.entity(c.args.node), c.id);
  }

  split(c: CorrectionOf<'split'>): void {
    const node = this.entity(c.args.node);
    const attributes = this.graph.getNodeAttributes(node);
    const forms = new Set(c.args.aliases);
    if (forms.has(attributes.name)) throw new Problem(`${attributes.name} is the name of ${node}, not an alias; rename it instead`);
    const newId = entityNodeId(attributes.label as Exclude<NodeAttributes['label'], 'Article'>, c.args.as);
    if (newId === node) throw new Problem(`${node} cannot be split into itself`);
    if (this.graph.hasNode(newId) && this.graph.getNodeAttribute(newId, 'label') !== attributes.label) throw new Problem(`${newId} exists with another type`);

    // The mentions printed as one of the aliases, by article.
    const printed = new Set(attributes.aliases);
    const moved: [string, string, EvidenceRef[], EvidenceRef[]][] = [];
    for (const edge of this.graph.inEdges(node)) {
      const edgeAttributes = this.graph.getEdgeAttributes(edge);
      if (edgeAttributes.type !== 'MENTIONS') continue;
      const take = edgeAttributes.evidence.filter((e) => forms.has(printedName(e.text)));
      for (const e of edgeAttributes.evidence) printed.add(printedName(e.text));
      if (take.length > 0) moved.push([edge, this.graph.source(edge), take, edgeAttributes.evidence.filter((e) => !take.includes(e))]);
    }
    const unknown = c.args.aliases.filter((alias) => !printed.has(alias));
    if (unknown.length === c.args.aliases.length || (c.id === this.strict && unknown.length > 0)) {
      throw new Problem(`${unknown.join('、')} ${unknown.length === 1 ? 'is not an alias' : 'are not aliases'} of ${node}`);
    }

    if (!this.graph.hasNode(newId)) {
      this.graph.addNode(newId, {
        label: attributes.label,
        name: c.args.as,
        aliases: [...forms].filter((form) => form !== c.args.as).sort(compareStrings),
        mentions: 0,
        firstSource: attributes.firstSource,
        lastSource: attributes.lastSource,
        corrections: [c.id],
      });
    } else this.mark(newId, c.id);
    this.graph.mergeNodeAttributes(node, { aliases: attributes.aliases.filter((alias) => !forms.has(alias)), corrections: union(attributes.corrections, [c.id]) });

    // Articles where every mention is one of the aliases: their relations move too.
    const whole = new Set<string>();
    for (const [edge, article, take, keep] of moved) {
      this.addEdge(relationKey({ type: 'MENTIONS', from: article, to: newId, role: undefined }), article, newId, { type: 'MENTIONS', weight: take.length, evidence: take }, c.id);
      if (keep.length === 0) {
        whole.add(article);
        this.dropEdge(edge, c.id);
      } else {
        const corrections = union(this.graph.getEdgeAttribute(edge, 'corrections'), [c.id]);
        this.graph.mergeEdgeAttributes(edge, { evidence: keep, weight: keep.length, corrections });
      }
    }
    for (const edge of this.graph.edges(node)) {
      const edgeAttributes = this.graph.getEdgeAttributes(edge);
      if (edgeAttributes.type === 'MENTIONS') continue;
      const take = edgeAttributes.evidence.filter((e) => whole.has(e.article));
      if (take.length === 0) continue;
      const source = this.graph.source(edge) === node ? newId : this.graph.source(edge);
      const target = this.graph.target(edge) === node ? newId : this.graph.target(edge);
      this.addEdge(relationKey({ type: edgeAttributes.type, from: source, to: target, role: edgeAttributes.role }), source, target, { ...edgeAttributes, evidence: take, corrections: undefined }, c.id);
      const keep = edgeAttributes.evidence.filter((e) => !whole.has(e.article));
      if (keep.length === 0) this.dropEdge(edge, c.id);
      else this.graph.mergeEdgeAttributes(edge, { evidence: keep, weight: keep.length, corrections: union(edgeAttributes.corrections, [c.id]) });
    }
    this.finder.changed();
  }

  relationAdd(c: CorrectionOf<'relation-add'>): void {
    const from = this.find(c.args.from);
    const to = this.find(c.args.to);
    // The correction is the evidence: no sentence says it, the analyst does.
    const evidence: EvidenceRef[] = [{ article: `correction:${c.id}`, text: c.reason !== '' ? c.reason : describeCorrection(c), start: 0, end: 0 }];
    const role = c.args.role === '' ? undefined : c.args.role;
    this.addEdge(relationKey({ type: c.args.type, from, to, role }), from, to, { type: c.args.type, ...(role === undefined ? {} : { role }), weight: 1, evidence }, c.id);
  }

  relationDrop(c: CorrectionOf<'relation-drop'>): void {
    const from = this.find(c.args.from);
    const to = this.find(c.args.to);
    const edges = this.graph.outEdges(from).filter((edge) => {
      const attributes = this.graph.getEdgeAttributes(edge);
      return this.graph.target(edge) === to && attributes.type === c.args.type && (c.args.role === undefined || attributes.role === c.args.role);
    });
    if (edges.length === 0) throw new Problem(`there is no ${c.args.type}${c.args.role === undefined ? '' : ` (${c.args.role})`} relation from ${from} to ${to}`);
    for (const edge of edges) this.dropEdge(edge, c.id);
  }

  keepApart(c: CorrectionOf<'keep-apart'>): void {
    this.find(c.args.a);
    this.find(c.args.b);
  }

  apply(c: Correction): void {
    switch (c.op) {
      case 'merge':
        return this.merge(c);
      case 'rename':
        return this.rename(c);
      case 'retype':
        return this.retype(c);
      case 'drop':
        return this.drop(c);
      case 'split':
        return this.split(c);
      case 'relation-add':
        return this.relationAdd(c);
      case 'relation-drop':
        return this.relationDrop(c);
      case 'keep-apart':
        return this.keepApart(c);
    }
  }

  /** The corrected graph in sorted order, derived attributes taken again, analytics and layout left to the pipeline. */
  result(base: KgGraph): KgGraph {
    const graph = this.graph;
    for (const article of this.articles) {
      if (graph.hasNode(article)) graph.setNodeAttribute(article, 'mentions', graph.outEdges(article).filter((e) => graph.getEdgeAttribute(e, 'type') === 'MENTIONS').length);
    }
    graph.updateEachNodeAttributes((_node, attributes) => {
      const copy = { ...attributes };
      for (const key of DERIVED_BY_PIPELINE) delete copy[key];
      return copy;
    });
    const nodes: RemovedItem[] = [];
    for (const [id, corrections] of this.goneNodes) if (base.hasNode(id) && !graph.hasNode(id)) nodes.push({ id, corrections });
    const edges: RemovedEdge[] = [];
    for (const [id, corrections] of this.goneEdges) {
      if (!base.hasEdge(id) || graph.hasEdge(id)) continue;
      const source = base.source(id);
      const target = base.target(id);
      if (graph.hasNode(source) && graph.hasNode(target)) edges.push({ id, source, target, corrections });
    }
    const byId = (x: RemovedItem, y: RemovedItem) => compareStrings(x.id, y.id);
    graph.replaceAttributes({
      sources: base.getAttribute('sources') ?? [],
      ...(nodes.length + edges.length === 0 ? {} : { removed: { nodes: nodes.sort(byId), edges: edges.sort(byId) } }),
    });
    return rederiveGraph(graph);
  }
}

/** Why a correction could not be applied; caught per correction. */
class Problem extends Error {}

/** The graph with every correction applied, in order, and the corrections that found nothing to act on. */
export function applyCorrections(base: KgGraph, corrections: readonly Correction[], options: ApplyOptions = {}): CorrectedGraph {
  const corrector = new Corrector(base, options.strict);
  const stale: StaleCorrection[] = [];
  for (const correction of corrections) {
    try {
      corrector.apply(correction);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      if (correction.id === options.strict) throw new KgError('curate', `${correction.id} (${describeCorrection(correction)}): ${error.message}; nothing changed`);
      stale.push({ correction, problem: error.message });
    }
  }
  return { graph: corrector.result(base), stale };
}
