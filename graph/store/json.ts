// graph.json: the graphology serialization of the graph wrapped in a format name and
// version. Written atomically, one node or edge per line (streams for big graphs, diffs
// well), in a fixed order so the same graph always gives the same bytes.
import { readFileSync, statSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../../extractor/errors.js';
import type { KgGraph } from '../build.js';
import { compareStrings, createGraph, orderedEdgeAttributes, orderedNodeAttributes } from '../build.js';
import type { GraphAttributes } from '../schema.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../schema.js';
import { type ChunkWriter, writeFileAtomic } from './atomic.js';

/** Writes the graphology serialization (without the format envelope) to `out`. */
export function writeSerializedGraph(graph: KgGraph, out: ChunkWriter): void {
  const attributes: GraphAttributes = { sources: [...(graph.getAttribute('sources') ?? [])].sort((a, b) => compareStrings(a.name, b.name)) };
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

export function loadGraph(path: string): KgGraph {
  let text: string;
  try {
    if (statSync(path).isDirectory()) fail(path, 'is a folder, expected a graph.json file');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof KgError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(path, 'no such file (build one with `gonghui-kg build <inputs…> --out <dir>`)', error);
    fail(path, `cannot read: ${(error as Error).message}`, error);
  }
  if (text.trim() === '') fail(path, 'is empty (an interrupted write?); rebuild it with `gonghui-kg build`');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(path, `is not valid JSON, probably truncated or corrupted (${(error as Error).message}); rebuild it with \`gonghui-kg build\``, error);
  }
  const envelope = data as { format?: unknown; version?: unknown; graph?: unknown } | null;
  if (envelope === null || typeof envelope !== 'object' || envelope.format !== GRAPH_FORMAT) {
    fail(path, `is not a gonghui-kg graph file (expected "format": "${GRAPH_FORMAT}")`);
  }
  if (envelope.version !== GRAPH_FORMAT_VERSION) {
    fail(path, `has graph format version ${JSON.stringify(envelope.version)}, this gonghui-kg reads version ${GRAPH_FORMAT_VERSION}; rebuild it with \`gonghui-kg build\``);
  }
  const serialized = envelope.graph as SerializedGraph | undefined;
  if (serialized === null || typeof serialized !== 'object' || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    fail(path, 'has no "graph" with "nodes" and "edges" arrays (corrupted?)');
  }
  const graph = createGraph();
  try {
    graph.import(serialized as SerializedGraph<never, never, never>);
  } catch (error) {
    fail(path, `holds an invalid graph: ${(error as Error).message}`, error);
  }
  if (!Array.isArray(graph.getAttribute('sources'))) graph.setAttribute('sources', []);
  return graph;
}
