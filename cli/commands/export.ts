// `gonghui-kg export <graph> --format <format> --out <path>`. Each format is one entry in
// FORMATS: add a format by adding an entry (its writer is imported only when chosen).
import type { Command } from 'commander';
import type { KgGraph } from '../../graph/model.js';
import { parseWindow } from '../window.js';
import { loadGraphArgument } from './stats.js';
import { addConnectionOptions, graphFromNeo4jFlags, type FromNeo4jFlags } from './neo4j.js';

interface ExportFormat {
  description: string;
  /** What --out names for this format. */
  out: string;
  /** Writes the export; returns the files written. */
  write: (graph: KgGraph, out: string) => Promise<string[]>;
}

const FORMATS: Record<string, ExportFormat> = {
  gexf: {
    description: 'GEXF 1.3 for Gephi and networkx (laid out, colored by label, sized by PageRank)',
    out: 'file',
    write: async (graph, out) => ((await import('../../graph/export/gexf-file.js')).exportGexf(graph, out), [out]),
  },
  graphml: {
    description: 'GraphML for networkx, igraph, yEd, Cytoscape',
    out: 'file',
    write: async (graph, out) => ((await import('../../graph/export/graphml.js')).exportGraphml(graph, out), [out]),
  },
  csv: {
    description: 'nodes.csv + relationships.csv for `neo4j-admin database import full --multiline-fields=true`',
    out: 'folder',
    write: async (graph, out) => {
      const { nodes, relationships } = (await import('../../graph/export/csv.js')).exportCsv(graph, out);
      return [nodes, relationships];
    },
  },
  json: {
    description: 'graphology serialization (graph.import / Graph.from)',
    out: 'file',
    write: async (graph, out) => ((await import('../../graph/export/json.js')).exportJson(graph, out), [out]),
  },
  cypher: {
    description: 'MERGE script for `cypher-shell -f`',
    out: 'file',
    write: async (graph, out) => ((await import('../../graph/export/cypher.js')).exportCypher(graph, out), [out]),
  },
  html: {
    description: 'one self-contained .html: the viewer with the graph inside, opens from file://',
    out: 'file',
    write: async (graph, out) => ((await import('../../viewer/server/export-html.js')).exportHtml(graph, out), [out]),
  },
};

export function register(program: Command): void {
  addConnectionOptions(program
    .command('export')
    .description('export a built graph to GEXF, GraphML, neo4j-admin CSV, JSON, a Cypher script or a self-contained HTML viewer')
    .argument('[graph]', 'graph.json, or the folder `gonghui-kg build` wrote it into')
    .option('--from-neo4j', 'export what --query returns from Neo4j instead of a graph file')
    .option('--query <cypher>', 'with --from-neo4j: a read-only query returning nodes, relationships or paths')
    .requiredOption('-f, --format <format>', `one of: ${Object.keys(FORMATS).join(', ')}`)
    .requiredOption('-o, --out <path>', 'output file (for csv: an existing folder)')
    .option('--since <date>', 'keep only evidence from articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--until <date>', 'keep only evidence from articles dated on or before this day')
    .addHelpText('after', `\nFormats:\n${Object.entries(FORMATS).map(([name, f]) => `  ${name.padEnd(8)} ${f.description} (--out: ${f.out})`).join('\n')}\n`))
    .action(async (path: string | undefined, options: { format: string; out: string; since?: string; until?: string } & FromNeo4jFlags) => {
      const { KgError } = await import('../../extractor/errors.js');
      const window = parseWindow('export', options.since, options.until);
      const format = FORMATS[options.format];
      if (format === undefined) throw new KgError('export', `unknown format "${options.format}"; expected one of: ${Object.keys(FORMATS).join(', ')}`);
      if (format.out === 'folder') {
        const { existsSync, statSync } = await import('node:fs');
        if (!existsSync(options.out) || !statSync(options.out).isDirectory()) {
          throw new KgError('export', `--out ${options.out}: ${options.format} writes two files and needs an existing folder`);
        }
      }
      let graph = options.fromNeo4j === true || path === undefined ? await graphFromNeo4jFlags(path, options) : await loadGraphArgument(path);
      if (window !== undefined) {
        graph = (await import('../../graph/build.js')).windowGraph(graph, window);
        // Centrality and communities of the window, not of the whole graph; positions stay, so windows line up.
        (await import('../../graph/analytics/index.js')).assignAnalytics(graph);
        if (graph.order === 0) throw new KgError('export', `${path ?? 'the query'}: no article is dated within --since/--until; nothing to export`);
      }
      if (graph.order === 0) throw new KgError('export', `${path ?? 'the query'}: the graph has no nodes; nothing to export`);
      const written = await format.write(graph, options.out);
      process.stderr.write(`gonghui-kg export: wrote ${written.join(', ')} (${graph.order} nodes, ${graph.size} edges)\n`);
    });
}
