// All node analytics, in the order the exports and the viewer expect them.
import type { KgGraph } from '../build.js';
import { assignBetweenness, type BetweennessSettings } from './betweenness.js';
import { assignComponents } from './components.js';
import { assignDegree } from './degree.js';
import { assignCommunities } from './louvain.js';
import { assignPagerank } from './pagerank.js';
import { type Projection, undirectedProjection } from './projection.js';
import { DEFAULT_SEED } from './rng.js';
import { assignWeightedDegree } from './weighted-degree.js';

export interface AnalyticsOptions {
  seed?: number;
  betweenness?: Partial<BetweennessSettings>;
}

/** Assigns every metric; pass the graph's projection when the caller has built it already. */
export function assignAnalytics(graph: KgGraph, options: AnalyticsOptions = {}, projection: Projection = undirectedProjection(graph)): void {
  assignDegree(graph);
  assignWeightedDegree(graph);
  assignPagerank(graph);
  assignBetweenness(graph, { seed: options.seed ?? DEFAULT_SEED, ...options.betweenness }, projection);
  assignCommunities(graph, options.seed ?? DEFAULT_SEED, projection);
  assignComponents(graph);
}
