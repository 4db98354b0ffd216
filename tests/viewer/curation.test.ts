// Where the explorer's selection goes after an edit: it stays on a node that is still there,
// follows a node merged away into its target and a renamed node to its new id, and comes back
// to the old id when the rename is undone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Correction, EntityRef } from '../../graph/curate/correction.js';
import { survivingSelection } from '../../viewer/app/src/curation.js';
import type { CurateResponse } from '../../viewer/shared/api.js';
import type { ViewerGraph } from '../../viewer/shared/article-view.js';
import { graphFromSerialized, parseGraphFile } from '../../viewer/shared/graph-file.js';

const WANGJING = 'Union:望京街道总工会';
const CHAOYANG = 'Union:朝阳区总工会';

function fixture(): ViewerGraph {
  return graphFromSerialized(parseGraphFile(readFileSync(join('tests', 'fixtures', 'viewer', 'graph.json'), 'utf8'), 'graph.json'));
}

const ref = (id: string, name: string): EntityRef => ({ id, type: 'Union', name, aliases: [] });
const tail = { by: 'tester', at: '2026-01-01T00:00:00.000Z', reason: '' };
const response = (made: Correction | undefined, undone?: Correction): CurateResponse => ({
  ...(made ? { made } : {}),
  ...(undone ? { undone } : {}),
  nodes: 0,
  edges: 0,
  corrections: [],
  stale: [],
  suggestions: [],
});

describe('survivingSelection', () => {
  const merge: Correction = { id: 'c1', op: 'merge', args: { from: ref(WANGJING, '望京街道总工会'), into: ref(CHAOYANG, '朝阳区总工会') }, ...tail };
  const rename: Correction = { id: 'c2', op: 'rename', args: { node: ref(WANGJING, '望京街道总工会'), name: '望京工会' }, ...tail };

  it('stays on a node the edit left, and follows a node merged away to its target', () => {
    const graph = fixture();
    expect(survivingSelection(CHAOYANG, graph, response(merge))).toBe(CHAOYANG);
    graph.dropNode(WANGJING);
    expect(survivingSelection(WANGJING, graph, response(merge))).toBe(CHAOYANG);
    expect(survivingSelection(null, graph, response(merge))).toBeNull();
  });

  it('follows a renamed node to its new id, and back when the rename is undone', () => {
    const graph = fixture();
    graph.dropNode(WANGJING);
    graph.addNode('Union:望京工会', { label: 'Union', name: '望京工会', aliases: ['望京街道总工会'], corrections: ['c2'], mentions: 1, firstSource: 'a', lastSource: 'a' });
    expect(survivingSelection(WANGJING, graph, response(rename))).toBe('Union:望京工会');
    const undone = fixture();
    expect(survivingSelection('Union:望京工会', undone, response(undefined, rename))).toBe(WANGJING);
  });

  it('lets a dropped node go', () => {
    const graph = fixture();
    graph.dropNode(WANGJING);
    expect(survivingSelection(WANGJING, graph, response({ id: 'c3', op: 'drop', args: { node: ref(WANGJING, '望京街道总工会') }, ...tail }))).toBeNull();
  });
});
