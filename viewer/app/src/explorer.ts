// The sigma wiring: one renderer over the graph, its settings, its events turned into store
// updates, and store changes turned into the smallest redraw that shows them (a partial
// refresh of the touched nodes and their edges on large graphs), plus the camera moves.
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';
import type { ExplorerActions } from './actions.js';
import { BoxSelect } from './box-select.js';
import { download } from './dom.js';
import { KeptLayersSigma } from './kept-layers.js';
import { shownGraphGexf, snapshotCanvas } from './export.js';
import { hasPositions, runLayout, seedPositions } from './layout.js';
import type { LayoutRun } from './layout.js';
import { syncLabelGrid } from './label-grid.js';
import { makeEdgeReducer, makeNodeReducer } from './reducers.js';
import { EdgeLineShownEndsProgram } from './shown-ends.js';
import type { StoreChange, ViewStore } from './store.js';

/** Keys that change how every node or edge is drawn (a time window hides edges between shown nodes): a full pass of the reducers. */
const FULL_REDRAW_KEYS = ['colorBy', 'timeWindow'] as const;
const CAMERA_MOVE_MS = 400;

export interface ExplorerElements {
  root: HTMLElement;
  graph: HTMLElement;
  /** The panels docked over the right of the stage: the camera centres nodes left of them. */
  dock: HTMLElement;
}

export class Explorer implements ExplorerActions {
  readonly sigma: KeptLayersSigma;
  private readonly box: BoxSelect;
  private layout: LayoutRun | null = null;
  private readonly layoutListeners = new Set<() => void>();

  constructor(
    readonly store: ViewStore,
    readonly graph: ViewerGraph,
    private readonly ui: ExplorerElements,
  ) {
    const settings = store.settings;
    const size = store.large ? 'large' : 'small';
    const needsLayout = !hasPositions(graph);
    if (needsLayout) seedPositions(graph);
    performance.mark('gonghui:indexed');
    this.sigma = new KeptLayersSigma(graph, ui.graph, {
      allowInvalidContainer: true,
      labelFont: settings.labelFont,
      labelSize: store.state.labelSize,
      labelWeight: '500',
      labelColor: { color: '#222222' },
      // Large graphs: labels only for big or focused nodes, edges hidden while the camera moves.
      labelDensity: settings.labelDensity[size] * store.state.labelDensity,
      labelGridCellSize: settings.labelGridCellSize[size],
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold[size],
      hideEdgesOnMove: store.large,
      hideLabelsOnMove: store.large,
      renderEdgeLabels: false,
      zIndex: true,
      defaultEdgeType: 'line',
      minCameraRatio: 0.02,
      maxCameraRatio: 10,
      // Large graphs use the cheapest programs: 1-pixel GL lines, which leave out an edge with a
      // hidden end on the GPU (a filter rewrites no edge), and square points.
      nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, fast: EdgeLineShownEndsProgram },
      nodeReducer: makeNodeReducer(store),
      edgeReducer: makeEdgeReducer(graph, store),
    });
    performance.mark('gonghui:sigma-ready');
    this.box = new BoxSelect(this.sigma, store, ui.graph.parentElement ?? ui.root);
    this.bindEvents();
    store.subscribe((change) => this.redraw(change));
    if (store.state.camera) this.sigma.getCamera().setState(store.state.camera);
    if (needsLayout) this.relayout();
    else ui.root.dataset.layout = 'done';
  }

  /** Called when a layout starts or ends. */
  onLayout(listener: () => void): void {
    this.layoutListeners.add(listener);
  }

  layoutRunning(): boolean {
    return this.layout !== null;
  }

  private bindEvents(): void {
    const { sigma, store } = this;
    sigma.on('clickNode', ({ node, event }) => {
      if (this.box.takeBoxClick()) return;
      if (event.original.shiftKey) {
        store.togglePicked(node);
        return;
      }
      // The pointer is still on the node: drop the hover so the selection, not the hover dimming, shows.
      store.update({ selected: node, hovered: null });
    });
    sigma.on('clickStage', () => {
      if (this.box.takeBoxClick()) return;
      if (store.state.selected) store.update({ selected: null });
    });
    sigma.on('enterNode', ({ node }) => {
      this.ui.graph.style.cursor = 'pointer';
      store.update({ hovered: node });
    });
    sigma.on('leaveNode', () => {
      this.ui.graph.style.cursor = '';
      store.update({ hovered: null });
    });
    // Sigma 3.0.3 emits leaveNode when the pointer leaves the stage straight from a node but keeps
    // counting that node as hovered (sigma issue #1327): back on it, no enterNode would come, so no
    // hover shows. Forgotten here, before the render sigma scheduled, which would draw it as hovered.
    sigma.on('leaveStage', () => {
      const internals = sigma as unknown as { hoveredNode?: string | null };
      if (internals.hoveredNode) internals.hoveredNode = null;
    });
  }

  /** The smallest refresh that shows a change. */
  private redraw(change: StoreChange): void {
    const { sigma, store } = this;
    const keys = change.keys;
    if (keys.has('labelDensity') || keys.has('labelSize')) {
      const size = store.large ? 'large' : 'small';
      sigma.setSetting('labelDensity', store.settings.labelDensity[size] * store.state.labelDensity);
      sigma.setSetting('labelSize', store.state.labelSize);
    }
    const everything =
      change.sizes ||
      FULL_REDRAW_KEYS.some((k) => keys.has(k)) ||
      // Hover and path dim every other node of a small graph.
      (!store.large && (change.hover || change.path || change.visibility));
    if (everything) this.refreshAll(!change.sizes && !change.visibility);
    else if (change.visibility || change.path || change.touched.size > 0) {
      const nodes = new Set<string>([...change.changedNodes, ...change.touched]);
      if (change.path) for (const n of store.pathNodes) nodes.add(n);
      // The edge reducer reads hover and path only: a selection or a search leaves the edges, and
      // the edge canvas, as they were. A filter on a large graph only flips nodes, however many:
      // the edge program reads whether their ends are shown on the GPU (small graphs redraw everything).
      const reduce = change.hover || change.path;
      if ((reduce && nodes.size > this.graph.order / 3) || (change.path && store.pathNodes.size > 0)) this.refreshAll(true);
      else {
        const edges: string[] = [];
        if (reduce) {
          for (const node of nodes) {
            if (!this.graph.hasNode(node)) continue;
            // An edge between two of these nodes is met from both: it is taken from its source.
            this.graph.forEachEdge(node, (edge, _attrs, source) => {
              if (source === node || !nodes.has(source)) edges.push(edge);
            });
          }
        }
        this.refreshPart(nodes, edges, change.changedNodes);
      }
    }
    // Filters, the ego network and the path bring what they show into view.
    if (change.visibility) this.frameShown();
    else if (change.path && store.pathNodes.size > 0) this.frame([...store.pathNodes]);
  }

  /** What the next deferred refresh of a large graph redraws. */
  private readonly pending = { queued: false, full: false, nodes: [] as string[], edges: [] as string[], flipped: new Set<string>() };

  private refreshAll(skipIndexation: boolean): void {
    if (!this.store.large) {
      this.sigma.refresh({ skipIndexation });
      return;
    }
    this.pending.full = true;
    this.queueRefresh();
  }

  /** Redraws only these nodes and edges (through the reducers); `flipped` are the nodes whose visibility changed. */
  private refreshPart(nodes: Set<string>, edges: string[], flipped: string[]): void {
    if (!this.store.large) {
      this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges }, skipIndexation: true });
      return;
    }
    const p = this.pending;
    // Arrays, not sets: a node or edge listed by two changes is only redrawn twice.
    for (const n of nodes) p.nodes.push(n);
    for (const e of edges) p.edges.push(e);
    for (const n of flipped) p.flipped.add(n);
    this.queueRefresh();
  }

  // On a large graph one canvas frame costs far more than the panels (hundreds of milliseconds
  // where WebGL is drawn in software): the panels and sidebar are painted in the next frame, the
  // canvas in the one after, and changes made in between are drawn together.
  private queueRefresh(): void {
    if (this.pending.queued) return;
    this.pending.queued = true;
    requestAnimationFrame(() => setTimeout(() => this.flushRefresh(), 0));
  }

  private flushRefresh(): void {
    const { full, nodes, edges, flipped } = this.pending;
    Object.assign(this.pending, { queued: false, full: false, nodes: [], edges: [], flipped: new Set<string>() });
    // The render is scheduled, so a camera move that just started draws it without edges.
    if (full) this.sigma.refresh({ schedule: true });
    else {
      this.sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
      // Nodes shown again get their labels without a full pass.
      if (flipped.size > 0) syncLabelGrid(this.sigma, flipped);
    }
  }

  /** Width of the stage no docked panel covers, from its left edge. */
  private freeWidth(): number {
    const { width } = this.sigma.getDimensions();
    const covered = this.ui.dock.getBoundingClientRect().width;
    return Math.max(80, width - covered);
  }

  /** The camera state that puts framed point `at` at viewport point `to` with ratio `ratio`. */
  private cameraPutting(at: { x: number; y: number }, to: { x: number; y: number }, ratio: number): CameraState {
    const q = this.sigma.viewportToFramedGraph(to, { cameraState: { x: at.x, y: at.y, ratio, angle: 0 } });
    return { x: 2 * at.x - q.x, y: 2 * at.y - q.y, ratio, angle: 0 };
  }

  focusNode(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.store.update({ selected: node });
    // The dock may have just opened: measure it after the panel is drawn.
    requestAnimationFrame(() => {
      const display = this.sigma.getNodeDisplayData(node);
      if (!display) return;
      const { height } = this.sigma.getDimensions();
      const ratio = Math.min(this.sigma.getCamera().ratio, 0.35);
      void this.sigma.getCamera().animate(this.cameraPutting(display, { x: this.freeWidth() / 2, y: height / 2 }, ratio), { duration: CAMERA_MOVE_MS });
    });
  }

  /** Fits the camera to these nodes inside the free part of the stage. */
  frame(nodes: Iterable<string>): void {
    // Sigma's display coordinates grow with the graph's: the extreme nodes are found from the
    // graph's (no copy of each node's display data, tens of thousands after a filter), and only
    // theirs are read.
    const extremes = { left: '', right: '', bottom: '', top: '' };
    let [left, right, bottom, top] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const node of nodes) {
      if (!this.graph.hasNode(node)) continue;
      const { x = 0, y = 0 } = this.graph.getNodeAttributes(node);
      if (x < left) [left, extremes.left] = [x, node];
      if (x > right) [right, extremes.right] = [x, node];
      if (y < bottom) [bottom, extremes.bottom] = [y, node];
      if (y > top) [top, extremes.top] = [y, node];
    }
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const node of Object.values(extremes)) {
      const d = this.sigma.getNodeDisplayData(node);
      if (!d) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return;
    const { height } = this.sigma.getDimensions();
    const free = this.freeWidth();
    const keep = 1 - 2 * this.store.settings.framePadding;
    const a = this.sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } });
    const b = this.sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } });
    const perUnit = Math.hypot(b.x - a.x, b.y - a.y);
    const ratio = Math.min(1.2, Math.max(0.03, ((maxX - minX) * perUnit) / (free * keep), ((maxY - minY) * perUnit) / (height * keep)));
    const target = this.cameraPutting({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, { x: free / 2, y: height / 2 }, ratio);
    void this.sigma.getCamera().animate(target, { duration: CAMERA_MOVE_MS });
  }

  frameShown(): void {
    if (!this.store.visible) {
      const { height } = this.sigma.getDimensions();
      void this.sigma.getCamera().animate(this.cameraPutting({ x: 0.5, y: 0.5 }, { x: this.freeWidth() / 2, y: height / 2 }, 1), { duration: CAMERA_MOVE_MS });
      return;
    }
    this.frame(this.store.visible);
  }

  relayout(): void {
    this.layout?.stop();
    this.ui.root.dataset.layout = 'running';
    const ratio = (): number => {
      this.sigma.refresh();
      const a = this.sigma.graphToViewport({ x: 0, y: 0 });
      const b = this.sigma.graphToViewport({ x: 1, y: 0 });
      return Math.max(1e-6, Math.hypot(b.x - a.x, b.y - a.y));
    };
    const run = runLayout(this.graph, (node) => this.store.size(node), ratio);
    this.layout = run;
    for (const listener of this.layoutListeners) listener();
    void run.done.then(() => {
      if (this.layout !== run) return;
      this.layout = null;
      this.ui.root.dataset.layout = 'done';
      this.sigma.refresh();
      for (const listener of this.layoutListeners) listener();
    });
  }

  exportGexf(): void {
    download('gonghui-kg.gexf', new Blob([shownGraphGexf(this.graph, this.sigma)], { type: 'application/xml' }));
  }

  exportPng(): void {
    snapshotCanvas(this.sigma).toBlob((blob) => {
      if (blob) download('gonghui-kg.png', blob);
    }, 'image/png');
  }
}
