import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../graph/export/json.js';
import { fixtureGraph, tempDir } from './tools.js';

describe('JSON export', () => {
  it('is the graphology serialization, importable by Graph.from', () => {
    const graph = fixtureGraph();
    const path = join(tempDir(), 'graph.json');
    exportJson(graph, path);
    const read = graphology.MultiDirectedGraph.from(JSON.parse(readFileSync(path, 'utf8')));
    expect(read.order).toBe(graph.order);
    expect(read.size).toBe(graph.size);
    expect(read.getNodeAttributes('Union:朝阳区总工会')).toEqual(graph.getNodeAttributes('Union:朝阳区总工会'));
    const edge = 'SUBORDINATE_TO|Union:朝阳区望京街道总工会|Union:朝阳区总工会';
    expect(read.getEdgeAttributes(edge)).toEqual(graph.getEdgeAttributes(edge));
  });
});
