// Sigma fills its label grid (which nodes may show a label, per screen cell) only in a full
// process, from the nodes shown at that moment; a partial refresh leaves it as it was, so nodes a
// filter shows again would have no label until a full pass over every node and edge (seconds on a
// large graph). This keeps the grid in step for the nodes a partial refresh flipped. It reaches
// into sigma v3's private `labelGrid`, typed here; without one it does nothing.
import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';

interface LabelGrid {
  cells: Record<number, { key: string; size: number }[]>;
  getIndex(position: Coordinates): number;
  add(key: string, size: number, position: Coordinates): void;
  organize(): void;
}

/** The camera sigma places nodes in the grid with. */
const GRID_CAMERA = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** Takes these nodes out of the label grid and puts back the shown, labelled ones: linear in them and their cells. */
export function syncLabelGrid(sigma: Sigma<NodeAttributes, EdgeAttributes>, nodes: Iterable<string>): void {
  const grid = (sigma as unknown as { labelGrid?: LabelGrid }).labelGrid;
  if (!grid || typeof grid.add !== 'function' || typeof grid.getIndex !== 'function') return;
  const byCell = new Map<number, Set<string>>();
  const back: [string, number, Coordinates][] = [];
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    const position = sigma.framedGraphToViewport(data, { cameraState: GRID_CAMERA });
    const index = grid.getIndex(position);
    const out = byCell.get(index) ?? new Set<string>();
    out.add(node);
    byCell.set(index, out);
    if (typeof data.label === 'string' && !data.hidden) back.push([node, data.size, position]);
  }
  for (const [index, out] of byCell) {
    const cell = grid.cells[index];
    if (cell) grid.cells[index] = cell.filter((candidate) => !out.has(candidate.key));
  }
  for (const [node, size, position] of back) grid.add(node, size, position);
  grid.organize();
}
