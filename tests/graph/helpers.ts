// Shared fixture loading for the graph tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../../extractor/types.js';
import { readRecords } from '../../graph/records.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/graph/', import.meta.url));

/** Three articles on two pages, with awkward names (quotes, backslash, backtick, newline, <, &). */
export function twoPages(): ArticleRecord[] {
  return readRecords(`${FIXTURES}two-pages.jsonl`);
}

export const DATES: Record<string, string> = { 'page_a.txt#1': '2023-05-10', 'page_a.txt#2': '2024-02-01', 'page_b.txt#1': '2024-06' };

/** The two-page fixture, its articles dated and its contest stated to run 2023-05-08 to 2023-05-12. */
export function datedPages(): ArticleRecord[] {
  return twoPages().map((r) => {
    const date = DATES[`${r.source}#${r.index}`]!;
    const entities = r.entities.map((e) =>
      e.id === 'Initiative:“匠心杯”职工技能竞赛'
        ? { ...e, when: { text: '5月8日至12日', start: '2023-05-08', end: '2023-05-12', evidence: { start: 0, end: 10, text: '5月8日至12日举行' } } }
        : e,
    );
    return { ...r, date, dateSource: 'manifest' as const, outlet: '朝阳报', entities };
  });
}

export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command (`npx tsc -p tsconfig.build.json` first), stderr not a terminal. */
export function runCli(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
