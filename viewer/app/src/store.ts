// The explorer's view state and what derives from it, with no DOM and no renderer: one
// `update(change)` applies a change, recomputes only the derived sets that depend on what
// changed, and tells each subscriber which keys and sets changed, so each component redraws
// its own slice (the producer/derived-atom split of Gephi Lite's core, in plain TypeScript).
import louvainModule from 'graphology-communities-louvain';
import type { ViewerGraph } from '../../shared/article-view.js';
import { egoNodes, shortestPath } from './paths.js';
import { SearchIndex, type SearchHit } from './search.js';
import { DEFAULT_EXPLORER_SETTINGS, type ExplorerSettings } from './settings.js';
import { DEFAULT_VIEW_STATE, type TimeWindow, type ViewState } from './state.js';

export type { TimeWindow };

// A CommonJS module: the bundler and Node type its default import differently, both call it.
const louvain = louvainModule as unknown as (graph: ViewerGraph, options: { getEdgeWeight: string }) => Record<string, number>;

export interface StoreState extends ViewState {
  hovered: string | null;
  /** What the search box holds. */
  search: string;
  /** The multi-selection (Shift-click, box), apart from the one node whose panel is open. */
  picked: Set<string>;
  /** An edit of the selected node waiting for a second node (`serve --curate`). */
  choosing: Choosing | null;
}

/**
 * While an edit waits for its second node (the target of a merge, the other end of a relation),
 * selecting another node (a click, the search box) chooses it and the panel stays on the node
 * being edited; deselecting (Esc, a click on the stage) cancels the wait.
 */
export interface Choosing {
  purpose: 'merge' | 'relation';
  chosen: string | null;
}

export type StateKey = keyof StoreState;

/** One hop of the shortest path: the relation between two consecutive nodes. */
export interface PathHop {
  from: string;
  to: string;
  edge: string;
}

export interface StoreChange {
  keys: ReadonlySet<StateKey>;
  /** The visible set changed; `changedNodes` lists the nodes whose visibility flipped. */
  visibility: boolean;
  changedNodes: string[];
  path: boolean;
  sizes: boolean;
  hover: boolean;
  search: boolean;
  /** Nodes whose drawing changes without a visibility change (selection, hover, search, multi-selection). */
  touched: Set<string>;
  /** The graph's contents were replaced (an edit in the explorer): everything derived from it was taken again. */
  graph: boolean;
}

export type Listener = (change: StoreChange, store: ViewStore) => void;

/** Keys whose change can change which nodes are visible. */
const FILTER_KEYS: readonly StateKey[] = ['hiddenLabels', 'district', 'community', 'minDegree', 'hiddenNodes', 'onlyNodes', 'egoHops', 'timeWindow'];

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

export function defaultStoreState(): StoreState {
  return { ...DEFAULT_VIEW_STATE, hiddenLabels: new Set(), hiddenNodes: new Set(), hovered: null, search: '', picked: new Set(), choosing: null };
}

/** The first and last day a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) covers. */
export function dateSpan(date: string): [string, string] {
  if (date.length >= 10) return [date.slice(0, 10), date.slice(0, 10)];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [`${date}-01-01`, `${date}-12-31`];
}

/** Whether a (partial) date overlaps the window: an article of "2024-03" is in a window of March 10–20. */
export function dateInWindow(date: string | undefined, window: TimeWindow): boolean {
  if (!date) return false;
  const [first, last] = dateSpan(date);
  return first <= window.until && last >= window.since;
}

/** Articles per month (YYYY-MM), every month from the first to the last; year-only dates have no month and are left out. */
export interface MonthCount {
  month: string;
  count: number;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

export class ViewStore {
  private current: StoreState;
  private readonly listeners = new Set<Listener>();
  readonly large: boolean;
  private readonly degrees = new Map<string, number>();
  private readonly sizeOf = new Map<string, number>();
  private communities: Map<string, number> | null = null;
  private districtIndex: Map<string, Set<string>> | null = null;
  private searchIndex: SearchIndex;
  private months: MonthCount[] | null = null;
  /** Whether any article has a date: an undated graph has no time window at all. */
  readonly dated: boolean;

  /** Nodes that pass the filters; null when every node does. */
  visible: Set<string> | null = null;
  visibleEdgeCount: number;
  /** What evidence dated in the time window supports; null when there is no window. */
  windowNodes: Set<string> | null = null;
  windowEdges: Set<string> | null = null;
  hoverNeighbors = new Set<string>();
  path: PathHop[] | null = null;
  pathNodes = new Set<string>();
  pathEdges = new Set<string>();
  searchHits: SearchHit[] = [];
  /** The best hits, whose labels the canvas shows. */
  searchTop = new Set<string>();

  constructor(
    readonly graph: ViewerGraph,
    initial: Partial<StoreState> = {},
    readonly settings: ExplorerSettings = DEFAULT_EXPLORER_SETTINGS,
  ) {
    this.dated = graph.someNode((_node, attrs) => attrs.label === 'Article' && typeof attrs.date === 'string');
    this.current = { ...defaultStoreState(), ...initial };
    if (!this.dated) this.current.timeWindow = null;
    this.large = graph.order > settings.largeOrder || graph.size > settings.largeSize;
    graph.forEachNode((node, attrs) => this.degrees.set(node, attrs.degree ?? graph.degree(node)));
    this.searchIndex = new SearchIndex(graph);
    this.visibleEdgeCount = graph.size;
    this.computeSizes();
    this.computeWindow();
    this.computeVisible();
    this.countVisibleEdges();
    this.computePath();
    this.computeSearch();
    if (this.current.hovered) this.hoverNeighbors = this.neighborsOf(this.current.hovered);
  }

  get state(): Readonly<StoreState> {
    return this.current;
  }

  degree(node: string): number {
    return this.degrees.get(node) ?? 0;
  }

  size(node: string): number {
    return this.sizeOf.get(node) ?? 3;
  }

  /** The stored community, or one computed once (Louvain) for graph files that carry none. */
  community(node: string): number | undefined {
    const own = this.graph.getNodeAttribute(node, 'community');
    if (typeof own === 'number') return own;
    if (!this.communities) this.communities = new Map(Object.entries(louvain(this.graph, { getEdgeWeight: 'weight' })));
    return this.communities.get(node);
  }

  hasStoredCommunities(): boolean {
    return this.graph.someNode((_node, attrs) => typeof attrs.community === 'number');
  }

  /** Nodes tied to each district (the build's `districts`, or `district` in older graph files). */
  districts(): Map<string, Set<string>> {
    if (this.districtIndex) return this.districtIndex;
    const index = new Map<string, Set<string>>();
    this.graph.forEachNode((node, attrs) => {
      const names = attrs.districts ? attrs.districts.map((t) => t.district) : attrs.district ? [attrs.district] : [];
      for (const name of names) {
        const members = index.get(name) ?? new Set<string>();
        members.add(node);
        index.set(name, members);
      }
    });
    this.districtIndex = index;
    return index;
  }

  shownCount(): number {
    return this.visible ? this.visible.size : this.graph.order;
  }

  isVisible(node: string): boolean {
    return !this.visible || this.visible.has(node);
  }

  /** Whether an edge's evidence falls in the time window (every edge does without one). */
  inWindow(edge: string): boolean {
    return !this.windowEdges || this.windowEdges.has(edge);
  }

  /** Dated articles per month, computed once. */
  articleMonths(): MonthCount[] {
    if (this.months) return this.months;
    const counts = new Map<string, number>();
    this.graph.forEachNode((_node, attrs) => {
      if (attrs.label !== 'Article' || typeof attrs.date !== 'string' || attrs.date.length < 7) return;
      const month = attrs.date.slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    });
    const keys = [...counts.keys()].sort();
    const out: MonthCount[] = [];
    const last = keys[keys.length - 1];
    for (let month = keys[0]; month !== undefined && last !== undefined && month <= last; month = nextMonth(month)) {
      out.push({ month, count: counts.get(month) ?? 0 });
    }
    this.months = out;
    return out;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a change; returns what changed (null when nothing did) after telling every subscriber. */
  update(change: Partial<StoreState>): StoreChange | null {
    const previous = this.current;
    const keys = new Set<StateKey>();
    for (const [key, value] of Object.entries(change) as [StateKey, unknown][]) {
      if (!sameValue(previous[key], value)) keys.add(key);
    }
    if (keys.size === 0) return null;
    const next: StoreState = { ...previous, ...change };
    if (!this.dated && next.timeWindow !== null) {
      next.timeWindow = null;
      keys.delete('timeWindow');
      if (keys.size === 0) return null;
    }
    // While an edit waits for a second node, selecting another node chooses it (see Choosing).
    if (previous.choosing && keys.has('selected') && !keys.has('choosing')) {
      const other = next.selected;
      next.selected = previous.selected;
      next.choosing = other !== null && this.graph.hasNode(other) ? { ...previous.choosing, chosen: other } : null;
      keys.delete('selected');
      if (!sameValue(previous.choosing, next.choosing)) keys.add('choosing');
      if (keys.size === 0) return null;
    }
    // A selection that is not in the graph is no selection.
    if (next.selected !== null && !this.graph.hasNode(next.selected)) next.selected = null;
    // An edit waits on the selected node only.
    if (next.selected === null && next.choosing !== null) {
      next.choosing = null;
      if (sameValue(previous.choosing, null)) keys.delete('choosing');
      else keys.add('choosing');
    }
    this.current = next;

    const result: StoreChange = { keys, visibility: false, changedNodes: [], path: false, sizes: false, hover: false, search: false, touched: new Set(), graph: false };
    if (keys.has('selected')) {
      if (previous.selected) result.touched.add(previous.selected);
      if (next.selected) result.touched.add(next.selected);
    }
    if (keys.has('picked')) {
      for (const n of previous.picked) result.touched.add(n);
      for (const n of next.picked) result.touched.add(n);
    }
    if (keys.has('sizeBy')) {
      this.computeSizes();
      result.sizes = true;
    }
    if (keys.has('timeWindow')) this.computeWindow();
    const egoMoved = next.egoHops > 0 && keys.has('selected');
    if (FILTER_KEYS.some((k) => keys.has(k)) || egoMoved) {
      const before = this.visible;
      this.computeVisible();
      result.changedNodes = this.flipped(before, this.visible);
      result.visibility = result.changedNodes.length > 0;
      // A moved window changes which edges count everywhere; otherwise only the flipped nodes' edges change.
      if (keys.has('timeWindow') || result.changedNodes.length > (this.visible?.size ?? this.graph.order)) this.countVisibleEdges();
      else this.recountAround(before, result.changedNodes);
    }
    if (keys.has('pathFrom') || keys.has('pathTo') || result.visibility) {
      const before = this.pathNodes;
      this.computePath();
      result.path = !sameValue(before, this.pathNodes) || keys.has('pathFrom') || keys.has('pathTo');
    }
    if (keys.has('hovered')) {
      if (previous.hovered) result.touched.add(previous.hovered);
      for (const n of this.hoverNeighbors) result.touched.add(n);
      this.hoverNeighbors = next.hovered ? this.neighborsOf(next.hovered) : new Set();
      if (next.hovered) result.touched.add(next.hovered);
      for (const n of this.hoverNeighbors) result.touched.add(n);
      result.hover = true;
    }
    if (keys.has('search')) {
      const before = this.searchTop;
      this.computeSearch();
      for (const n of before) result.touched.add(n);
      for (const n of this.searchTop) result.touched.add(n);
      result.search = true;
    }
    for (const listener of this.listeners) listener(result, this);
    return result;
  }

  /**
   * The graph's contents were replaced (an edit in the explorer): what derives from the graph is
   * taken again, nodes no longer there leave the view state, and the selection moves to `selected`.
   * Whether the graph is dated or large stays as it was: edits touch entities, never articles.
   */
  graphReplaced(selected: string | null): StoreChange {
    const previous = this.current;
    const has = (node: string | null): node is string => node !== null && this.graph.hasNode(node);
    const present = (nodes: Set<string>): Set<string> => new Set([...nodes].filter(has));
    const next: StoreState = {
      ...previous,
      selected: has(selected) ? selected : null,
      hovered: null,
      choosing: null,
      picked: present(previous.picked),
      hiddenNodes: present(previous.hiddenNodes),
      onlyNodes: previous.onlyNodes && present(previous.onlyNodes),
      pathFrom: has(previous.pathFrom) ? previous.pathFrom : null,
      pathTo: has(previous.pathTo) ? previous.pathTo : null,
      article: has(previous.article) ? previous.article : null,
    };
    const keys = new Set((Object.keys(next) as StateKey[]).filter((key) => !sameValue(previous[key], next[key])));
    this.current = next;
    this.degrees.clear();
    this.graph.forEachNode((node, attrs) => this.degrees.set(node, attrs.degree ?? this.graph.degree(node)));
    this.sizeOf.clear();
    this.communities = null;
    this.districtIndex = null;
    this.months = null;
    this.searchIndex = new SearchIndex(this.graph);
    const pathBefore = this.pathNodes;
    this.computeSizes();
    this.computeWindow();
    this.computeVisible();
    this.computePath();
    this.computeSearch();
    this.hoverNeighbors = new Set();
    const result: StoreChange = { keys, visibility: false, changedNodes: [], path: !sameValue(pathBefore, this.pathNodes), sizes: true, hover: false, search: true, touched: new Set(), graph: true };
    for (const listener of this.listeners) listener(result, this);
    return result;
  }

  private neighborsOf(node: string): Set<string> {
    return this.graph.hasNode(node) ? new Set(this.graph.neighbors(node)) : new Set();
  }

  private computeSizes(): void {
    const byPagerank = this.current.sizeBy === 'pagerank';
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    const values = new Map<string, number>();
    this.graph.forEachNode((node, attrs) => {
      const v = byPagerank && typeof attrs.pagerank === 'number' ? attrs.pagerank : this.degree(node);
      values.set(node, v);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    });
    const [min, max] = this.large ? this.settings.nodeSize.large : this.settings.nodeSize.small;
    for (const [node, v] of values) {
      const share = hi > lo ? (v - lo) / (hi - lo) : 0.5;
      this.sizeOf.set(node, min + (max - min) * Math.sqrt(share));
    }
  }

  /** One pass over the edges and their evidence: an edge is in when any evidence is dated in the window, a node when it is an article dated there or touches such an edge. */
  private computeWindow(): void {
    const range = this.current.timeWindow;
    if (!range) {
      this.windowNodes = null;
      this.windowEdges = null;
      return;
    }
    const nodes = new Set<string>();
    const edges = new Set<string>();
    this.graph.forEachNode((node, attrs) => {
      if (attrs.label === 'Article' && dateInWindow(attrs.date, range)) nodes.add(node);
    });
    this.graph.forEachEdge((edge, attrs, source, target) => {
      if (!attrs.evidence.some((ev) => dateInWindow(ev.date, range))) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
    this.windowNodes = nodes;
    this.windowEdges = edges;
  }

  private computeVisible(): void {
    const s = this.current;
    const members = s.district !== null ? (this.districts().get(s.district) ?? new Set<string>()) : null;
    const inTime = this.windowNodes;
    const filtered =
      s.hiddenLabels.size > 0 || members !== null || s.community !== null || s.minDegree > 0 || s.hiddenNodes.size > 0 || s.onlyNodes !== null || inTime !== null;
    let visible: Set<string> | null = null;
    if (filtered) {
      const shown = new Set<string>();
      const keep = (node: string, label: string): void => {
        if (this.passes(node, label, members)) shown.add(node);
      };
      // "Show only these", a district and a time window narrow the candidates before any per-node test.
      const candidates = s.onlyNodes ?? members ?? inTime;
      if (candidates) {
        for (const node of candidates) if (this.graph.hasNode(node)) keep(node, this.graph.getNodeAttribute(node, 'label'));
      } else this.graph.forEachNode((node, attrs) => keep(node, attrs.label));
      visible = shown;
    }
    if (s.egoHops > 0 && s.selected && this.graph.hasNode(s.selected)) {
      const ego = egoNodes(this.graph, s.selected, s.egoHops);
      visible = visible ? new Set([...ego].filter((n) => visible?.has(n))) : ego;
    }
    this.visible = visible;
  }

  /** Edges with both ends visible and evidence in the window, counted from the visible nodes' edges: a narrow filter costs what it shows. */
  private countVisibleEdges(): void {
    const visible = this.visible;
    if (!visible) {
      this.visibleEdgeCount = this.graph.size;
      return;
    }
    let count = 0;
    for (const node of visible) {
      this.graph.forEachOutEdge(node, (edge, _attrs, _source, target) => {
        if (visible.has(target) && this.inWindow(edge)) count += 1;
      });
    }
    this.visibleEdgeCount = count;
  }

  /** The count after these nodes flipped (the window unchanged), from their edges only. */
  private recountAround(before: Set<string> | null, flipped: string[]): void {
    const after = this.visible;
    if (!after) {
      this.visibleEdgeCount = this.graph.size;
      return;
    }
    const moved = new Set(flipped);
    const shownBefore = (node: string): boolean => before === null || before.has(node);
    let count = this.visibleEdgeCount;
    for (const node of flipped) {
      this.graph.forEachEdge(node, (edge, _attrs, source, target) => {
        // An edge between two flipped nodes is met from both: it counts from its source.
        if (source !== node && moved.has(source)) return;
        if (!this.inWindow(edge)) return;
        const was = shownBefore(source) && shownBefore(target);
        const is = after.has(source) && after.has(target);
        if (was !== is) count += is ? 1 : -1;
      });
    }
    this.visibleEdgeCount = count;
  }

  /** Whether a node passes every filter but "show only these" and the ego network; `members` are the district's. */
  private passes(node: string, label: string, members: Set<string> | null): boolean {
    const s = this.current;
    if (s.hiddenLabels.has(label)) return false;
    if (members && !members.has(node)) return false;
    if (this.windowNodes && !this.windowNodes.has(node)) return false;
    if (s.hiddenNodes.has(node)) return false;
    if (s.minDegree > 0 && this.degree(node) < s.minDegree) return false;
    if (s.community !== null && this.community(node) !== s.community) return false;
    return true;
  }

  // The multi-selection (Shift-click, the box) and what its buttons do to what is shown.

  /** Shift-click: a node joins the multi-selection, or leaves it when it was in. */
  togglePicked(node: string): void {
    if (!this.graph.hasNode(node)) return;
    const picked = new Set(this.current.picked);
    if (picked.has(node)) picked.delete(node);
    else picked.add(node);
    this.update({ picked });
  }

  /** A box drawn on the stage: the visible ones of these nodes join the multi-selection. */
  addPicked(nodes: Iterable<string>): void {
    const picked = new Set(this.current.picked);
    for (const node of nodes) if (this.graph.hasNode(node) && this.isVisible(node)) picked.add(node);
    this.update({ picked });
  }

  /** "Show only these": the multi-selection becomes the only nodes shown (the other filters still apply). */
  showOnlyPicked(): void {
    if (this.current.picked.size === 0) return;
    this.update({ onlyNodes: new Set(this.current.picked), hiddenNodes: new Set() });
  }

  /** "Hide these": the multi-selection is hidden one by one and emptied. */
  hidePicked(): void {
    if (this.current.picked.size === 0) return;
    this.update({ hiddenNodes: new Set([...this.current.hiddenNodes, ...this.current.picked]), picked: new Set() });
  }

  /**
   * "Expand neighbours": the neighbours the other filters let through join the multi-selection
   * and, under "show only these", the shown nodes.
   */
  expandPicked(): void {
    const s = this.current;
    const members = s.district !== null ? (this.districts().get(s.district) ?? new Set<string>()) : null;
    const picked = new Set(s.picked);
    for (const node of s.picked) {
      if (!this.graph.hasNode(node)) continue;
      this.graph.forEachNeighbor(node, (neighbour, attrs) => {
        if (this.passes(neighbour, attrs.label, members)) picked.add(neighbour);
      });
    }
    this.update({ picked, onlyNodes: s.onlyNodes ? new Set([...s.onlyNodes, ...picked]) : null });
  }

  clearPicked(): void {
    this.update({ picked: new Set() });
  }

  /** Undoes "show only these" and "hide these". */
  showEveryNode(): void {
    this.update({ onlyNodes: null, hiddenNodes: new Set() });
  }

  /** Nodes visible in one set and not the other. */
  private flipped(before: Set<string> | null, after: Set<string> | null): string[] {
    if (before === after) return [];
    const out: string[] = [];
    if (before === null) this.graph.forEachNode((n) => (after?.has(n) ? undefined : out.push(n)));
    else if (after === null) this.graph.forEachNode((n) => (before.has(n) ? undefined : out.push(n)));
    else {
      for (const n of before) if (!after.has(n)) out.push(n);
      for (const n of after) if (!before.has(n)) out.push(n);
    }
    return out;
  }

  private computePath(): void {
    const s = this.current;
    this.path = null;
    this.pathNodes = new Set();
    this.pathEdges = new Set();
    if (!s.pathFrom || !s.pathTo) return;
    const nodes = shortestPath(this.graph, s.pathFrom, s.pathTo, this.visible);
    if (!nodes) return;
    const hops: PathHop[] = [];
    for (let i = 1; i < nodes.length; i += 1) {
      const from = nodes[i - 1] as string;
      const to = nodes[i] as string;
      // A relation before a mention: the hop's evidence then says what ties the two.
      const edges = [...this.graph.edges(from, to), ...this.graph.edges(to, from)];
      const edge = edges.find((e) => this.graph.getEdgeAttribute(e, 'type') !== 'MENTIONS') ?? edges[0];
      if (edge === undefined) continue;
      hops.push({ from, to, edge });
      this.pathEdges.add(edge);
    }
    this.path = hops;
    this.pathNodes = new Set(nodes);
  }

  private computeSearch(): void {
    this.searchHits = this.searchIndex.search(this.current.search);
    this.searchTop = new Set(this.searchHits.slice(0, this.settings.searchHighlight).map((h) => h.node));
  }
}
