// `gonghui-kg stats <graph>`: what a built graph holds and its most central entities.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { KgGraph } from '../../graph/model.js';
import type { GraphSummary } from '../../graph/summary.js';
import type { YearTable } from '../../graph/years.js';
import { renderTable } from '../format/table.js';

/** A graph argument may name graph.json itself or the folder `build` wrote it into. */
export function graphPath(path: string): string {
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'graph.json') : path;
}

export async function loadGraphArgument(path: string): Promise<KgGraph> {
  const { loadGraph } = await import('../../graph/store/json.js');
  return loadGraph(graphPath(path));
}

/** The summary block shared by `build` and `stats`. */
export function formatSummary(summary: GraphSummary, warnings?: number): string {
  const labels = Object.entries(summary.nodesByLabel).filter(([, n]) => n > 0);
  const types = Object.entries(summary.edgesByType).filter(([, n]) => n > 0);
  return [
    `sources   ${summary.sources}`,
    `articles  ${summary.articles}`,
    `nodes     ${summary.nodes}`,
    ...labels.map(([label, n]) => `  ${label.padEnd(14)}${n}`),
    `edges     ${summary.edges}`,
    ...types.map(([type, n]) => `  ${type.padEnd(16)}${n}`),
    ...(warnings === undefined ? [] : [`warnings  ${warnings}`]),
  ].join('\n') + '\n';
}

/** Articles, nodes and edges per year; a graph without dates says so in one line. */
export function formatYears(table: YearTable): string {
  if (table.years.length === 0) return 'dates     none (no article is dated)\n';
  const rows = table.years.map((y) => [y.year, String(y.articles), String(y.nodes), String(y.edges)]);
  if (table.undatedArticles > 0) rows.push(['undated', String(table.undatedArticles), '', '']);
  return `\nPer year\n${renderTable(['year', 'articles', 'nodes', 'edges'], rows)}`;
}

export function register(program: Command): void {
  program
    .command('stats')
    .description('print what a graph holds: articles, nodes per label, edges per type, articles, nodes and edges per year, and the top entities by PageRank')
    .argument('<graph>', 'graph.json, or the folder `gonghui-kg build` wrote it into')
    .option('--top <n>', 'how many top entities to list', '10')
    .action(async (path: string, options: { top: string }) => {
      const { KgError } = await import('../../extractor/errors.js');
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 0) throw new KgError('stats', `--top expects a non-negative integer, got "${options.top}"`);
      const graph = await loadGraphArgument(path);
      const { summarizeGraph, topByPagerank } = await import('../../graph/summary.js');
      process.stdout.write(formatSummary(summarizeGraph(graph)));
      const { countByYear } = await import('../../graph/years.js');
      process.stdout.write(formatYears(countByYear(graph)));
      const ranked = topByPagerank(graph, top);
      if (ranked.length === 0) return;
      process.stdout.write(`\nTop ${ranked.length} entities by PageRank\n`);
      const rows = ranked.map((n, i) => [String(i + 1), n.name, n.label, n.pagerank.toFixed(4), String(n.degree), String(n.mentions)]);
      process.stdout.write(renderTable(['#', 'name', 'label', 'pagerank', 'degree', 'mentions'], rows));
    });
}
