// Louvain communities on the undirected projection, seeded so that the same graph always
// gets the same communities. Communities are numbered by size (0 = largest), ties by
// their smallest node id.
import louvainModule from 'graphology-communities-louvain';
import type { KgGraph } from '../build.js';
import { compareStrings } from '../build.js';
import { type Projection, undirectedProjection } from './projection.js';
import { DEFAULT_SEED, seededRandom } from './rng.js';

// A CommonJS module whose typings declare an ES default export.
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** Renumbers groups 0…k-1 by decreasing size, ties broken by smallest member id. */
export function numberGroups(groups: Iterable<readonly string[]>): Record<string, number> {
  const sorted = [...groups]
    .map((members) => [...members].sort(compareStrings))
    .sort((a, b) => b.length - a.length || compareStrings(a[0] ?? '', b[0] ?? ''));
  const out: Record<string, number> = {};
  sorted.forEach((members, i) => {
    for (const member of members) out[member] = i;
  });
  return out;
}

export function computeCommunities(graph: KgGraph, seed = DEFAULT_SEED, projection: Projection = undirectedProjection(graph)): Record<string, number> {
  const raw = projection.size === 0 ? {} : louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const groups = new Map<number, string[]>();
  let next = -1;
  for (const node of projection.nodes()) {
    // An isolated node (or an edgeless graph) is its own community.
    const community = raw[node] ?? next--;
    const members = groups.get(community);
    if (members === undefined) groups.set(community, [node]);
    else members.push(node);
  }
  return numberGroups(groups.values());
}

export function assignCommunities(graph: KgGraph, seed = DEFAULT_SEED, projection?: Projection): void {
  const community = computeCommunities(graph, seed, projection);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, community: community[node] ?? 0 }));
}
