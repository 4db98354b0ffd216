// The whole in-memory pipeline behind `build` (and `start`): records → graph → analytics →
// layout, each stage timed so callers can report progress.
import type { ArticleRecord } from '../extractor/index.js';
import { assignAnalytics, type AnalyticsOptions } from './analytics/index.js';
import { undirectedProjection } from './analytics/projection.js';
import { type BuildSource, type KgGraph, buildGraph } from './build.js';
import { assignLayout, type LayoutSettings } from './layout.js';

export type PipelineStage = 'build' | 'analytics' | 'layout';

export interface PipelineOptions {
  /** An existing graph to add the records to (`build --append`); it is not modified. */
  base?: KgGraph;
  analytics?: AnalyticsOptions;
  layout?: LayoutSettings;
  /** Called when a stage starts. */
  onStage?: (stage: PipelineStage) => void;
}

export function buildKnowledgeGraph(
  records: readonly ArticleRecord[],
  sources: readonly BuildSource[] = [],
  options: PipelineOptions = {},
): { graph: KgGraph; warnings: string[] } {
  options.onStage?.('build');
  const { graph, warnings } = buildGraph(records, sources, options.base);
  options.onStage?.('analytics');
  // One projection serves betweenness, communities and the layout.
  const projection = undirectedProjection(graph);
  assignAnalytics(graph, options.analytics, projection);
  options.onStage?.('layout');
  assignLayout(graph, options.layout, projection);
  return { graph, warnings };
}
