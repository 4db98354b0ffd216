// `gonghui-kg export <graph> --format <format> --out <path>`. Each format is one entry in
// FORMATS: add a format by adding an entry (its writer is imported only when chosen).
import type { Command } from 'commander';
import type { KgGraph } from '../../graph/build.js';
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
    .addHelpText('after', `\nFormats:\n${Object.entries(FORMATS).map(([name, f]) => `  ${name.padEnd(8)} ${f.description} (--out: ${f.out})`).join('\n')}\n`))
    .action(async (path: string | undefined, options: { format: string; out: string } & FromNeo4jFlags) => {
      const { KgError } = await import('../../extractor/errors.js');
      const format = FORMATS[options.format];
      if (format === undefined) throw new KgError('export', `unknown format "${options.format}"; expected one of: ${Object.keys(FORMATS).join(', ')}`);
      if (format.out === 'folder') {
        const { existsSync, statSync } = await import('node:fs');
        if (!existsSync(options.out) || !statSync(options.out).isDirectory()) {
          throw new KgError('export', `--out ${options.out}: ${options.format} writes two files and needs an existing folder`);
        }
      }
      const graph = options.fromNeo4j === true || path === undefined ? await graphFromNeo4jFlags(path, options) : await loadGraphArgument(path);
      if (graph.order === 0) throw new KgError('export', `${path ?? 'the query'}: the graph has no nodes; nothing to export`);
      const written = await format.write(graph, options.out);
      process.stderr.write(`gonghui-kg export: wrote ${written.join(', ')} (${graph.order} nodes, ${graph.size} edges)\n`);
    });
}
