// The one typed schema of the knowledge graph, shared by the builder, the stores,
// the exports, the Neo4j loader and the viewer.
import type { ArticleKind, DateSource, EntityType, RelationType } from '../extractor/types.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../extractor/types.js';

export type NodeLabel = EntityType | 'Article';
export type EdgeType = RelationType | 'MENTIONS';

export const NODE_LABELS: readonly NodeLabel[] = [...ENTITY_TYPES, 'Article'];
export const EDGE_TYPES: readonly EdgeType[] = [...RELATION_TYPES, 'MENTIONS'];

/** Node id of an entity: `${label}:${canonicalName}`. */
export function entityNodeId(label: EntityType, name: string): string {
  return `${label}:${name}`;
}

/** Node id of an article: `Article:${source}#${index}`. */
export function articleNodeId(source: string, index: number): string {
  return `Article:${source}#${index}`;
}

/** One piece of evidence for an edge: where in which article the supporting text is. */
export interface EvidenceRef {
  /** Article node id. */
  article: string;
  /** The supporting sentence (for MENTIONS: the mention itself), as printed in the source. */
  text: string;
  /** Offsets into the decoded source text of the article's file. */
  start: number;
  end: number;
  /** The article's date (ISO: YYYY-MM-DD, YYYY-MM or YYYY), when it has one. */
  date?: string;
}

/** A district a node belongs to, and the chain of node ids from its neighbour to the District node ([] for the District itself). */
export interface DistrictTie {
  district: string;
  via: string[];
}

/** Attributes every node has. Analytics attributes are written by the assign* functions. */
export interface NodeAttributes {
  label: NodeLabel;
  name: string;
  aliases: string[];
  /** Number of mentions across the corpus (Article: number of entities it mentions). */
  mentions: number;
  firstSource: string;
  lastSource: string;
  /** Earliest and latest date of the evidence that mentions it (Article: its own date). */
  firstDate?: string;
  lastDate?: string;
  /** Canonical district name, where known. */
  district?: string;
  /** Every district the node is tied to, and through which nodes (graph/analytics/districts.ts). */
  districts?: DistrictTie[];
  /** Person: titles and roles. */
  roles?: string[];
  /** Initiative: its most distinctive part. */
  key?: string;
  /** Ids of the analysts' corrections (corrections.json) that changed this node. */
  corrections?: string[];
  /** Initiative: when it takes place, as an article states it (the earliest such statement). */
  start?: string;
  end?: string;
  /** Initiative: the sentence stating `start`/`end`. */
  dateEvidence?: EvidenceRef;

  // Article nodes only.
  source?: string;
  index?: number;
  title?: string;
  kind?: ArticleKind;
  /** Publication date, ISO, and where it was found. */
  date?: string;
  dateSource?: DateSource;
  outlet?: string;
  subtitles?: string[];
  /** The article's text exactly as in the source (source.text.slice(spanStart, spanEnd)). */
  text?: string;
  spanStart?: number;
  spanEnd?: number;

  // Analytics.
  degree?: number;
  weightedDegree?: number;
  pagerank?: number;
  betweenness?: number;
  community?: number;
  component?: number;

  // Layout.
  x?: number;
  y?: number;
}

export interface EdgeAttributes {
  type: EdgeType;
  role?: string;
  /** Number of supporting evidences. */
  weight: number;
  /** Earliest and latest date of its evidence. */
  firstDate?: string;
  lastDate?: string;
  evidence: EvidenceRef[];
  /** Ids of the analysts' corrections that changed this edge. */
  corrections?: string[];
}

/** One input file the graph was built from. */
export interface GraphSource {
  name: string;
  /** sha256 of the raw bytes, hex; "" when the graph was built from extracted records only. */
  sha256: string;
}

/** Attributes of the graph itself. */
export interface GraphAttributes {
  /** Every input file, sorted by name. */
  sources: GraphSource[];
  /** What corrections took out of the graph as built, so that stores holding the uncorrected graph can delete it too. */
  removed?: RemovedByCorrections;
}

/** A node or edge id and the corrections that removed it. */
export interface RemovedItem {
  id: string;
  corrections: string[];
}

/** An edge removed while both its end nodes stayed. */
export interface RemovedEdge extends RemovedItem {
  source: string;
  target: string;
}

export interface RemovedByCorrections {
  nodes: RemovedItem[];
  edges: RemovedEdge[];
}

/** Format version of graph.json; bump when the shape changes incompatibly. */
export const GRAPH_FORMAT = 'gonghui-kg/graph';
export const GRAPH_FORMAT_VERSION = 1;
