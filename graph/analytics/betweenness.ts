// Betweenness centrality on the undirected projection (unweighted shortest paths): nodes that
// bridge otherwise separate parts of the network. Exact Brandes costs O(nodes × edges), so
// above `exactLimit` nodes it is estimated from a seeded sample of source nodes.
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { KgGraph } from '../build.js';
import { undirectedProjection, type Projection } from './projection.js';
import { DEFAULT_SEED, seededRandom } from './rng.js';

// A CommonJS module whose typings declare an ES default export.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

export interface BetweennessSettings {
  /** Largest graph (in nodes) computed exactly. */
  exactLimit: number;
  /** Number of sampled source nodes above the limit. */
  samples: number;
  seed: number;
}

export const DEFAULT_BETWEENNESS_SETTINGS: BetweennessSettings = { exactLimit: 2000, samples: 256, seed: DEFAULT_SEED };

export function resolveBetweennessSettings(partial: Partial<BetweennessSettings> = {}): BetweennessSettings {
  const settings = { ...DEFAULT_BETWEENNESS_SETTINGS, ...partial };
  for (const key of ['exactLimit', 'samples'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 1) {
      throw new Error(`betweenness: ${key} must be a positive integer, got ${String(settings[key])}`);
    }
  }
  return settings;
}

/** Brandes from the given sources only, scaled to estimate the sum over all sources. */
export function sampledBetweenness(projection: Projection, sources: readonly string[]): Record<string, number> {
  const nodes = projection.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const offsets = new Int32Array(n + 1);
  const neighbors: number[] = [];
  nodes.forEach((node, i) => {
    projection.forEachNeighbor(node, (neighbor) => {
      neighbors.push(index.get(neighbor) ?? 0);
    });
    offsets[i + 1] = neighbors.length;
  });
  const adjacency = Int32Array.from(neighbors);

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const source of sources) {
    const s = index.get(source);
    if (s === undefined) continue;
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = adjacency[j]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    while (top > 0) {
      const w = stack[--top]!;
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
        const v = adjacency[j]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  // Same normalization as graphology-metrics' exact betweenness, so both ranges compare.
  const scale = sources.length === 0 || n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  const out: Record<string, number> = {};
  nodes.forEach((node, i) => {
    out[node] = centrality[i]! * scale;
  });
  return out;
}

function sampleSources(nodes: readonly string[], count: number, seed: number): string[] {
  const pool = [...nodes];
  const random = seededRandom(seed);
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export function computeBetweenness(graph: KgGraph, partial: Partial<BetweennessSettings> = {}, projection: Projection = undirectedProjection(graph)): Record<string, number> {
  const settings = resolveBetweennessSettings(partial);
  if (projection.order === 0) return {};
  if (projection.order <= settings.exactLimit) {
    return betweennessCentrality(projection, { normalized: true, getEdgeWeight: null });
  }
  return sampledBetweenness(projection, sampleSources(projection.nodes(), settings.samples, settings.seed));
}

export function assignBetweenness(graph: KgGraph, partial: Partial<BetweennessSettings> = {}, projection?: Projection): void {
  const betweenness = computeBetweenness(graph, partial, projection);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, betweenness: betweenness[node] ?? 0 }));
}
