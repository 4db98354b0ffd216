// `gonghui-kg start` (what `npm start` runs): segments the seed pages and prints what it found.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { renderTable } from '../format/table.js';
import { readAndSegment } from './segment.js';

/** The seed pages shipped in the repository (this file is dist/cli/commands/start.js). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

const KINDS = ['news', 'photo', 'reprint', 'continuation'] as const;

export function register(program: Command): void {
  program
    .command('start')
    .description('segment the seed pages in seeds/ and print a summary (what `npm start` runs)')
    .action(async () => {
      const pages = await readAndSegment([SEEDS_DIR]);
      const rows = pages.map(({ source, articles }) => [
        source.name,
        source.encoding,
        String(articles.length),
        ...KINDS.map((kind) => String(articles.filter((article) => article.kind === kind).length)),
      ]);
      const total = pages.reduce((sum, { articles }) => sum + articles.length, 0);
      process.stdout.write(renderTable(['page', 'encoding', 'articles', ...KINDS], rows));
      process.stdout.write(`\n${total} articles on ${pages.length} pages in ${SEEDS_DIR}\n`);
      process.stdout.write('List them with: npx gonghui-kg segment seeds --format table\n');
    });
}
