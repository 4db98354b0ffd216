// Shapes of the viewer's JSON API, shared by the fastify server and the browser app.
import type { Correction } from '../../graph/curate/correction.js';
import type { ChangeRequest } from '../../graph/curate/request.js';
import type { Suggestion } from '../../graph/curate/suggestion.js';

/** GET /api/info */
export interface ServerInfo {
  /** File name of the graph being served. */
  graph: string;
  nodes: number;
  edges: number;
  /** True when the server can run Cypher against Neo4j. */
  cypher: boolean;
  /** True when the explorer may edit the graph (served with --curate). */
  curate?: boolean;
}

export interface CypherNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface CypherRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/** POST /api/cypher {query, params} → a table and the nodes and relationships it returned. */
export interface CypherResponse {
  columns: string[];
  /** Cell values made JSON-safe (nodes and relationships shown by their names). */
  rows: unknown[][];
  nodes: CypherNode[];
  relationships: CypherRelationship[];
  /** Set when only the first rows are here (the server's row limit). */
  notice?: string;
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** Error bodies of the API. */
export interface ApiError {
  error: string;
}

/** GET /api/curate (served with --curate): the corrections, those matching nothing, and likely duplicates. */
export interface CurateState {
  corrections: Correction[];
  stale: { id: string; problem: string }[];
  suggestions: Suggestion[];
}

/** The body of POST /api/curate: a change, nodes named by id, and why. */
export type CurateRequest = ChangeRequest & { reason?: string; by?: string };

/** POST /api/curate {action, …its arguments, reason?, by?}: the correction made (or undone), then the new state. */
export interface CurateResponse extends CurateState {
  made?: Correction;
  undone?: Correction;
  nodes: number;
  edges: number;
}
