// Whether each node is shown, kept for the GPU, and the edge program that reads it. Sigma writes
// no vertices for an edge with a hidden end, so a filter that flips tens of thousands of nodes
// has to rewrite the vertices of every edge they touch (on a 200,000-edge graph, hundreds of
// thousands of edges). Here the node programs record each node's flag (one byte per node) as
// they write it, the edge program writes each edge once with the picking indices of its two ends,
// and its vertex shader reads both flags from a texture and leaves out the edge when an end is
// hidden: a filter rewrites only the nodes it flips. The edge vertices are sent to the GPU again
// only where they changed, not at every render as sigma does.
import { EdgeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor, indexToColor } from 'sigma/utils';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';

/** Texture width: 2,048 one-byte flags per row (a row length WebGL unpacks with any alignment). */
const ROW = 2048;

/**
 * One flag per node, indexed by sigma's picking index of the node (1, 2, …; 0 stands for a node
 * not recorded, taken as shown). Node display data are mapped to their index as the node programs
 * write them: sigma hands the edge programs the same objects.
 */
export class ShownNodes {
  flags = new Uint8Array(ROW).fill(255);
  /** Bumped at each change of a flag: a texture holding an older version is sent again. */
  version = 0;
  private readonly indexOf = new WeakMap<NodeDisplayData, number>();

  /** Records a node as its program writes it; returns whether its flag changed. */
  record(index: number, data: NodeDisplayData): boolean {
    this.indexOf.set(data, index);
    if (index >= this.flags.length) {
      const grown = new Uint8Array(Math.ceil((index + 1) / ROW) * ROW).fill(255);
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
attribute vec2 a_ends;

uniform mat3 u_matrix;
uniform sampler2D u_shown;
uniform vec2 u_shownSize;

varying vec4 v_color;

const float bias = 255.0 / 254.0;

float shown(float index) {
  float row = floor(index / u_shownSize.x);
  float column = index - row * u_shownSize.x;
  return texture2D(u_shown, vec2((column + 0.5) / u_shownSize.x, (row + 0.5) / u_shownSize.y)).a;
}

void main() {
  if (shown(a_ends.x) < 0.5 || shown(a_ends.y) < 0.5) {
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

const UNIFORMS = ['u_matrix', 'u_shown', 'u_shownSize'] as const;
type Uniform = (typeof UNIFORMS)[number];

/** What a WebGL buffer of the program (visible pass, picking pass) has not received yet: items `from`–`to`, or all of them. */
interface Unsent {
  info: ProgramInfo;
  from: number;
  to: number;
  all: boolean;
}

/**
 * Sigma's 1-pixel line edge (`EdgeLineProgram`), whose ends' flags come from `ShownNodes`.
 * `readShownFrom` must be called before the first write; the explorer's renderer does.
 */
export class EdgeLineShownEndsProgram extends EdgeProgram<Uniform, NodeAttributes, EdgeAttributes> {
  private shown = new ShownNodes();
  private texture: WebGLTexture | null = null;
  private textureVersion = -1;
  private textureRows = 0;
  private unsentList: Unsent[] | null = null;

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
        { name: 'a_ends', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  override reallocate(capacity: number): void {
    const before = this.array;
    super.reallocate(capacity);
    if (this.array !== before) for (const unsent of this.unsent()) unsent.all = true;
  }

  /** Sigma's write, but an edge whose ends are hidden is written all the same: the shader leaves it out. */
  override process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    for (const unsent of this.unsent()) {
      if (offset < unsent.from) unsent.from = offset;
      if (offset >= unsent.to) unsent.to = offset + 1;
    }
    const source = this.shown.index(sourceData);
    const target = this.shown.index(targetData);
    // An end not recorded (index 0) is drawn as shown: sigma's own test then decides.
    if (data.hidden || (source === 0 && sourceData.hidden) || (target === 0 && targetData.hidden)) {
      this.array.fill(0, offset * this.STRIDE, (offset + 1) * this.STRIDE);
      return;
    }
    this.writeEdge(edgeIndex, offset * this.STRIDE, sourceData, targetData, data, source, target);
  }

  processVisibleItem(): void {
    throw new Error('EdgeLineShownEndsProgram writes its edges in process()');
  }

  private writeEdge(edgeIndex: number, start: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData, source: number, target: number): void {
    const array = this.array;
    const color = floatColor(data.color);
    const id = indexToColor(edgeIndex);
    // Two vertices of six floats: position, the ends' indices, color, picking color.
    array[start] = sourceData.x;
    array[start + 1] = sourceData.y;
    array[start + 2] = source;
    array[start + 3] = target;
    array[start + 4] = color;
    array[start + 5] = id;
    array[start + 6] = targetData.x;
    array[start + 7] = targetData.y;
    array[start + 8] = source;
    array[start + 9] = target;
    array[start + 10] = color;
    array[start + 11] = id;
  }

  private unsent(): Unsent[] {
    this.unsentList ??= [this.normalProgram, this.pickProgram].flatMap((info) => (info ? [{ info, from: 0, to: 0, all: true }] : []));
    return this.unsentList;
  }

  /** Sigma's binding, sending only the items written since this buffer's last upload. */
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
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.bindShown(gl);
  }

  private bindShown(gl: WebGLRenderingContext): void {
    if (!this.texture) {
      this.texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, this.texture);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    }
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    const { flags, version } = this.shown;
    if (version !== this.textureVersion) {
      const rows = flags.length / ROW;
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      if (rows === this.textureRows) gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, ROW, rows, gl.ALPHA, gl.UNSIGNED_BYTE, flags);
      else gl.texImage2D(gl.TEXTURE_2D, 0, gl.ALPHA, ROW, rows, 0, gl.ALPHA, gl.UNSIGNED_BYTE, flags);
      this.textureRows = rows;
      this.textureVersion = version;
    }
  }

  override setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix ?? null, false, params.matrix);
    gl.uniform1i(uniformLocations.u_shown ?? null, 0);
    gl.uniform2f(uniformLocations.u_shownSize ?? null, ROW, this.textureRows);
  }

  override kill(): void {
    this.texture && this.normalProgram.gl.deleteTexture(this.texture);
    this.texture = null;
    super.kill();
  }
}
