// Reading graph.json in the viewer (server and browser alike): check the envelope
// written by the graph builder before handing the serialization to graphology.
import { DirectedGraph, MultiDirectedGraph, MultiGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../../extractor/errors.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../../graph/schema.js';
import { printable, serializedGraphProblem } from '../../graph/store/validate.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/schema.js';
import type { ViewerGraph } from './article-view.js';

export type ViewerSerializedGraph = SerializedGraph<NodeAttributes, EdgeAttributes>;

/** Parses the text of a graph.json file; `name` names the file in error messages. */
export function parseGraphFile(text: string, name: string): ViewerSerializedGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError('viewer', `${name} is not valid JSON (${printable((error as Error).message)})`);
  }
  if (typeof data !== 'object' || data === null) {
    throw new KgError('viewer', `${name} is not a gonghui-kg graph file (expected a JSON object)`);
  }
  const envelope = data as { format?: unknown; version?: unknown; graph?: unknown };
  if (envelope.format !== GRAPH_FORMAT) {
    throw new KgError('viewer', `${name} is not a gonghui-kg graph file (format is ${JSON.stringify(envelope.format)}, expected "${GRAPH_FORMAT}")`);
  }
  if (envelope.version !== GRAPH_FORMAT_VERSION) {
    throw new KgError('viewer', `${name} has graph format version ${JSON.stringify(envelope.version)}; this viewer reads version ${GRAPH_FORMAT_VERSION}`);
  }
  const graph = envelope.graph as { nodes?: unknown; edges?: unknown } | undefined;
  if (typeof graph !== 'object' || graph === null || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new KgError('viewer', `${name} has no graph (expected "graph" with "nodes" and "edges" arrays)`);
  }
  const problem = serializedGraphProblem(graph as { nodes: unknown[]; edges: unknown[] });
  if (problem !== undefined) throw new KgError('viewer', `${name}: ${problem}`);
  return graph as ViewerSerializedGraph;
}

/**
 * Builds the graphology instance a serialization describes. The named graph classes are used
 * because they are typed and exported alike under Node's ESM and under bundlers.
 */
export function graphFromSerialized(serialized: ViewerSerializedGraph): ViewerGraph {
  const type = serialized.options?.type ?? 'mixed';
  const multi = serialized.options?.multi ?? false;
  if (type === 'directed') return (multi ? MultiDirectedGraph : DirectedGraph).from<NodeAttributes, EdgeAttributes>(serialized);
  if (type === 'undirected') return (multi ? MultiUndirectedGraph : UndirectedGraph).from<NodeAttributes, EdgeAttributes>(serialized);
  if (multi) return MultiGraph.from<NodeAttributes, EdgeAttributes>(serialized);
  // The simple mixed graph is only the default export, typed differently under Node and bundlers;
  // every named class extends it, so reach it through one of them.
  const MixedGraph = Object.getPrototypeOf(MultiGraph) as new (options: object) => ViewerGraph;
  const graph = new MixedGraph(serialized.options ?? {});
  graph.import(serialized);
  return graph;
}
