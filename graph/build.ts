// Turns extracted article records into the knowledge graph: one node per entity id and per
// article, MENTIONS edges from articles to what they mention, relation edges merged by
// their identity (relationKey: type, from, to, role) carrying every sentence that supports them.
import { firstDay, inWindow, lastDay, type IsoDate } from '../extractor/dates/calendar.js';
import { relationKey, type ArticleRecord, type Source } from '../extractor/index.js';
import { compareEvidence, compareStrings, createGraph, orderedEdgeAttributes, orderedNodeAttributes, type KgGraph } from './model.js';
import type { EdgeAttributes, EdgeType, EvidenceRef, GraphAttributes, GraphSource, NodeAttributes } from './schema.js';
import { articleNodeId } from './schema.js';
import { assignDistricts } from './analytics/districts.js';

export { compareStrings, createGraph, orderedEdgeAttributes, orderedNodeAttributes, type KgGraph };

/** What the builder needs from a source file; without `text`, Article nodes carry no text. */
export type BuildSource = Pick<Source, 'name' | 'sha256'> & Partial<Pick<Source, 'text'>>;

export interface BuildResult {
  graph: KgGraph;
  /** Problems with single records that did not stop the build. */
  warnings: string[];
}

function sortedUnion(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])].sort(compareStrings);
}

/** The graph being assembled, in plain maps: merging is cheap there, and the graphology graph is then built once, in sorted order. */
interface Draft {
  nodes: Map<string, NodeAttributes>;
  edges: Map<string, DraftEdge>;
}

interface DraftEdge {
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** Evidence already on a long list, by `article start end`, so each is added once in O(1). */
  seen?: Set<string>;
}

function evidenceId(e: EvidenceRef): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}`;
}

/** A draft holding a copy of `graph` (arrays copied too: the draft is mutated, the graph never). */
function draftOf(graph: KgGraph | undefined): Draft {
  const draft: Draft = { nodes: new Map(), edges: new Map() };
  graph?.forEachNode((node, attributes) => {
    draft.nodes.set(node, { ...attributes, aliases: [...attributes.aliases] });
  });
  graph?.forEachEdge((edge, attributes, source, target) => {
    draft.edges.set(edge, { source, target, attributes: { ...attributes, evidence: [...attributes.evidence] } });
  });
  return draft;
}

function addEvidence(draft: Draft, key: string, source: string, target: string, type: EdgeType, role: string | undefined, evidence: EvidenceRef[]): void {
  let edge = draft.edges.get(key);
  if (edge === undefined) {
    const attributes: EdgeAttributes = { type, weight: 0, evidence: [] };
    if (role !== undefined && role !== '') attributes.role = role;
    edge = { source, target, attributes };
    draft.edges.set(key, edge);
  }
  const list = edge.attributes.evidence;
  for (const e of evidence) {
    // Most edges hold a few evidences: a scan is cheapest; a hub's long list gets a set.
    if (edge.seen === undefined && list.length >= 16) edge.seen = new Set(list.map(evidenceId));
    const known = edge.seen !== undefined ? edge.seen.has(evidenceId(e)) : list.some((x) => x.article === e.article && x.start === e.start && x.end === e.end);
    if (known) continue;
    edge.seen?.add(evidenceId(e));
    list.push(e);
  }
  edge.attributes.weight = edge.attributes.evidence.length;
}

/**
 * Removes everything the given sources contributed, so that re-adding a source replaces it
 * instead of doubling its evidence.
 */
function removeSources(draft: Draft, names: ReadonlySet<string>): void {
  removeArticles(draft, (attributes) => attributes.source !== undefined && names.has(attributes.source));
}

/** Removes the Article nodes `drop` picks, their evidence, and what only that evidence supported. */
function removeArticles(draft: Draft, drop: (attributes: NodeAttributes) => boolean): void {
  const articles = new Set<string>();
  for (const [node, attributes] of draft.nodes) {
    if (attributes.label === 'Article' && drop(attributes)) articles.add(node);
  }
  if (articles.size === 0) return;
  for (const article of articles) draft.nodes.delete(article);
  for (const attributes of draft.nodes.values()) {
    if (attributes.dateEvidence !== undefined && articles.has(attributes.dateEvidence.article)) {
      delete attributes.start;
      delete attributes.end;
      delete attributes.dateEvidence;
    }
  }
  const linked = new Set<string>();
  for (const [key, edge] of draft.edges) {
    const kept = edge.attributes.evidence.filter((e) => !articles.has(e.article));
    const orphan = articles.has(edge.source) || articles.has(edge.target) || (edge.attributes.type !== 'MENTIONS' && kept.length === 0);
    if (orphan) {
      draft.edges.delete(key);
      continue;
    }
    edge.attributes.evidence = kept;
    edge.attributes.weight = kept.length;
    linked.add(edge.source).add(edge.target);
  }
  for (const [node, attributes] of draft.nodes) if (attributes.label !== 'Article' && !linked.has(node)) draft.nodes.delete(node);
}

/**
 * Whether a statement of an initiative's time wins over the one the node holds: the earliest start,
 * then the latest end, then the first evidence, so that the result does not depend on input order.
 */
function earlierStatement(start: IsoDate, end: IsoDate, evidence: EvidenceRef, node: NodeAttributes): boolean {
  if (node.start === undefined || node.end === undefined || node.dateEvidence === undefined) return true;
  return (
    compareStrings(firstDay(start), firstDay(node.start)) ||
    compareStrings(lastDay(node.end), lastDay(end)) ||
    compareEvidence(evidence, node.dateEvidence)
  ) < 0;
}

/** The earliest and latest of the dates given, by the days they cover. */
export class DateSpan {
  first: IsoDate | undefined;
  last: IsoDate | undefined;

  add(date: IsoDate | undefined): void {
    if (date === undefined) return;
    if (this.first === undefined || firstDay(date) < firstDay(this.first)) this.first = date;
    if (this.last === undefined || lastDay(date) > lastDay(this.last)) this.last = date;
  }
}

/** Sets or clears firstDate/lastDate. */
function setDates(attributes: { firstDate?: string; lastDate?: string }, span: DateSpan): void {
  if (span.first === undefined || span.last === undefined) {
    delete attributes.firstDate;
    delete attributes.lastDate;
  } else {
    attributes.firstDate = span.first;
    attributes.lastDate = span.last;
  }
}

function addRecord(draft: Draft, record: ArticleRecord, text: string | undefined, warnings: string[]): void {
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
  if (record.date !== undefined) {
    articleAttributes.date = record.date;
    articleAttributes.firstDate = record.date;
    articleAttributes.lastDate = record.date;
    if (record.dateSource !== undefined) articleAttributes.dateSource = record.dateSource;
  }
  if (record.outlet !== undefined) articleAttributes.outlet = record.outlet;
  if (text !== undefined) articleAttributes.text = text.slice(record.span.start, record.span.end);
  draft.nodes.set(article, articleAttributes);
  const dated = record.date === undefined ? {} : { date: record.date };

  for (const entity of record.entities) {
    const existing = draft.nodes.get(entity.id);
    if (existing === undefined) {
      const attributes: NodeAttributes = {
        label: entity.type,
        name: entity.name,
        aliases: sortedUnion(entity.aliases, []).filter((a) => a !== entity.name),
        mentions: 0,
        firstSource: record.source,
        lastSource: record.source,
      };
      if (entity.roles !== undefined && entity.roles.length > 0) attributes.roles = sortedUnion(entity.roles, []);
      if (entity.key !== undefined && entity.key !== '') attributes.key = entity.key;
      draft.nodes.set(entity.id, attributes);
    } else if (existing.label !== entity.type) {
      warnings.push(`${where}: entity ${entity.id} has type ${entity.type}, kept ${existing.label}`);
      continue;
    } else {
      existing.aliases = sortedUnion(existing.aliases, entity.aliases).filter((a) => a !== existing.name);
      if (entity.roles !== undefined && entity.roles.length > 0) existing.roles = sortedUnion(existing.roles, entity.roles);
      // The smallest key wins so that the result does not depend on input order.
      if (entity.key !== undefined && entity.key !== '' && (existing.key === undefined || compareStrings(entity.key, existing.key) < 0)) {
        existing.key = entity.key;
      }
    }
    const node = draft.nodes.get(entity.id)!;
    if (entity.when !== undefined) {
      const stated: EvidenceRef = { article, text: entity.when.evidence.text, start: entity.when.evidence.start, end: entity.when.evidence.end, ...dated };
      if (earlierStatement(entity.when.start, entity.when.end, stated, node)) {
        node.start = entity.when.start;
        node.end = entity.when.end;
        node.dateEvidence = stated;
      }
    }
    const evidence = entity.mentions.map((m) => ({ article, text: m.text, start: m.start, end: m.end, ...dated }));
    addEvidence(draft, relationKey({ type: 'MENTIONS', from: article, to: entity.id }), article, entity.id, 'MENTIONS', undefined, evidence);
  }

  for (const relation of record.relations) {
    const to = relation.to === 'ARTICLE' ? article : relation.to;
    const missing = [relation.from, to].find((id) => !draft.nodes.has(id));
    if (missing !== undefined) {
      warnings.push(`${where}: ${relation.type} relation refers to unknown entity ${missing}, skipped`);
      continue;
    }
    const evidence = [{ article, text: relation.evidence.text, start: relation.evidence.start, end: relation.evidence.end, ...dated }];
    addEvidence(draft, relationKey({ ...relation, to }), relation.from, to, relation.type, relation.role, evidence);
  }
}

/** The district a node lies in: itself for a District, else the nearest District up its LOCATED_IN/HELD_AT chain. */
function findDistrict(draft: Draft, places: ReadonlyMap<string, string[]>, node: string): string | undefined {
  const attributes = draft.nodes.get(node)!;
  if (attributes.label === 'District') return attributes.name;
  let frontier = [node];
  const seen = new Set(frontier);
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const target of places.get(current) ?? []) {
        if (seen.has(target)) continue;
        seen.add(target);
        next.push(target);
      }
    }
    next.sort(compareStrings);
    const district = next.find((n) => draft.nodes.get(n)?.label === 'District');
    if (district !== undefined) return draft.nodes.get(district)!.name;
    frontier = next;
  }
  return undefined;
}

/** A mention as a name: the column breaks printed inside it (全\n\n国总工会) are not part of the name. */
export function printedName(mention: string): string {
  return mention.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '');
}

/**
 * Adds every printed form of an entity to its aliases, except forms that name several entities
 * of the same label (街道总工会, 区总工会: short forms resolved inside one article only). Computed
 * over the whole draft, so appending pages gives the aliases a build of all of them gives.
 */
function deriveAliases(draft: Draft, forms: ReadonlyMap<string, ReadonlySet<string>>): void {
  const holders = new Map<string, number>();
  for (const [node, names] of forms) {
    const label = draft.nodes.get(node)?.label;
    for (const name of names) holders.set(`${label}\u0000${name}`, (holders.get(`${label}\u0000${name}`) ?? 0) + 1);
  }
  for (const [node, attributes] of draft.nodes) {
    if (attributes.label === 'Article') continue;
    const shared = (name: string) => (holders.get(`${attributes.label}\u0000${name}`) ?? 0) > 1;
    attributes.aliases = sortedUnion(attributes.aliases, [...(forms.get(node) ?? [])]).filter((a) => a !== attributes.name && !shared(a));
  }
}

/** Recomputes what depends on the whole graph: mention counts, first/last source, district, aliases. */
function deriveNodeAttributes(draft: Draft): void {
  const mentions = new Map<string, { count: number; first: string; last: string; dates: DateSpan }>();
  const forms = new Map<string, Set<string>>();
  const places = new Map<string, string[]>();
  for (const edge of draft.edges.values()) {
    const span = new DateSpan();
    for (const e of edge.attributes.evidence) span.add(e.date);
    setDates(edge.attributes, span);
    const type = edge.attributes.type;
    if (type === 'MENTIONS') {
      const names = forms.get(edge.target) ?? new Set<string>();
      for (const e of edge.attributes.evidence) names.add(printedName(e.text));
      forms.set(edge.target, names);
      const name = draft.nodes.get(edge.source)?.source ?? '';
      let m = mentions.get(edge.target);
      if (m === undefined) {
        m = { count: edge.attributes.weight, first: name, last: name, dates: new DateSpan() };
        mentions.set(edge.target, m);
      } else {
        m.count += edge.attributes.weight;
        if (compareStrings(name, m.first) < 0) m.first = name;
        if (compareStrings(name, m.last) > 0) m.last = name;
      }
      for (const e of edge.attributes.evidence) m.dates.add(e.date);
    } else if (type === 'LOCATED_IN' || type === 'HELD_AT') {
      const list = places.get(edge.source);
      if (list === undefined) places.set(edge.source, [edge.target]);
      else list.push(edge.target);
    }
  }
  for (const [node, attributes] of draft.nodes) {
    if (attributes.label === 'Article') continue;
    const m = mentions.get(node);
    attributes.mentions = m?.count ?? 0;
    if (m !== undefined) {
      attributes.firstSource = m.first;
      attributes.lastSource = m.last;
    }
    setDates(attributes, m?.dates ?? new DateSpan());
    const district = findDistrict(draft, places, node);
    if (district === undefined) delete attributes.district;
    else attributes.district = district;
  }
  deriveAliases(draft, forms);
}

function mergeSources(existing: readonly GraphSource[], added: readonly GraphSource[]): GraphSource[] {
  const byName = new Map(existing.map((s) => [s.name, s]));
  for (const s of added) byName.set(s.name, { name: s.name, sha256: s.sha256 });
  return [...byName.values()];
}

/**
 * Builds the graph from records (in any order); with `base`, adds them to a copy of an
 * existing graph (left untouched), replacing whatever it held from the same source files.
 */
export function buildGraph(records: readonly ArticleRecord[], sources: readonly BuildSource[] = [], base?: KgGraph): BuildResult {
  const draft = draftOf(base);
  const warnings: string[] = [];
  const texts = new Map(sources.map((s) => [s.name, s.text]));
  const recordSources = new Set(records.map((r) => r.source));
  removeSources(draft, new Set([...recordSources, ...sources.map((s) => s.name)]));

  const ordered = [...records].sort((a, b) => compareStrings(a.source, b.source) || a.index - b.index);
  for (const record of ordered) addRecord(draft, record, texts.get(record.source), warnings);
  deriveNodeAttributes(draft);

  const known = new Map(sources.map((s) => [s.name, s]));
  const added: GraphSource[] = [...new Set([...recordSources, ...known.keys()])].map((name) => ({ name, sha256: known.get(name)?.sha256 ?? '' }));
  const allSources = mergeSources(base?.getAttribute('sources') ?? [], added).sort((x, y) => compareStrings(x.name, y.name));
  return { graph: assemble(draft, { sources: allSources }), warnings };
}

/** The graphology graph of a draft, built once, in sorted order. */
function assemble(draft: Draft, attributes: GraphAttributes): KgGraph {
  const graph = createGraph();
  graph.replaceAttributes(attributes);
  for (const node of [...draft.nodes.keys()].sort(compareStrings)) graph.addNode(node, orderedNodeAttributes(draft.nodes.get(node)!));
  for (const key of [...draft.edges.keys()].sort(compareStrings)) {
    const edge = draft.edges.get(key)!;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, orderedEdgeAttributes(edge.attributes));
  }
  assignDistricts(graph);
  // The districts come last from assignDistricts: put every node's keys back in file order.
  graph.updateEachNodeAttributes((_node, attributes) => orderedNodeAttributes(attributes));
  return graph;
}

/** A copy of a graph that corrections changed, with mentions, sources, districts and aliases derived again, in sorted order. */
export function rederiveGraph(graph: KgGraph): KgGraph {
  const draft = draftOf(graph);
  deriveNodeAttributes(draft);
  return assemble(draft, graph.getAttributes());
}

/** A window of time: either end may be open; both ends count as inside. */
export interface DateWindow {
  since?: IsoDate;
  until?: IsoDate;
}

/**
 * What the evidence dated within the window supports: the articles of those dates, edges with
 * their evidence in the window, the nodes they touch; undated articles are left out. Analytics
 * attributes are those of `graph` (stale): callers that show them compute them again.
 */
export function windowGraph(graph: KgGraph, window: DateWindow): KgGraph {
  const draft = draftOf(graph);
  removeArticles(draft, (a) => a.date === undefined || !inWindow(a.date, window.since, window.until));
  deriveNodeAttributes(draft);
  const kept = new Set<string>();
  for (const attributes of draft.nodes.values()) if (attributes.label === 'Article' && attributes.source !== undefined) kept.add(attributes.source);
  return assemble(draft, { ...graph.getAttributes(), sources: (graph.getAttribute('sources') ?? []).filter((s) => kept.has(s.name)) });
}
