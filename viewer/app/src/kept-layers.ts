// The explorer's renderer: sigma that redraws only the WebGL layers whose picture changed. Sigma
// clears and redraws every layer at each render. Where WebGL is drawn in software, drawing the
// edges of a large graph is most of a frame (about 300 ms for 200,000 edges on 2 cores) and its
// nodes much of the rest, while most changes leave both as they were: a selection, a search or the
// multi-selection change labels and highlighted nodes, which sigma draws on layers of their own.
// The edge and node canvases are left untouched (the browser keeps showing their last picture)
// when no vertex of their programs changed since they were drawn and the view is the same. The
// node programs still draw sigma's picking image, which a render starts blank and hover reads.
// The node programs also record whether each node is shown, for the edge programs that read it
// on the GPU (shown-ends.ts): a flipped flag redraws the edge layer.
import Sigma from 'sigma';
import type { EdgeProgramType, NodeProgramType, ProgramInfo } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';
import { ShownNodes } from './shown-ends.js';

type EdgeProgramClass = EdgeProgramType<NodeAttributes, EdgeAttributes>;
type NodeProgramClass = NodeProgramType<NodeAttributes, EdgeAttributes>;

/** What a WebGL layer shows, and whether its programs' vertices changed since. */
class LayerState {
  /** The view the layer was last drawn in; null when it does not show the current picture. */
  private drawn: string | null = null;
  stale = true;
  /** Set for one render: the layer is neither cleared nor drawn. */
  keeping = false;
  /** False when a program's internals are not the ones this reads: the layer is always redrawn. */
  keepable = true;

  /** Whether a render in `view` (null: this layer is not drawn, the camera moving) can keep the layer as it is. */
  keep(view: string | null): boolean {
    this.keeping = this.keepable && view !== null && !this.stale && view === this.drawn;
    if (!this.keeping) {
      this.drawn = view;
      this.stale = false;
    }
    return this.keeping;
  }
}

/** Sigma v3 program members read here: the vertex array, and the steps of the picking pass. */
interface ProgramInternals {
  array?: Float32Array;
  STRIDE?: number;
  capacity?: number;
  pickProgram?: ProgramInfo | null;
  hasNothingToRender?(): boolean;
  bindProgram?(program: ProgramInfo): void;
  renderProgram?(params: RenderParams, program: ProgramInfo): void;
  unbindProgram?(program: ProgramInfo): void;
}

/** An item's vertices before its write, reused: a filter writes tens of thousands of items. */
let before = new Float32Array(64);

/** Runs a program's write of one item and marks the layer stale when a vertex changed (or when it cannot tell). */
function watchWrite(state: LayerState, program: object, offset: number, write: () => void): void {
  const { array, STRIDE } = program as ProgramInternals;
  if (state.stale || !array || !STRIDE) {
    state.stale = true;
    write();
    return;
  }
  const start = offset * STRIDE;
  if (before.length < STRIDE) before = new Float32Array(STRIDE);
  // Copied float by float: a subarray per item would be an allocation per item.
  for (let k = 0; k < STRIDE; k += 1) before[k] = array[start + k] ?? 0;
  write();
  for (let k = 0; k < STRIDE; k += 1) {
    if (array[start + k] !== before[k]) {
      state.stale = true;
      return;
    }
  }
}

function watchReallocate(state: LayerState, program: object, capacity: number): void {
  if ((program as ProgramInternals).capacity !== capacity) state.stale = true;
}

/** Sigma's picking pass of a program alone (`Program#render` without its visible pass). */
function renderPicking(program: object, params: RenderParams): void {
  const p = program as ProgramInternals;
  const pick = p.pickProgram;
  if (!pick || p.hasNothingToRender?.()) return;
  const pixelRatio = params.pixelRatio / params.downSizingRatio;
  pick.gl.viewport(0, 0, params.width * pixelRatio, params.height * pixelRatio);
  p.bindProgram?.(pick);
  p.renderProgram?.({ ...params, pixelRatio }, pick);
  p.unbindProgram?.(pick);
}

function canPick(program: object): boolean {
  const p = program as ProgramInternals;
  return typeof p.bindProgram === 'function' && typeof p.renderProgram === 'function' && typeof p.unbindProgram === 'function';
}

/** An edge program that reads whether its ends are shown from the node programs' record. */
interface ReadsShownNodes {
  readShownFrom?(shown: ShownNodes): void;
}

function wrapEdgePrograms(state: LayerState, shown: ShownNodes, classes: Record<string, EdgeProgramClass>): Record<string, EdgeProgramClass> {
  const wrapped: Record<string, EdgeProgramClass> = {};
  for (const [type, Base] of Object.entries(classes)) {
    wrapped[type] = class KeptEdgeProgram {
      private readonly inner: InstanceType<EdgeProgramClass>;
      drawLabel: InstanceType<EdgeProgramClass>['drawLabel'];
      constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<NodeAttributes, EdgeAttributes>) {
        this.inner = new Base(gl, pickingBuffer, renderer);
        (this.inner as ReadsShownNodes).readShownFrom?.(shown);
        this.drawLabel = this.inner.drawLabel;
        // Edge picking (sigma's enableEdgeEvents) would need its pass drawn on a kept layer too.
        if (pickingBuffer) state.keepable = false;
      }
      kill(): void {
        this.inner.kill();
      }
      reallocate(capacity: number): void {
        watchReallocate(state, this.inner, capacity);
        this.inner.reallocate(capacity);
      }
      process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
        watchWrite(state, this.inner, offset, () => this.inner.process(edgeIndex, offset, sourceData, targetData, data));
      }
      render(params: RenderParams): void {
        if (!state.keeping) this.inner.render(params);
      }
    };
  }
  return wrapped;
}

function wrapNodePrograms(layers: { edges: LayerState; nodes: LayerState }, shown: ShownNodes, classes: Record<string, NodeProgramClass>): Record<string, NodeProgramClass> {
  const state = layers.nodes;
  const wrapped: Record<string, NodeProgramClass> = {};
  for (const [type, Base] of Object.entries(classes)) {
    wrapped[type] = class KeptNodeProgram {
      private readonly inner: InstanceType<NodeProgramClass>;
      drawLabel: InstanceType<NodeProgramClass>['drawLabel'];
      drawHover: InstanceType<NodeProgramClass>['drawHover'];
      constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<NodeAttributes, EdgeAttributes>) {
        this.inner = new Base(gl, pickingBuffer, renderer);
        this.drawLabel = this.inner.drawLabel;
        this.drawHover = this.inner.drawHover;
        if (!canPick(this.inner)) state.keepable = false;
      }
      kill(): void {
        this.inner.kill();
      }
      reallocate(capacity: number): void {
        watchReallocate(state, this.inner, capacity);
        this.inner.reallocate(capacity);
      }
      process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
        if (shown.record(nodeIndex, data)) layers.edges.stale = true;
        watchWrite(state, this.inner, offset, () => this.inner.process(nodeIndex, offset, data));
      }
      render(params: RenderParams): void {
        if (state.keeping) renderPicking(this.inner, params);
        else this.inner.render(params);
      }
    };
  }
  return wrapped;
}

export class KeptLayersSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  // Sigma's constructor renders once before this is set: that render clears and draws everything.
  private readonly layers: { edges: LayerState; nodes: LayerState };

  constructor(graph: ViewerGraph, container: HTMLElement, settings: Partial<Settings<NodeAttributes, EdgeAttributes>>) {
    const layers = { edges: new LayerState(), nodes: new LayerState() };
    const shown = new ShownNodes();
    const nodeClasses = settings.nodeProgramClasses ?? {};
    super(graph, container, {
      ...settings,
      edgeProgramClasses: wrapEdgePrograms(layers.edges, shown, settings.edgeProgramClasses ?? {}),
      nodeProgramClasses: wrapNodePrograms(layers, shown, nodeClasses),
      // Sigma draws highlighted nodes with the node program classes unless told otherwise: those draw on a layer of their own, never kept.
      nodeHoverProgramClasses: { ...nodeClasses, ...settings.nodeHoverProgramClasses },
    });
    this.layers = layers;
  }

  /** A full refresh redraws every layer: the PNG export reads the canvases right after one, in the same task. */
  override refresh(opts?: Parameters<Sigma['refresh']>[0]): this {
    const layers = this.layers as typeof this.layers | undefined;
    if (layers && !opts?.partialGraph) {
      layers.edges.stale = true;
      layers.nodes.stale = true;
    }
    return super.refresh(opts);
  }

  /** Camera and size the layers are drawn in. */
  private view(): string {
    const { x, y, ratio, angle } = this.getCamera().getState();
    const { width, height } = this.getDimensions();
    return `${x} ${y} ${ratio} ${angle} ${width} ${height} ${window.devicePixelRatio}`;
  }

  /** Sigma's test for a moving camera, under which it draws no edges with `hideEdgesOnMove`. */
  private edgesHidden(): boolean {
    const mouse = this.getMouseCaptor();
    const moving = this.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
    return moving && this.getSetting('hideEdgesOnMove');
  }

  override clear(): this {
    const layers = this.layers as typeof this.layers | undefined;
    if (!layers) return super.clear();
    const view = this.view();
    const canvases = this.getCanvases();
    const kept: WebGLRenderingContext[] = [];
    for (const [name, state, shownView] of [
      ['edges', layers.edges, this.edgesHidden() ? null : view],
      ['nodes', layers.nodes, view],
    ] as const) {
      if (!state.keep(shownView)) continue;
      const gl = canvases[name]?.getContext('webgl2') ?? canvases[name]?.getContext('webgl');
      if (gl) kept.push(gl);
      else state.keeping = false;
    }
    // Sigma's clear, but for the kept canvases: a cleared canvas would be presented blank.
    const clears = kept.map((gl) => gl.clear);
    for (const gl of kept) gl.clear = () => undefined;
    try {
      return super.clear();
    } finally {
      kept.forEach((gl, i) => {
        gl.clear = clears[i] ?? gl.clear;
      });
    }
  }
}
