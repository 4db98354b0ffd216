// `gonghui-kg segment <inputs…>`: the articles found on each page, as a table or as JSON.
import { Option, type Command } from 'commander';
import type { Article, Source } from '../../extractor/index.js';
import { renderTable } from '../format/table.js';

export interface SegmentedSource {
  source: Source;
  articles: Article[];
}

/**
 * Reads the inputs, prints a line on stderr for each bad one, and segments the rest.
 * Fails (exit code 2) only when nothing usable was read.
 */
export async function readAndSegment(inputs: string[]): Promise<SegmentedSource[]> {
  const { readInputs, formatWarning, requireSources, segmentSource } = await import('../../extractor/index.js');
  const read = await readInputs(inputs);
  for (const warning of read.warnings) process.stderr.write(`${formatWarning(warning)}\n`);
  return requireSources(read).map((source) => ({ source, articles: segmentSource(source) }));
}

export function formatArticlesTable(articles: Article[]): string {
  const rows = articles.map((article) => [
    article.source,
    String(article.index),
    article.kind,
    article.title || '(continued)',
    article.byline.map(({ name, role }) => `${name} ${role}`).join(', '),
  ]);
  return renderTable(['source', '#', 'kind', 'title', 'byline'], rows);
}

export function register(program: Command): void {
  program
    .command('segment')
    .description('split newspaper pages (.txt, .html; files, folders, globs) into articles and list them')
    .argument('<inputs...>', 'files, directories (searched recursively) or glob patterns')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (inputs: string[], options: { format: 'table' | 'json' }) => {
      const articles = (await readAndSegment(inputs)).flatMap(({ articles }) => articles);
      const { summarizeArticle } = await import('../../extractor/index.js');
      process.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify(articles.map(summarizeArticle), null, 2)}\n`
          : formatArticlesTable(articles),
      );
    });
}
