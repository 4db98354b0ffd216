// An edit's result drawn into the graph the renderer already shows: nodes and edges that went are
// dropped, new ones added, the rest get their new attributes. Nodes that stay keep where they are
// drawn (the server lays the corrected graph out again, which would move every node); a new node
// (a rename, a split) appears among the neighbours it already has.
import type { NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';
import type { ViewerSerializedGraph } from '../../shared/graph-file.js';

/** How far from its neighbours' centre a new node is put, as a share of the drawing's width, so that it hides none of them. */
const NEW_NODE_OFFSET = 0.01;

function placed(attrs: Partial<NodeAttributes> | undefined): attrs is NodeAttributes & { x: number; y: number } {
  return attrs !== undefined && Number.isFinite(attrs.x) && Number.isFinite(attrs.y);
}

export function replaceGraphContents(graph: ViewerGraph, next: ViewerSerializedGraph): void {
  const nodes = new Map(next.nodes.map((n) => [n.key, n.attributes ?? ({} as NodeAttributes)]));
  const edges = new Map(next.edges.flatMap((e) => (e.key === undefined ? [] : [[e.key, e] as const])));
  // An edge that stays but joins other nodes (never made by the builder, whose keys name both ends) is made again.
  graph.forEachEdge((edge, _attrs, source, target) => {
    const kept = edges.get(edge);
    if (kept === undefined || kept.source !== source || kept.target !== target) graph.dropEdge(edge);
  });
  graph.forEachNode((node) => {
    if (!nodes.has(node)) graph.dropNode(node);
  });
  const added: string[] = [];
  for (const [node, attrs] of nodes) {
    if (graph.hasNode(node)) {
      const { x, y } = graph.getNodeAttributes(node);
      graph.replaceNodeAttributes(node, { ...attrs, x, y });
    } else {
      graph.addNode(node, { ...attrs });
      added.push(node);
    }
  }
  for (const edge of next.edges) {
    const attrs = edge.attributes ?? ({} as never);
    if (edge.key !== undefined && graph.hasEdge(edge.key)) graph.replaceEdgeAttributes(edge.key, attrs);
    else if (edge.key !== undefined) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attrs);
    else graph.addDirectedEdge(edge.source, edge.target, attrs);
  }
  const fresh = new Set(added);
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  graph.forEachNode((node, attrs) => {
    if (fresh.has(node) || !placed(attrs)) return;
    minX = Math.min(minX, attrs.x);
    maxX = Math.max(maxX, attrs.x);
  });
  const step = maxX > minX ? (maxX - minX) * NEW_NODE_OFFSET : 1;
  let spread = 0;
  for (const node of added) {
    let x = 0;
    let y = 0;
    let count = 0;
    graph.forEachNeighbor(node, (neighbor, attrs) => {
      if (fresh.has(neighbor) || !placed(attrs)) return;
      x += attrs.x;
      y += attrs.y;
      count += 1;
    });
    if (count > 0) {
      spread += 1;
      graph.mergeNodeAttributes(node, { x: x / count + step * spread, y: y / count + step * spread });
    } else if (!placed(graph.getNodeAttributes(node))) graph.mergeNodeAttributes(node, { x: 0, y: 0 });
  }
  graph.replaceAttributes({ ...(next.attributes ?? {}) });
}
