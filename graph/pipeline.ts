// The whole in-memory pipeline behind `build` (and `start`): records → graph → corrections →
// analytics → layout, each stage timed so callers can report progress.
import type { ArticleRecord } from '../extractor/index.js';
import { assignAnalytics, type AnalyticsOptions } from './analytics/index.js';
import { undirectedProjection } from './analytics/projection.js';
import { type BuildSource, type KgGraph, buildGraph } from './build.js';
import { applyCorrections, type StaleCorrection } from './curate/apply.js';
import type { Correction } from './curate/correction.js';
import { assignLayout, type LayoutSettings } from './layout.js';

export type PipelineStage = 'build' | 'corrections' | 'analytics' | 'layout';

export interface PipelineOptions {
  /** An existing graph to add the records to (`build --append`); it is not modified. */
  base?: KgGraph;
  /** Analysts' corrections (corrections.json), applied after the build, before analytics. */
  corrections?: readonly Correction[];
  analytics?: AnalyticsOptions;
  layout?: LayoutSettings;
  /** Called when a stage starts. */
  onStage?: (stage: PipelineStage) => void;
}

export interface PipelineResult {
  graph: KgGraph;
  warnings: string[];
  /** With corrections (even none): the graph as built, before them (what `--append` and `curate` start from). */
  uncorrected?: KgGraph;
  /** Corrections that found nothing to act on. */
  stale: StaleCorrection[];
}

export function buildKnowledgeGraph(
  records: readonly ArticleRecord[],
  sources: readonly BuildSource[] = [],
  options: PipelineOptions = {},
): PipelineResult {
  options.onStage?.('build');
  const { graph: built, warnings } = buildGraph(records, sources, options.base);
  if (options.corrections === undefined) {
    analyzeGraph(built, options);
    return { graph: built, warnings, stale: [] };
  }
  options.onStage?.('corrections');
  const { graph, stale } = applyCorrections(built, options.corrections);
  analyzeGraph(graph, options);
  return { graph, warnings, uncorrected: built, stale };
}

/** Analytics and layout, on a graph just built or just corrected. */
export function analyzeGraph(graph: KgGraph, options: Pick<PipelineOptions, 'analytics' | 'layout' | 'onStage'> = {}): void {
  options.onStage?.('analytics');
  // One projection serves betweenness, communities and the layout.
  const projection = undirectedProjection(graph);
  assignAnalytics(graph, options.analytics, projection);
  options.onStage?.('layout');
  assignLayout(graph, options.layout, projection);
}
