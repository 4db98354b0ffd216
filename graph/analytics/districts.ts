// Every district a node is tied to, with the chain of nodes that ties it, so that a district
// filter keeps what belongs to the district and not only what is located there: places and
// unions located in it, initiatives held there or organized by them, the people and bodies
// taking part or holding posts in those, and the articles that mention any of them.
import type { KgGraph } from '../build.js';
import type { DistrictTie } from '../schema.js';

/** Hops up a LOCATED_IN/HELD_AT chain (initiative → venue → street → district → region). */
const MAX_PLACE_HOPS = 4;

type Ties = Map<string, string[]>;

/** Code-unit order, as the builder sorts (imported from there, it would make an import circle). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keeps the shorter chain for a district, and of equal ones the first in code-unit order. */
function offer(ties: Ties, district: string, via: string[]): void {
  const known = ties.get(district);
  if (known === undefined || via.length < known.length || (via.length === known.length && compareStrings(via.join('\u0000'), known.join('\u0000')) < 0)) {
    ties.set(district, via);
  }
}

function placeTies(graph: KgGraph, node: string): Ties {
  const ties: Ties = new Map();
  const attributes = graph.getNodeAttributes(node);
  if (attributes.label === 'District') ties.set(attributes.name, []);
  let frontier: { node: string; via: string[] }[] = [{ node, via: [] }];
  const seen = new Set([node]);
  for (let depth = 0; depth < MAX_PLACE_HOPS && frontier.length > 0; depth++) {
    const next: { node: string; via: string[] }[] = [];
    for (const current of frontier) {
      graph.forEachOutEdge(current.node, (_edge, edge, _source, target, _s, targetAttributes) => {
        if ((edge.type !== 'LOCATED_IN' && edge.type !== 'HELD_AT') || seen.has(target)) return;
        seen.add(target);
        const via = [...current.via, target];
        if (targetAttributes.label === 'District') offer(ties, targetAttributes.name, via);
        next.push({ node: target, via });
      });
    }
    frontier = next;
  }
  return ties;
}

/** Adds the ties of `other` to `ties`, each chain prefixed with `other`. */
function inherit(ties: Ties, other: string, from: Ties | undefined): void {
  for (const [district, via] of from ?? []) offer(ties, district, [other, ...via]);
}

/** The district ties of every node that has one; chains start at the node's neighbour and end at the District. */
export function computeDistricts(graph: KgGraph): Map<string, DistrictTie[]> {
  const place = new Map<string, Ties>();
  graph.forEachNode((node) => {
    const ties = placeTies(graph, node);
    if (ties.size > 0) place.set(node, ties);
  });

  // Initiatives organized by a body of the district.
  const initiatives = new Map<string, Ties>();
  graph.forEachNode((node, attributes) => {
    if (attributes.label !== 'Initiative') return;
    const ties: Ties = new Map(place.get(node));
    graph.forEachInEdge(node, (_edge, edge, source) => {
      if (edge.type === 'ORGANIZED') inherit(ties, source, place.get(source));
    });
    if (ties.size > 0) initiatives.set(node, ties);
  });

  // Participants of those initiatives and holders of posts in the district's bodies.
  const entities = new Map<string, Ties>();
  graph.forEachNode((node, attributes) => {
    if (attributes.label === 'Article') return;
    const ties: Ties = new Map(initiatives.get(node) ?? place.get(node));
    graph.forEachOutEdge(node, (_edge, edge, _source, target) => {
      if (edge.type === 'PARTICIPATED_IN') inherit(ties, target, initiatives.get(target));
      else if (edge.type === 'MEMBER_OF') inherit(ties, target, place.get(target));
    });
    if (ties.size > 0) entities.set(node, ties);
  });

  // Articles that mention any of them.
  const all = new Map<string, DistrictTie[]>();
  graph.forEachNode((node, attributes) => {
    let ties = entities.get(node);
    if (attributes.label === 'Article') {
      ties = new Map();
      const own = ties;
      graph.forEachOutEdge(node, (_edge, edge, _source, target) => {
        if (edge.type === 'MENTIONS') inherit(own, target, entities.get(target));
      });
    }
    if (ties === undefined || ties.size === 0) return;
    all.set(
      node,
      [...ties.entries()].sort((a, b) => compareStrings(a[0], b[0])).map(([district, via]) => ({ district, via })),
    );
  });
  return all;
}

/** Writes `districts` on every node (removing a stale list from a node that has no tie any more). */
export function assignDistricts(graph: KgGraph): void {
  const ties = computeDistricts(graph);
  graph.forEachNode((node, attributes) => {
    const list = ties.get(node);
    if (list !== undefined) graph.setNodeAttribute(node, 'districts', list);
    else if (attributes.districts !== undefined) graph.removeNodeAttribute(node, 'districts');
  });
}
