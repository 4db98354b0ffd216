// Neighbourhoods and shortest paths, ignoring edge direction: analysts ask "how are these two
// connected", not "who points at whom" (graphology-shortest-path only follows out-edges).
import type { ViewerGraph } from '../../shared/article-view.js';

/** Nodes within `hops` of `center`, the center included. */
export function egoNodes(graph: ViewerGraph, center: string, hops: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let depth = 0; depth < hops; depth += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (seen.has(neighbor)) return;
        seen.add(neighbor);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return seen;
}

/**
 * The nodes of a shortest path from `from` to `to` through the `allowed` nodes (all when null),
 * or null when they are not connected; a path follows what the filters show.
 */
export function shortestPath(graph: ViewerGraph, from: string, to: string, allowed: Set<string> | null = null): string[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !parent.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (parent.has(neighbor) || (allowed && neighbor !== to && !allowed.has(neighbor))) return;
        parent.set(neighbor, node);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  if (!parent.has(to)) return null;
  const path: string[] = [];
  for (let node: string | null | undefined = to; node; node = parent.get(node)) path.unshift(node);
  return path;
}
