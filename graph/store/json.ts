// graph.json: the graphology serialization of the graph wrapped in a format name and
// version. Written atomically, one node or edge per line (streams for big graphs, diffs
// well), in a fixed order so the same graph always gives the same bytes.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { KgError } from '../../extractor/errors.js';
import type { KgGraph } from '../build.js';
import { compareStrings, createGraph, orderedEdgeAttributes, orderedNodeAttributes } from '../build.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../schema.js';
import { type ChunkWriter, writeFileAtomic } from './atomic.js';
import { edgeProblem, nodeProblem, printable, serializedGraphProblem } from './validate.js';

/** Writes the graphology serialization (without the format envelope) to `out`. */
export function writeSerializedGraph(graph: KgGraph, out: ChunkWriter): void {
  const removed = graph.getAttribute('removed');
  const attributes: GraphAttributes = {
    sources: [...(graph.getAttribute('sources') ?? [])].sort((a, b) => compareStrings(a.name, b.name)),
    ...(removed === undefined ? {} : { removed }),
  };
  out.write(`{"options":${JSON.stringify({ type: 'directed', multi: true, allowSelfLoops: true })},"attributes":${JSON.stringify(attributes)},"nodes":[`);
  let first = true;
  for (const node of graph.nodes().sort(compareStrings)) {
    out.write(`${first ? '' : ','}\n${JSON.stringify({ key: node, attributes: orderedNodeAttributes(graph.getNodeAttributes(node)) })}`);
    first = false;
  }
  out.write('\n],"edges":[');
  first = true;
  for (const edge of graph.edges().sort(compareStrings)) {
    const serialized = { key: edge, source: graph.source(edge), target: graph.target(edge), attributes: orderedEdgeAttributes(graph.getEdgeAttributes(edge)) };
    out.write(`${first ? '' : ','}\n${JSON.stringify(serialized)}`);
    first = false;
  }
  out.write('\n]}');
}

/** Writes the whole graph.json document (format envelope around the serialization) to `out`. */
export function writeGraphJson(graph: KgGraph, out: ChunkWriter): void {
  out.write(`{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_FORMAT_VERSION},"graph":`);
  writeSerializedGraph(graph, out);
  out.write('}\n');
}

export function saveGraph(graph: KgGraph, path: string): void {
  writeFileAtomic('store', path, (out) => writeGraphJson(graph, out));
}

function fail(path: string, message: string, cause?: unknown): never {
  throw new KgError('store', `${path}: ${message}`, cause === undefined ? undefined : { cause });
}

const REBUILD = 'rebuild it with `gonghui-kg build`';

function checkEnvelope(path: string, envelope: { format?: unknown; version?: unknown } | null): void {
  if (envelope === null || typeof envelope !== 'object' || envelope.format !== GRAPH_FORMAT) {
    fail(path, `is not a gonghui-kg graph file (expected "format": "${GRAPH_FORMAT}")`);
  }
  if (envelope.version !== GRAPH_FORMAT_VERSION) {
    fail(path, `has graph format version ${JSON.stringify(envelope.version)}, this gonghui-kg reads version ${GRAPH_FORMAT_VERSION}; ${REBUILD}`);
  }
}

function parseJson(path: string, text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(path, `is not valid JSON, probably truncated or corrupted (${where}${printable((error as Error).message)}); ${REBUILD}`, error);
  }
}

/** An image, archive or other binary file under the name graph.json: said so, without its bytes. */
function checkNotBinary(path: string, fd: number): void {
  const head = Buffer.alloc(512);
  const read = readSync(fd, head, 0, head.length, 0);
  const bytes = head.subarray(0, read);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  // JSON text starts with one of these; control characters never appear in it raw.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) || (text !== '' && !/^[{["\-0-9tfn]/.test(text))) {
    const first = [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    fail(path, `is not a JSON file (it begins with the bytes ${first}); expected a graph.json written by \`gonghui-kg build\``);
  }
}

/** Reads a file line by line in large chunks: graph.json can be bigger than the longest string V8 allows. */
function* lines(fd: number): Generator<string> {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(1 << 24);
  let rest = '';
  for (;;) {
    const read = readSync(fd, buffer, 0, buffer.length, null);
    if (read === 0) break;
    const parts = (rest + decoder.write(buffer.subarray(0, read))).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

const HEAD = /^\{"format":.*"nodes":\[$/;

/** Loads graph.json as `saveGraph` lays it out (one node or edge per line), or else as any JSON. */
export function loadGraph(path: string): KgGraph {
  let fd: number;
  try {
    if (statSync(path).isDirectory()) fail(path, 'is a folder, expected a graph.json file');
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof KgError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(path, 'no such file (build one with `gonghui-kg build <inputs…> --out <dir>`)', error);
    fail(path, `cannot read: ${(error as Error).message}`, error);
  }
  try {
    checkNotBinary(path, fd);
    const iterator = lines(fd);
    const first = iterator.next();
    if (first.done === true) fail(path, `is empty (an interrupted write?); ${REBUILD}`);
    const head = first.value;
    if (!HEAD.test(head)) return loadWhole(path);
    const envelope = parseJson(path, `${head}],"edges":[]}}`, 'line 1: ') as { format?: unknown; version?: unknown; graph?: SerializedGraph };
    checkEnvelope(path, envelope);
    const graph = createGraph();
    const { sources, removed } = (envelope.graph?.attributes ?? {}) as Partial<GraphAttributes>;
    graph.replaceAttributes({ sources: Array.isArray(sources) ? sources : [], ...(removed === undefined ? {} : { removed }) });
    let section: 'nodes' | 'edges' | 'end' = 'nodes';
    let number = 1;
    for (const line of iterator) {
      number++;
      if (line === '],"edges":[' && section === 'nodes') section = 'edges';
      else if (line === ']}}' && section === 'edges') section = 'end';
      else if (section === 'end') {
        if (line.trim() !== '') fail(path, `has text after the end of the graph at line ${number} (corrupted?); ${REBUILD}`);
      } else {
        const item = parseJson(path, line.endsWith(',') ? line.slice(0, -1) : line, `line ${number}: `) as SerializedNode & SerializedEdge;
        const problem = section === 'nodes' ? nodeProblem(item?.attributes) : edgeProblem(item?.attributes);
        if (problem !== undefined) fail(path, `line ${number}: ${section === 'nodes' ? 'node' : 'edge'} ${JSON.stringify(item?.key)} ${problem}; ${REBUILD}`);
        try {
          if (section === 'nodes') graph.addNode(item.key, item.attributes as NodeAttributes);
          else graph.addDirectedEdgeWithKey(item.key, item.source, item.target, item.attributes as EdgeAttributes);
        } catch (error) {
          fail(path, `holds an invalid graph at line ${number}: ${(error as Error).message}`, error);
        }
      }
    }
    if (section !== 'end') fail(path, `is not valid JSON, probably truncated or corrupted (it ends inside the ${section}); ${REBUILD}`);
    return graph;
  } finally {
    closeSync(fd);
  }
}

/** A graph.json not laid out one item per line (edited by hand, pretty-printed): parsed whole. */
function loadWhole(path: string): KgGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(path, `cannot read: ${(error as Error).message}`, error);
  }
  if (text.trim() === '') fail(path, `is empty (an interrupted write?); ${REBUILD}`);
  const envelope = parseJson(path, text, '') as { format?: unknown; version?: unknown; graph?: unknown } | null;
  checkEnvelope(path, envelope);
  const serialized = envelope!.graph as SerializedGraph | undefined;
  if (serialized === null || typeof serialized !== 'object' || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    fail(path, 'has no "graph" with "nodes" and "edges" arrays (corrupted?)');
  }
  const problem = serializedGraphProblem(serialized as SerializedGraph);
  if (problem !== undefined) fail(path, `${problem}; ${REBUILD}`);
  const graph = createGraph();
  try {
    graph.import(serialized as SerializedGraph<never, never, never>);
  } catch (error) {
    fail(path, `holds an invalid graph: ${(error as Error).message}`, error);
  }
  if (!Array.isArray(graph.getAttribute('sources'))) graph.setAttribute('sources', []);
  return graph;
}
