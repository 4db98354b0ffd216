// The graph model: a graphology multigraph typed by the schema and the attribute order every graph
// file writes (from the attribute table). A relation edge's key is extractor/types.ts' relationKey.
import graphology from 'graphology';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from './attributes.js';
import type { EdgeAttributes, EvidenceRef, GraphAttributes, NodeAttributes } from './schema.js';

const { MultiDirectedGraph } = graphology;

export type KgGraph = InstanceType<typeof MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>>;

export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
}

/** Plain code-unit order: locale-independent, so output files are identical everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareEvidence(a: EvidenceRef, b: EvidenceRef): number {
  return compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end || compareStrings(a.text, b.text);
}

/** An evidence entry with its keys in file order (the date only when the article has one). */
export function orderedEvidence(e: EvidenceRef): EvidenceRef {
  const out: EvidenceRef = { article: e.article, text: e.text, start: e.start, end: e.end };
  if (e.date !== undefined) out.date = e.date;
  return out;
}

const NODE_KEY_ORDER = NODE_ATTRIBUTES.map((a) => a.name);
const EDGE_KEY_ORDER = EDGE_ATTRIBUTES.map((a) => a.name);

export function orderedNodeAttributes(attributes: NodeAttributes): NodeAttributes {
  const out: Record<string, unknown> = {};
  for (const key of NODE_KEY_ORDER) if (attributes[key] !== undefined) out[key] = attributes[key];
  if (attributes.dateEvidence !== undefined) out.dateEvidence = orderedEvidence(attributes.dateEvidence);
  return out as unknown as NodeAttributes;
}

export function orderedEdgeAttributes(attributes: EdgeAttributes): EdgeAttributes {
  const out: Record<string, unknown> = {};
  for (const key of EDGE_KEY_ORDER) if (attributes[key] !== undefined) out[key] = attributes[key];
  out.evidence = attributes.evidence.map(orderedEvidence).sort(compareEvidence);
  return out as unknown as EdgeAttributes;
}
