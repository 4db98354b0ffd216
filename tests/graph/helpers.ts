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
