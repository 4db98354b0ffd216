// The explorer's renderer: sigma with two cheaper ways to redraw edges. Sigma clears and redraws
// every layer at each render. Where WebGL is drawn in software, drawing the edges of a large graph
// is most of a frame (about 300 ms for 200,000 edges on 2 cores), and most changes leave them as
// they were: a selection, a search, the multi-selection redraw nodes and labels only. This renderer
// leaves the edge canvas untouched (so the browser keeps showing its last picture) when no edge was
// written into an edge program since it was drawn and the view is the same; and it rewrites the
// edges a filter shows or hides without running the edge reducer again.
import Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';

type Program = EdgeProgramType<NodeAttributes, EdgeAttributes>;

/** What the edge canvas shows, and whether the edge programs changed since. */
class EdgeCanvasState {
  /** The view the edges were last drawn in; null when the canvas does not show the current edges. */
  private drawn: string | null = null;
  private stale = true;
  /** Set for one render: the edge programs draw nothing and the canvas is not cleared. */
  keeping = false;

  markStale(): void {
    this.stale = true;
  }

  /** Whether a render in `view` (null: edges not drawn, the camera moving) can keep the canvas as it is. */
  keep(view: string | null): boolean {
    this.keeping = view !== null && !this.stale && view === this.drawn;
    if (!this.keeping) {
      this.drawn = view;
      this.stale = false;
    }
    return this.keeping;
  }

  /** Each edge program class wrapped so that writes mark the canvas stale and renders are skipped while it is kept. */
  wrap(classes: Record<string, Program>): Record<string, Program> {
    const state = this;
    const wrapped: Record<string, Program> = {};
    for (const [type, Base] of Object.entries(classes)) {
      wrapped[type] = class KeptEdgeProgram {
        private readonly inner: InstanceType<Program>;
        drawLabel: InstanceType<Program>['drawLabel'];
        constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<NodeAttributes, EdgeAttributes>) {
          this.inner = new Base(gl, pickingBuffer, renderer);
          this.drawLabel = this.inner.drawLabel;
        }
        kill(): void {
          this.inner.kill();
        }
        reallocate(capacity: number): void {
          state.markStale();
          this.inner.reallocate(capacity);
        }
        process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
          state.markStale();
          this.inner.process(edgeIndex, offset, sourceData, targetData, data);
        }
        render(params: RenderParams): void {
          if (!state.keeping) this.inner.render(params);
        }
      };
    }
    return wrapped;
  }
}

/** Sigma v3's private members `rewriteEdges` uses, typed here. */
interface EdgeInternals {
  addEdgeToProgram?(edge: string, fingerprint: number, position: number): void;
  edgeIndices?: Record<string, number>;
  edgeProgramIndex?: Record<string, number>;
}

export class KeptEdgesSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  // Sigma's constructor renders once before this is set: that render clears and draws everything.
  private readonly edgeCanvas: EdgeCanvasState;

  constructor(graph: ViewerGraph, container: HTMLElement, settings: Partial<Settings<NodeAttributes, EdgeAttributes>>) {
    const state = new EdgeCanvasState();
    super(graph, container, { ...settings, edgeProgramClasses: state.wrap(settings.edgeProgramClasses ?? {}) });
    this.edgeCanvas = state;
  }

  /** Camera and size the edges are drawn in, or null when this render draws none (sigma's test for a moving camera). */
  private view(): string | null {
    const camera = this.getCamera();
    const mouse = this.getMouseCaptor();
    const moving = camera.isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
    if (moving && this.getSetting('hideEdgesOnMove')) return null;
    const { x, y, ratio, angle } = camera.getState();
    const { width, height } = this.getDimensions();
    return `${x} ${y} ${ratio} ${angle} ${width} ${height} ${window.devicePixelRatio}`;
  }

  /**
   * Writes these edges into their programs again from the display data sigma keeps, without the
   * edge reducer and its copies of the attributes: for edges whose own look did not change, only
   * whether an end is shown (sigma writes no vertices for an edge with a hidden end). Then schedules a render.
   */
  rewriteEdges(edges: string[]): void {
    if (edges.length === 0) return;
    const internals = this as unknown as EdgeInternals;
    const { edgeIndices, edgeProgramIndex } = internals;
    if (typeof internals.addEdgeToProgram !== 'function' || !edgeIndices || !edgeProgramIndex) {
      this.refresh({ partialGraph: { edges }, skipIndexation: true, schedule: true });
      return;
    }
    for (const edge of edges) {
      const fingerprint = edgeIndices[edge];
      const position = edgeProgramIndex[edge];
      if (fingerprint !== undefined && position !== undefined) internals.addEdgeToProgram(edge, fingerprint, position);
    }
    this.scheduleRender();
  }

  override clear(): this {
    const state = this.edgeCanvas as EdgeCanvasState | undefined;
    if (!state?.keep(this.view())) return super.clear();
    // Sigma's clear, but for the edge canvas: a cleared canvas would be presented blank.
    const edges = this.getCanvases().edges;
    const gl = edges?.getContext('webgl2') ?? edges?.getContext('webgl');
    if (!gl) return super.clear();
    const clearEdges = gl.clear;
    gl.clear = () => undefined;
    try {
      return super.clear();
    } finally {
      gl.clear = clearEdges;
    }
  }
}
