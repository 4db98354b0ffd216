// Turns extracted article records into the knowledge graph: one node per entity id and per
// article, MENTIONS edges from articles to what they mention, relation edges merged by
// (from, to, type, role) carrying every sentence that supports them.
import graphology from 'graphology';
import type { ArticleRecord, Source } from '../extractor/types.js';
import type { EdgeAttributes, EdgeType, EvidenceRef, GraphAttributes, GraphSource, NodeAttributes } from './schema.js';
import { articleNodeId } from './schema.js';

const { MultiDirectedGraph } = graphology;

export type KgGraph = InstanceType<typeof MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>>;

/** What the builder needs from a source file; without `text`, Article nodes carry no text. */
export type BuildSource = Pick<Source, 'name' | 'sha256'> & Partial<Pick<Source, 'text'>>;

export interface BuildResult {
  graph: KgGraph;
  /** Problems with single records that did not stop the build. */
  warnings: string[];
}

export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
}

/** Plain code-unit order: locale-independent, so output files are identical everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEvidence(a: EvidenceRef, b: EvidenceRef): number {
  return compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end || compareStrings(a.text, b.text);
}

function sortedUnion(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])].sort(compareStrings);
}

export function relationEdgeKey(type: EdgeType, from: string, to: string, role: string | undefined): string {
  return role === undefined || role === '' ? `${type}|${from}|${to}` : `${type}|${from}|${to}|${role}`;
}

/** Evidence already on each edge, by `article start end`, so a build adds each one once in O(1). */
type SeenEvidence = Map<string, Set<string>>;

function evidenceId(e: EvidenceRef): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}`;
}

function addEvidence(graph: KgGraph, seen: SeenEvidence, key: string, from: string, to: string, type: EdgeType, role: string | undefined, evidence: EvidenceRef[]): void {
  if (!graph.hasEdge(key)) {
    const attributes: EdgeAttributes = { type, weight: 0, evidence: [] };
    if (role !== undefined && role !== '') attributes.role = role;
    graph.addDirectedEdgeWithKey(key, from, to, attributes);
  }
  const attributes = graph.getEdgeAttributes(key);
  let ids = seen.get(key);
  if (ids === undefined) {
    ids = new Set(attributes.evidence.map(evidenceId));
    seen.set(key, ids);
  }
  for (const e of evidence) {
    const id = evidenceId(e);
    if (ids.has(id)) continue;
    ids.add(id);
    attributes.evidence.push(e);
  }
  attributes.weight = attributes.evidence.length;
}

/**
 * Removes everything the given sources contributed, so that re-adding a source replaces it
 * instead of doubling its evidence.
 */
function removeSources(graph: KgGraph, names: ReadonlySet<string>): void {
  const articles = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.label === 'Article' && attributes.source !== undefined && names.has(attributes.source)) articles.add(node);
  });
  if (articles.size === 0) return;
  graph.forEachEdge((edge, attributes) => {
    const kept = attributes.evidence.filter((e) => !articles.has(e.article));
    if (kept.length === attributes.evidence.length) return;
    attributes.evidence = kept;
    attributes.weight = kept.length;
  });
  for (const article of articles) graph.dropNode(article);
  graph.filterEdges((_, attributes) => attributes.type !== 'MENTIONS' && attributes.evidence.length === 0).forEach((edge) => graph.dropEdge(edge));
  graph.filterNodes((node, attributes) => attributes.label !== 'Article' && graph.degree(node) === 0).forEach((node) => graph.dropNode(node));
}

function addRecord(graph: KgGraph, seen: SeenEvidence, record: ArticleRecord, text: string | undefined, warnings: string[]): void {
  const article = articleNodeId(record.source, record.index);
  const where = `${record.source} article ${record.index}`;
  const articleAttributes: NodeAttributes = {
    label: 'Article',
    name: record.title !== '' ? record.title : `${record.source}#${record.index}`,
    aliases: [],
    mentions: record.entities.length,
    firstSource: record.source,
    lastSource: record.source,
    source: record.source,
    index: record.index,
    title: record.title,
    kind: record.kind,
    subtitles: [...record.subtitles],
    spanStart: record.span.start,
    spanEnd: record.span.end,
  };
  if (text !== undefined) articleAttributes.text = text.slice(record.span.start, record.span.end);
  graph.mergeNode(article, articleAttributes);

  for (const entity of record.entities) {
    const aliases = entity.mentions.map((m) => m.text).filter((t) => t !== entity.name);
    const existing = graph.hasNode(entity.id) ? graph.getNodeAttributes(entity.id) : undefined;
    if (existing === undefined) {
      const attributes: NodeAttributes = {
        label: entity.type,
        name: entity.name,
        aliases: sortedUnion(entity.aliases, aliases).filter((a) => a !== entity.name),
        mentions: 0,
        firstSource: record.source,
        lastSource: record.source,
      };
      if (entity.roles !== undefined && entity.roles.length > 0) attributes.roles = sortedUnion(entity.roles, []);
      if (entity.key !== undefined && entity.key !== '') attributes.key = entity.key;
      graph.addNode(entity.id, attributes);
    } else if (existing.label !== entity.type) {
      warnings.push(`${where}: entity ${entity.id} has type ${entity.type}, kept ${existing.label}`);
      continue;
    } else {
      existing.aliases = sortedUnion(existing.aliases, [...(entity.aliases ?? []), ...aliases]).filter((a) => a !== existing.name);
      if (entity.roles !== undefined && entity.roles.length > 0) existing.roles = sortedUnion(existing.roles, entity.roles);
      // The smallest key wins so that the result does not depend on input order.
      if (entity.key !== undefined && entity.key !== '' && (existing.key === undefined || compareStrings(entity.key, existing.key) < 0)) {
        existing.key = entity.key;
      }
    }
    const evidence = entity.mentions.map((m) => ({ article, text: m.text, start: m.start, end: m.end }));
    addEvidence(graph, seen, `MENTIONS|${article}|${entity.id}`, article, entity.id, 'MENTIONS', undefined, evidence);
  }

  for (const relation of record.relations) {
    const to = relation.to === 'ARTICLE' ? article : relation.to;
    const missing = [relation.from, to].find((id) => !graph.hasNode(id));
    if (missing !== undefined) {
      warnings.push(`${where}: ${relation.type} relation refers to unknown entity ${missing}, skipped`);
      continue;
    }
    const evidence = [{ article, text: relation.evidence.text, start: relation.evidence.start, end: relation.evidence.end }];
    addEvidence(graph, seen, relationEdgeKey(relation.type, relation.from, to, relation.role), relation.from, to, relation.type, relation.role, evidence);
  }
}

/** The district a node lies in: itself for a District, else the nearest District up its LOCATED_IN/HELD_AT chain. */
function findDistrict(graph: KgGraph, node: string): string | undefined {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.label === 'District') return attributes.name;
  let frontier = [node];
  const seen = new Set(frontier);
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      graph.forEachOutEdge(current, (_edge, edge, _source, target) => {
        if (edge.type !== 'LOCATED_IN' && edge.type !== 'HELD_AT') return;
        if (seen.has(target)) return;
        seen.add(target);
        next.push(target);
      });
    }
    next.sort(compareStrings);
    const district = next.find((n) => graph.getNodeAttribute(n, 'label') === 'District');
    if (district !== undefined) return graph.getNodeAttribute(district, 'name');
    frontier = next;
  }
  return undefined;
}

/** Recomputes what depends on the whole graph: mention counts, first/last source, district. */
function deriveNodeAttributes(graph: KgGraph): void {
  graph.forEachNode((node, attributes) => {
    if (attributes.label === 'Article') return;
    let mentions = 0;
    let first: string | undefined;
    let last: string | undefined;
    graph.forEachInEdge(node, (_edge, edge, _source, _target, sourceAttributes) => {
      if (edge.type !== 'MENTIONS') return;
      mentions += edge.weight;
      const name = sourceAttributes.source ?? '';
      if (first === undefined || compareStrings(name, first) < 0) first = name;
      if (last === undefined || compareStrings(name, last) > 0) last = name;
    });
    attributes.mentions = mentions;
    if (first !== undefined && last !== undefined) {
      attributes.firstSource = first;
      attributes.lastSource = last;
    }
    const district = findDistrict(graph, node);
    if (district === undefined) delete attributes.district;
    else attributes.district = district;
  });
}

const NODE_KEY_ORDER: readonly (keyof NodeAttributes)[] = [
  'label', 'name', 'aliases', 'mentions', 'firstSource', 'lastSource', 'district', 'roles', 'key',
  'source', 'index', 'title', 'kind', 'subtitles', 'text', 'spanStart', 'spanEnd',
  'degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'component', 'x', 'y',
];

export function orderedNodeAttributes(attributes: NodeAttributes): NodeAttributes {
  const out: Record<string, unknown> = {};
  for (const key of NODE_KEY_ORDER) if (attributes[key] !== undefined) out[key] = attributes[key];
  return out as unknown as NodeAttributes;
}

export function orderedEdgeAttributes(attributes: EdgeAttributes): EdgeAttributes {
  const evidence = attributes.evidence
    .map((e) => ({ article: e.article, text: e.text, start: e.start, end: e.end }))
    .sort(compareEvidence);
  if (attributes.role === undefined) return { type: attributes.type, weight: attributes.weight, evidence };
  return { type: attributes.type, role: attributes.role, weight: attributes.weight, evidence };
}

/** A copy with nodes, edges, attribute keys and evidence in one fixed order: equal graphs serialize to equal bytes. */
export function canonicalGraph(graph: KgGraph): KgGraph {
  const out = createGraph();
  const sources = [...(graph.getAttribute('sources') ?? [])].sort((a, b) => compareStrings(a.name, b.name));
  out.replaceAttributes({ sources: sources.map((s) => ({ name: s.name, sha256: s.sha256 })) });
  for (const node of graph.nodes().sort(compareStrings)) out.addNode(node, orderedNodeAttributes(graph.getNodeAttributes(node)));
  for (const edge of graph.edges().sort(compareStrings)) {
    out.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), orderedEdgeAttributes(graph.getEdgeAttributes(edge)));
  }
  return out;
}

function mergeSources(existing: readonly GraphSource[], added: readonly GraphSource[]): GraphSource[] {
  const byName = new Map(existing.map((s) => [s.name, s]));
  for (const s of added) byName.set(s.name, { name: s.name, sha256: s.sha256 });
  return [...byName.values()];
}

/**
 * Builds the graph from records (in any order); with `base`, adds them to a copy of an
 * existing graph, replacing whatever that graph held from the same source files.
 */
export function buildGraph(records: readonly ArticleRecord[], sources: readonly BuildSource[] = [], base?: KgGraph): BuildResult {
  const graph = base === undefined ? createGraph() : base.copy();
  const warnings: string[] = [];
  const texts = new Map(sources.map((s) => [s.name, s.text]));
  const recordSources = new Set(records.map((r) => r.source));
  removeSources(graph, new Set([...recordSources, ...sources.map((s) => s.name)]));

  const ordered = [...records].sort((a, b) => compareStrings(a.source, b.source) || a.index - b.index);
  const seen: SeenEvidence = new Map();
  for (const record of ordered) addRecord(graph, seen, record, texts.get(record.source), warnings);
  deriveNodeAttributes(graph);

  const known = new Map(sources.map((s) => [s.name, s]));
  const added: GraphSource[] = [...new Set([...recordSources, ...known.keys()])].map((name) => ({ name, sha256: known.get(name)?.sha256 ?? '' }));
  graph.replaceAttributes({ sources: mergeSources(graph.getAttribute('sources') ?? [], added) });
  return { graph: canonicalGraph(graph), warnings };
}
