// Whether each node is shown, and the edge program that reads it. Sigma writes no vertices for an
// edge with a hidden end, so a filter that flips tens of thousands of nodes has to rewrite the
// vertices of every edge they touch (on a 200,000-edge graph, hundreds of thousands of edges).
// Here the node programs record each node's flag (one byte per node) as they write it; the edge
// program writes each edge once whatever its ends, keeps the picking indices of its two ends, and
// before a draw after a flag changed derives one byte per edge vertex from the two flags (a loop
// over typed arrays, about a millisecond for 200,000 edges) into a buffer of its own, which its
// vertex shader reads to leave out an edge with a hidden end. A filter thus rewrites only the
// nodes it flips. The edge vertices are sent to the GPU again only where they changed, not at
// every render as sigma does.
import { EdgeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor, indexToColor } from 'sigma/utils';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';

/**
 * One flag per node, indexed by sigma's picking index of the node (1, 2, …; 0 stands for a node
 * not recorded, taken as shown). Node display data are mapped to their index as the node programs
 * write them: sigma hands the edge programs the same objects.
 */
export class ShownNodes {
  flags = new Uint8Array(1024).fill(255);
  /** Bumped at each change of a flag: what was derived from an older version is derived again. */
  version = 0;
  private readonly indexOf = new WeakMap<NodeDisplayData, number>();

  /** Records a node as its program writes it; returns whether its flag changed. */
  record(index: number, data: NodeDisplayData): boolean {
    this.indexOf.set(data, index);
    if (index >= this.flags.length) {
      const grown = new Uint8Array(Math.max(2 * this.flags.length, index + 1)).fill(255);
      grown.set(this.flags);
      this.flags = grown;
      this.version += 1;
    }
    const flag = data.hidden ? 0 : 255;
    if (this.flags[index] === flag) return false;
    this.flags[index] = flag;
    this.version += 1;
    return true;
  }

  index(data: NodeDisplayData): number {
    return this.indexOf.get(data) ?? 0;
  }
}

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_shown;

uniform mat3 u_matrix;

varying vec4 v_color;

const float bias = 255.0 / 254.0;

void main() {
  if (a_shown < 0.5) {
    // Outside the clip volume: the line is not drawn.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
  } else {
    gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  }
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
void main(void) {
  gl_FragColor = v_color;
}
`;

const UNIFORMS = ['u_matrix'] as const;
type Uniform = (typeof UNIFORMS)[number];

/** What a WebGL buffer of the program (visible pass, picking pass) has not received yet: items `from`–`to`, or all of them. */
interface Unsent {
  info: ProgramInfo;
  from: number;
  to: number;
  all: boolean;
}

/** One more buffer of a program's WebGL program (visible pass, picking pass): the shown byte of each vertex. */
interface ShownBuffer {
  buffer: WebGLBuffer | null;
  location: number;
  /** The derivation it holds. */
  sent: number;
}

/**
 * Sigma's 1-pixel line edge (`EdgeLineProgram`), leaving out on the GPU an edge with an end that
 * `ShownNodes` says is hidden. `readShownFrom` must be called before the first write; the
 * explorer's renderer does.
 */
export class EdgeLineShownEndsProgram extends EdgeProgram<Uniform, NodeAttributes, EdgeAttributes> {
  private shown = new ShownNodes();
  /** The picking indices of each edge's two ends (0 for a hidden edge, whose vertices are zeros). */
  private ends = new Uint32Array();
  /** One byte per vertex, 255 when both ends of its edge are shown, derived from `ends` and the flags. */
  private vertexShown = new Uint8Array();
  /** The flags' version `vertexShown` was derived from; -1 after an edge was written. */
  private derivedFrom = -1;
  private derivations = 0;
  private unsentList: Unsent[] | null = null;
  private readonly shownBuffers = new Map<ProgramInfo, ShownBuffer>();

  readShownFrom(shown: ShownNodes): void {
    this.shown = shown;
  }

  getDefinition() {
    const { FLOAT, UNSIGNED_BYTE, LINES } = WebGLRenderingContext;
    return {
      VERTICES: 2,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: LINES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  override reallocate(capacity: number): void {
    const before = this.array;
    super.reallocate(capacity);
    if (this.array === before) return;
    for (const unsent of this.unsent()) unsent.all = true;
    this.ends = new Uint32Array(2 * capacity);
    this.vertexShown = new Uint8Array(2 * capacity);
    this.derivedFrom = -1;
  }

  /** Sigma's write, but an edge whose ends are hidden is written all the same: the shader leaves it out. */
  override process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    for (const unsent of this.unsent()) {
      if (offset < unsent.from) unsent.from = offset;
      if (offset >= unsent.to) unsent.to = offset + 1;
    }
    this.derivedFrom = -1;
    const source = this.shown.index(sourceData);
    const target = this.shown.index(targetData);
    const start = offset * this.STRIDE;
    // An end not recorded (index 0) counts as shown: sigma's own test then decides.
    if (data.hidden || (source === 0 && sourceData.hidden) || (target === 0 && targetData.hidden)) {
      this.array.fill(0, start, start + this.STRIDE);
      this.ends[2 * offset] = 0;
      this.ends[2 * offset + 1] = 0;
      return;
    }
    this.ends[2 * offset] = source;
    this.ends[2 * offset + 1] = target;
    const array = this.array;
    const color = floatColor(data.color);
    const id = indexToColor(edgeIndex);
    // Two vertices: position, color, picking color.
    array[start] = sourceData.x;
    array[start + 1] = sourceData.y;
    array[start + 2] = color;
    array[start + 3] = id;
    array[start + 4] = targetData.x;
    array[start + 5] = targetData.y;
    array[start + 6] = color;
    array[start + 7] = id;
  }

  processVisibleItem(): void {
    throw new Error('EdgeLineShownEndsProgram writes its edges in process()');
  }

  private unsent(): Unsent[] {
    this.unsentList ??= [this.normalProgram, this.pickProgram].flatMap((info) => (info ? [{ info, from: 0, to: 0, all: true }] : []));
    return this.unsentList;
  }

  /** Each vertex's byte from its edge's two flags, when a flag or an edge changed since the last time. */
  private derive(): void {
    const { flags, version } = this.shown;
    if (this.derivedFrom === version) return;
    const { ends, vertexShown } = this;
    for (let i = 0; i < ends.length; i += 2) {
      const both = (flags[ends[i] ?? 0] ?? 255) & (flags[ends[i + 1] ?? 0] ?? 255);
      vertexShown[i] = both;
      vertexShown[i + 1] = both;
    }
    this.derivedFrom = version;
    this.derivations += 1;
  }

  /** Sigma's binding, sending only the items written since this buffer's last upload, and the shown bytes when they changed. */
  protected override bindProgram(program: ProgramInfo): void {
    const { gl, buffer } = program;
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    let offset = 0;
    for (const attr of this.ATTRIBUTES) offset += this.bindAttribute(attr, program, offset);
    const unsent = this.unsent().find((u) => u.info === program);
    if (!unsent || unsent.all) gl.bufferData(gl.ARRAY_BUFFER, this.array, gl.DYNAMIC_DRAW);
    else if (unsent.to > unsent.from) {
      gl.bufferSubData(gl.ARRAY_BUFFER, unsent.from * this.STRIDE * Float32Array.BYTES_PER_ELEMENT, this.array.subarray(unsent.from * this.STRIDE, unsent.to * this.STRIDE));
    }
    if (unsent) Object.assign(unsent, { from: Number.POSITIVE_INFINITY, to: 0, all: false });

    this.derive();
    let shown = this.shownBuffers.get(program);
    if (!shown) {
      shown = { buffer: gl.createBuffer(), location: gl.getAttribLocation(program.program, 'a_shown'), sent: -1 };
      this.shownBuffers.set(program, shown);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, shown.buffer);
    if (shown.sent !== this.derivations) {
      gl.bufferData(gl.ARRAY_BUFFER, this.vertexShown, gl.DYNAMIC_DRAW);
      shown.sent = this.derivations;
    }
    if (shown.location >= 0) {
      gl.enableVertexAttribArray(shown.location);
      gl.vertexAttribPointer(shown.location, 1, gl.UNSIGNED_BYTE, true, 0, 0);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  protected override unbindProgram(program: ProgramInfo): void {
    super.unbindProgram(program);
    const location = this.shownBuffers.get(program)?.location ?? -1;
    if (location >= 0) program.gl.disableVertexAttribArray(location);
  }

  override setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix ?? null, false, params.matrix);
  }

  override kill(): void {
    for (const [info, { buffer }] of this.shownBuffers) info.gl.deleteBuffer(buffer);
    this.shownBuffers.clear();
    super.kill();
  }
}
