// The explorer: one sigma renderer over the graph, the chrome around it, and the view state
// that links them (reducers, URL hash, panels).
import louvain from 'graphology-communities-louvain';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import { NODE_LABELS } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';
import type { LoadedData } from './data.js';
import { download, el, setChildren } from './dom.js';
import { shownGraphGexf, snapshotCanvas } from './export.js';
import { labelName, t } from './i18n.js';
import type { StringKey } from './i18n.js';
import { hasPositions, runLayout, seedPositions } from './layout.js';
import type { LayoutRun } from './layout.js';
import { communityColor, labelColor } from './palette.js';
import { Panels } from './panels.js';
import { egoNodes, shortestPath } from './paths.js';
import { makeEdgeReducer, makeNodeReducer } from './reducers.js';
import type { DisplayInputs } from './reducers.js';
import { SearchIndex } from './search.js';
import { decodeState, encodeState } from './state.js';
import type { ViewState } from './state.js';

// Beyond these, draw with the cheap programs, hide edges and labels while moving, label on demand.
const LARGE_ORDER = 2_000;
const LARGE_SIZE = 8_000;
const LABEL_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

export interface ExplorerElements {
  root: HTMLElement;
  graph: HTMLElement;
  sidebar: HTMLElement;
  panel: HTMLElement;
  reader: HTMLElement;
  search: HTMLInputElement;
  results: HTMLElement;
  status: HTMLElement;
  title: HTMLElement;
  lang: HTMLButtonElement;
}

export class Explorer {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  state: ViewState;
  private readonly large: boolean;
  private readonly sizes = new Map<string, number>();
  private readonly degrees = new Map<string, number>();
  private readonly search: SearchIndex;
  private readonly panels: Panels;
  private communities: Map<string, number> | null = null;
  private visible: Set<string> | null = null;
  private hovered: string | null = null;
  private hoverNeighbors = new Set<string>();
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private searchHits = new Set<string>();
  private layout: LayoutRun | null = null;
  private lastHash = '';
  private hashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly graph: ViewerGraph,
    readonly data: LoadedData,
    readonly ui: ExplorerElements,
  ) {
    this.state = decodeState(location.hash);
    this.large = graph.order > LARGE_ORDER || graph.size > LARGE_SIZE;
    graph.forEachNode((node, attrs) => this.degrees.set(node, attrs.degree ?? graph.degree(node)));
    this.computeSizes();
    this.search = new SearchIndex(graph);
    const needsLayout = !hasPositions(graph);
    if (needsLayout) seedPositions(graph);

    // The reducers read the filter sets, so they exist before sigma's first (synchronous) render.
    this.recomputeDerived();
    performance.mark('gonghui:indexed');
    const shared = this.displayInputs();
    const inputs = (): DisplayInputs => shared;
    this.sigma = new Sigma(graph, ui.graph, {
      allowInvalidContainer: true,
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#222222' },
      // Large graphs: labels only for big or focused nodes, edges hidden while the camera moves.
      labelDensity: this.large ? 0.05 : 0.4,
      labelGridCellSize: this.large ? 120 : 100,
      labelRenderedSizeThreshold: this.large ? 9 : 5,
      hideEdgesOnMove: this.large,
      hideLabelsOnMove: this.large,
      renderEdgeLabels: false,
      zIndex: true,
      defaultEdgeType: 'line',
      minCameraRatio: 0.02,
      maxCameraRatio: 10,
      // Large graphs use the cheapest programs: 1-pixel GL lines and square points.
      nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, fast: EdgeLineProgram },
      nodeReducer: makeNodeReducer(inputs),
      edgeReducer: makeEdgeReducer(graph, inputs),
    });
    performance.mark('gonghui:sigma-ready');
    this.panels = new Panels(this);
    this.bindEvents();
    this.renderChrome();
    if (this.state.camera) this.sigma.getCamera().setState(this.state.camera);
    requestAnimationFrame(() => {
      performance.mark('gonghui:first-frame');
      ui.root.dataset.ready = 'true';
    });
    if (needsLayout) this.startLayout();
    else ui.root.dataset.layout = 'done';
  }

  t(key: StringKey, values?: Record<string, string | number>): string {
    return t(this.state.lang, key, values);
  }

  degree(node: string): number {
    return this.degrees.get(node) ?? 0;
  }

  community(node: string): number | undefined {
    const own = this.graph.getNodeAttribute(node, 'community');
    if (typeof own === 'number') return own;
    if (!this.communities) {
      // Older graph files carry no communities; compute them once, in the view only.
      const found = louvain(this.graph, { getEdgeWeight: 'weight' });
      this.communities = new Map(Object.entries(found));
    }
    return this.communities.get(node);
  }

  /** One object for the reducers' whole pass (they run per node and edge): getters, no copies. */
  private displayInputs(): DisplayInputs {
    const view = this;
    const size = (node: string): number => this.sizes.get(node) ?? 3;
    const community = (node: string): number | undefined => this.community(node);
    return {
      large: this.large,
      get colorBy() {
        return view.state.colorBy;
      },
      get selected() {
        return view.state.selected;
      },
      get hovered() {
        return view.hovered;
      },
      get hoverNeighbors() {
        return view.hoverNeighbors;
      },
      get visible() {
        return view.visible;
      },
      get pathNodes() {
        return view.pathNodes;
      },
      get pathEdges() {
        return view.pathEdges;
      },
      get searchHits() {
        return view.searchHits;
      },
      size,
      community,
    };
  }

  private computeSizes(): void {
    const values = new Map<string, number>();
    this.graph.forEachNode((node, attrs) => {
      const value = this.state.sizeBy === 'pagerank' && typeof attrs.pagerank === 'number' ? attrs.pagerank : this.degree(node);
      values.set(node, value);
    });
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of values.values()) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const [min, max] = this.large ? [1.5, 12] : [4, 18];
    for (const [node, v] of values) {
      const share = hi > lo ? (v - lo) / (hi - lo) : 0.5;
      this.sizes.set(node, min + (max - min) * Math.sqrt(share));
    }
  }

  /** Recomputes the filter, ego and path sets from the state. */
  private recomputeDerived(): void {
    const s = this.state;
    const filtered = s.hiddenLabels.size > 0 || s.district !== null || s.community !== null || s.minDegree > 0;
    let visible: Set<string> | null = null;
    if (filtered) {
      visible = new Set();
      this.graph.forEachNode((node, attrs) => {
        if (s.hiddenLabels.has(attrs.label)) return;
        if (s.district !== null && attrs.district !== s.district) return;
        if (s.community !== null && this.community(node) !== s.community) return;
        if (this.degree(node) < s.minDegree) return;
        visible?.add(node);
      });
    }
    if (s.egoHops > 0 && s.selected && this.graph.hasNode(s.selected)) {
      const ego = egoNodes(this.graph, s.selected, s.egoHops);
      visible = visible ? new Set([...ego].filter((n) => visible?.has(n))) : ego;
    }
    this.visible = visible;
    this.pathNodes = new Set();
    this.pathEdges = new Set();
    if (s.pathFrom && s.pathTo) {
      const path = shortestPath(this.graph, s.pathFrom, s.pathTo, this.visible);
      if (path) {
        this.pathNodes = new Set(path);
        for (let i = 1; i < path.length; i += 1) {
          const a = path[i - 1] as string;
          const b = path[i] as string;
          const edge = this.graph.edges(a, b)[0] ?? this.graph.edges(b, a)[0];
          if (edge) this.pathEdges.add(edge);
        }
      }
    }
  }

  currentPath(): string[] | null {
    if (!this.state.pathFrom || !this.state.pathTo) return null;
    return shortestPath(this.graph, this.state.pathFrom, this.state.pathTo, this.visible);
  }

  shownCount(): number {
    return this.visible ? this.visible.size : this.graph.order;
  }

  /** Applies a state change: derived sets, reducers, chrome and URL. */
  update(change: Partial<ViewState>, options: { chrome?: boolean } = {}): void {
    const sizeChanged = change.sizeBy !== undefined && change.sizeBy !== this.state.sizeBy;
    this.state = { ...this.state, ...change };
    if (sizeChanged) this.computeSizes();
    this.recomputeDerived();
    // Filters and colors change display data only; sizes also change what the hover index holds.
    this.sigma.refresh({ skipIndexation: !sizeChanged });
    if (options.chrome !== false) this.renderChrome();
    else this.renderStatus();
    this.writeHash();
  }

  select(node: string | null, options: { moveCamera?: boolean } = {}): void {
    this.update({ selected: node && this.graph.hasNode(node) ? node : null });
    if (node && options.moveCamera) this.focusCamera(node);
  }

  focusCamera(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    void this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.35) }, { duration: 500 });
  }

  openArticle(id: string | null): void {
    this.update({ article: id });
  }

  private writeHash(): void {
    const camera = this.sigma.getCamera().getState();
    const hash = encodeState({ ...this.state, camera: { x: camera.x, y: camera.y, ratio: camera.ratio } });
    this.lastHash = hash;
    history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  }

  private bindEvents(): void {
    const sigma = this.sigma;
    sigma.on('clickNode', ({ node }) => this.select(node));
    sigma.on('clickStage', () => {
      if (this.state.selected) this.select(null);
    });
    sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.hoverNeighbors = new Set(this.graph.neighbors(node));
      this.ui.graph.style.cursor = 'pointer';
      this.refreshHover(node);
    });
    sigma.on('leaveNode', ({ node }) => {
      const neighbors = this.hoverNeighbors;
      this.hovered = null;
      this.hoverNeighbors = new Set();
      this.ui.graph.style.cursor = '';
      this.refreshHover(node, neighbors);
    });
    sigma.getCamera().on('updated', () => {
      clearTimeout(this.hashTimer);
      this.hashTimer = setTimeout(() => this.writeHash(), 300);
    });
    window.addEventListener('hashchange', () => {
      const hash = location.hash.replace(/^#/, '');
      if (hash === this.lastHash) return;
      const next = decodeState(hash);
      this.update({ ...next, camera: null });
      if (next.camera) this.sigma.getCamera().setState(next.camera);
    });
    this.ui.search.addEventListener('input', () => this.renderResults());
    this.ui.search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        const first = this.ui.results.querySelector('button');
        first?.click();
      } else if (event.key === 'Escape') {
        this.ui.search.value = '';
        this.renderResults();
      } else if (event.key === 'ArrowDown') {
        (this.ui.results.querySelector('button') as HTMLButtonElement | null)?.focus();
        event.preventDefault();
      }
    });
    // The result list closes when the user turns to something else, and reopens on focus.
    document.addEventListener('pointerdown', (event) => {
      if (!this.ui.search.parentElement?.contains(event.target as Node)) this.ui.results.hidden = true;
    });
    this.ui.search.addEventListener('focus', () => {
      if (this.ui.search.value.trim() !== '') this.ui.results.hidden = false;
    });
    this.ui.lang.addEventListener('click', () => this.update({ lang: this.state.lang === 'zh' ? 'en' : 'zh' }));
  }

  /**
   * Hover dims everything else on small graphs (a full reducer pass); on large ones only the
   * node's neighbourhood is redrawn, so hovering stays instant.
   */
  private refreshHover(node: string, previousNeighbors: Set<string> = this.hoverNeighbors): void {
    if (!this.large) {
      this.sigma.refresh({ skipIndexation: true });
      return;
    }
    this.sigma.refresh({ partialGraph: { nodes: [node, ...previousNeighbors], edges: this.graph.edges(node) }, skipIndexation: true });
  }

  private renderResults(): void {
    const query = this.ui.search.value;
    const hits = this.search.search(query);
    const previous = this.searchHits;
    this.searchHits = new Set(hits.slice(0, 10).map((h) => h.node));
    // Only the labels of old and new hits change; redraw those after the list is on screen.
    const changed = [...new Set([...previous, ...this.searchHits])];
    if (changed.length > 0) setTimeout(() => this.sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true }), 0);
    const list = this.ui.results;
    list.replaceChildren();
    list.hidden = query.trim() === '';
    if (list.hidden) return;
    if (hits.length === 0) {
      list.append(el('li', { className: 'empty', text: this.t('noResults') }));
      return;
    }
    for (const hit of hits) {
      const button = el('button', { className: 'result', attrs: { type: 'button' }, testId: 'search-result' }, [
        el('span', { className: 'dot', attrs: { style: `background:${labelColor(hit.label)}` } }),
        el('span', { className: 'name', text: hit.name }),
        el('span', { className: 'kind', text: labelName(this.state.lang, hit.label) }),
        hit.via ? el('span', { className: 'via', text: hit.via }) : null,
      ]);
      button.dataset.node = hit.node;
      button.addEventListener('click', () => {
        list.hidden = true;
        this.select(hit.node, { moveCamera: true });
      });
      button.addEventListener('keydown', (event) => {
        const item = button.parentElement;
        if (event.key === 'ArrowDown') (item?.nextElementSibling?.querySelector('button') as HTMLButtonElement | null)?.focus();
        if (event.key === 'ArrowUp') (item?.previousElementSibling?.querySelector('button') ?? this.ui.search).focus();
      });
      list.append(el('li', {}, [button]));
    }
  }

  private startLayout(): void {
    this.layout?.stop();
    this.ui.root.dataset.layout = 'running';
    this.renderStatus();
    const ratio = (): number => {
      this.sigma.refresh();
      const a = this.sigma.graphToViewport({ x: 0, y: 0 });
      const b = this.sigma.graphToViewport({ x: 1, y: 0 });
      return Math.max(1e-6, Math.hypot(b.x - a.x, b.y - a.y));
    };
    const run = runLayout(this.graph, (node) => this.sizes.get(node) ?? 3, ratio);
    this.layout = run;
    void run.done.then(() => {
      if (this.layout !== run) return;
      this.layout = null;
      this.ui.root.dataset.layout = 'done';
      this.sigma.refresh();
      this.renderStatus();
    });
  }

  renderChrome(): void {
    document.documentElement.lang = this.state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = this.t('title');
    this.ui.title.textContent = this.t('title');
    this.ui.search.placeholder = this.t('searchPlaceholder');
    this.ui.lang.textContent = this.t('switchLang');
    this.renderSidebar();
    this.panels.renderPanel();
    this.panels.renderReader();
    this.renderStatus();
  }

  private renderStatus(): void {
    let edges = 0;
    this.graph.forEachEdge((_e, _a, source, target) => {
      if (!this.visible || (this.visible.has(source) && this.visible.has(target))) edges += 1;
    });
    const text = this.t('nodesEdges', { shown: this.shownCount(), nodes: this.graph.order, edges });
    this.ui.status.textContent = this.layout ? `${text} · ${this.t('layoutRunning')}` : text;
  }

  private renderSidebar(): void {
    const s = this.state;
    const lang = s.lang;
    const counts = new Map<string, number>();
    const districts = new Map<string, number>();
    const communities = new Map<number, number>();
    let maxDegree = 0;
    this.graph.forEachNode((node, attrs) => {
      counts.set(attrs.label, (counts.get(attrs.label) ?? 0) + 1);
      if (attrs.district) districts.set(attrs.district, (districts.get(attrs.district) ?? 0) + 1);
      maxDegree = Math.max(maxDegree, this.degree(node));
    });
    // Counting stored communities is cheap; computing them (Louvain) waits for a large graph's user to ask.
    const stored = this.graph.someNode((_node, attrs) => typeof attrs.community === 'number');
    if (stored || s.colorBy === 'community' || s.community !== null || !this.large) {
      this.graph.forEachNode((node) => {
        const c = this.community(node);
        if (c !== undefined) communities.set(c, (communities.get(c) ?? 0) + 1);
      });
    }

    const legend = el('ul', { className: 'legend', testId: 'legend' });
    const labels = [...NODE_LABELS.filter((l) => counts.has(l)), ...[...counts.keys()].filter((l) => !NODE_LABELS.includes(l as never))];
    for (const label of labels) {
      const off = s.hiddenLabels.has(label);
      const button = el('button', { className: off ? 'legend-item off' : 'legend-item', attrs: { type: 'button', 'aria-pressed': String(!off) }, testId: `legend-${label}` }, [
        el('span', { className: 'dot', attrs: { style: `background:${labelColor(label)}` } }),
        el('span', { className: 'name', text: labelName(lang, label) }),
        el('span', { className: 'count', text: String(counts.get(label) ?? 0) }),
      ]);
      button.addEventListener('click', () => {
        const hidden = new Set(this.state.hiddenLabels);
        if (hidden.has(label)) hidden.delete(label);
        else hidden.add(label);
        this.update({ hiddenLabels: hidden });
      });
      legend.append(el('li', {}, [button]));
    }

    const select = <T extends string | number>(
      testId: string,
      options: { value: T | null; text: string }[],
      current: T | null,
      onChange: (value: T | null) => void,
    ): HTMLSelectElement => {
      const element = el('select', { testId });
      options.forEach((option, i) => {
        const opt = el('option', { text: option.text, attrs: { value: String(i) } });
        if (option.value === current) opt.selected = true;
        element.append(opt);
      });
      element.addEventListener('change', () => onChange(options[Number(element.value)]?.value ?? null));
      return element;
    };

    const districtOptions = [
      { value: null as string | null, text: this.t('all') },
      ...[...districts.entries()].sort((a, b) => a[0].localeCompare(b[0], 'zh')).map(([d, n]) => ({ value: d, text: `${d} (${n})` })),
    ];
    const communityOptions = [
      { value: null as number | null, text: this.t('all') },
      ...[...communities.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c, n]) => ({ value: c, text: `#${c} (${n})` })),
    ];
    const degreeValue = el('span', { className: 'value', text: String(s.minDegree) });
    const degree = el('input', { testId: 'min-degree', attrs: { type: 'range', min: '0', max: String(Math.max(1, Math.min(maxDegree, 50))), step: '1' } });
    degree.value = String(s.minDegree);
    degree.addEventListener('input', () => {
      degreeValue.textContent = degree.value;
    });
    degree.addEventListener('change', () => this.update({ minDegree: Number(degree.value) }));

    const path = this.currentPath();
    const nameOf = (node: string | null): string => (node && this.graph.hasNode(node) ? this.graph.getNodeAttribute(node, 'name') : this.t('pathPick'));
    const pathSection = el('section', { className: 'path', testId: 'path' }, [
      el('h2', { text: this.t('path') }),
      el('div', { className: 'row' }, [el('span', { className: 'key', text: this.t('pathFrom') }), el('span', { className: 'val', text: nameOf(s.pathFrom) })]),
      el('div', { className: 'row' }, [el('span', { className: 'key', text: this.t('pathTo') }), el('span', { className: 'val', text: nameOf(s.pathTo) })]),
      s.pathFrom && s.pathTo
        ? path
          ? el('ol', { className: 'path-list', testId: 'path-list' }, path.map((node) => el('li', {}, [this.panels.nodeLink(node)])))
          : el('p', { className: 'muted', text: this.t('pathNone') })
        : null,
      s.pathFrom || s.pathTo
        ? el('button', { text: this.t('clear'), attrs: { type: 'button' }, on: { click: () => this.update({ pathFrom: null, pathTo: null }) } })
        : null,
    ]);

    const tools = el('section', { className: 'tools' }, [
      el('h2', { text: this.t('tools') }),
      el('button', { text: this.t('relayout'), testId: 'relayout', attrs: { type: 'button' }, on: { click: () => this.startLayout() } }),
      el('button', { text: this.t('resetView'), attrs: { type: 'button' }, on: { click: () => void this.sigma.getCamera().animatedReset() } }),
      el('button', {
        text: this.t('exportGexf'),
        testId: 'export-gexf',
        attrs: { type: 'button' },
        on: { click: () => download('gonghui-kg.gexf', new Blob([shownGraphGexf(this.graph, this.sigma)], { type: 'application/xml' })) },
      }),
      el('button', {
        text: this.t('exportPng'),
        testId: 'export-png',
        attrs: { type: 'button' },
        on: {
          click: () => {
            snapshotCanvas(this.sigma).toBlob((blob) => {
              if (blob) download('gonghui-kg.png', blob);
            }, 'image/png');
          },
        },
      }),
    ]);

    setChildren(this.ui.sidebar, [
      el('section', {}, [el('h2', { text: this.t('legend') }), legend]),
      el('section', { className: 'filters' }, [
        el('h2', { text: this.t('filters') }),
        el('label', {}, [el('span', { text: this.t('district') }), select('filter-district', districtOptions, s.district, (v) => this.update({ district: v }))]),
        communities.size > 0
          ? el('label', {}, [el('span', { text: this.t('community') }), select('filter-community', communityOptions, s.community, (v) => this.update({ community: v }))])
          : null,
        el('label', {}, [el('span', {}, [this.t('minDegree'), ' ', degreeValue]), degree]),
      ]),
      el('section', { className: 'appearance' }, [
        el('h2', { text: this.t('appearance') }),
        el('label', {}, [
          el('span', { text: this.t('colorBy') }),
          select('color-by', [{ value: 'label', text: this.t('colorByLabel') }, { value: 'community', text: this.t('colorByCommunity') }], s.colorBy, (v) =>
            this.update({ colorBy: v ?? 'label' }),
          ),
        ]),
        el('label', {}, [
          el('span', { text: this.t('sizeBy') }),
          select('size-by', [{ value: 'pagerank', text: this.t('sizeByPagerank') }, { value: 'degree', text: this.t('sizeByDegree') }], s.sizeBy, (v) =>
            this.update({ sizeBy: v ?? 'pagerank' }),
          ),
        ]),
        s.colorBy === 'community'
          ? el(
              'ul',
              { className: 'legend communities' },
              [...communities.entries()]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 12)
                .map(([c, n]) =>
                  el('li', { className: 'legend-item' }, [
                    el('span', { className: 'dot', attrs: { style: `background:${communityColor(c)}` } }),
                    el('span', { className: 'name', text: `#${c}` }),
                    el('span', { className: 'count', text: String(n) }),
                  ]),
                ),
            )
          : null,
      ]),
      pathSection,
      tools,
      this.panels.cypherSection(),
    ]);
  }
}
