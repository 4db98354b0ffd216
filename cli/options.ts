// Option values shared by several commands, checked once so every command says the same thing.
import { KgError } from '../extractor/errors.js';

/** `--workers <n>`: extraction threads, a whole number ≥ 1; undefined leaves the default (one per core). */
export function parseWorkers(command: string, value: string | undefined): { workers?: number } {
  if (value === undefined) return {};
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1) {
    throw new KgError(command, `--workers expects a whole number of at least 1, got "${value}"`);
  }
  return { workers };
}

/** `--home <place>`: where the pages come from when nothing in a page says (ExtractOptions.home). */
export const HOME_OPTION_HELP =
  'where the pages come from when a page does not say: a province or city (北京, 杭州) or a union paper (劳动午报); completes 市总工会 and the like';
