// The evaluation sets the project carries: the seed pages with their gold, and the real-news
// development set (tests/fixtures/real-news). `gonghui-kg eval` with no arguments scores both.
import { fileURLToPath } from 'node:url';

export interface EvalSet {
  /** Short name used in reports and `--set`. */
  name: string;
  /** What the set is, for the report's heading. */
  description: string;
  gold: string;
  inputs: string[];
}

// This file is dist/cli/eval-sets.js once built; the sets live in the repository beside dist/.
const repoPath = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const EVAL_SETS: readonly EvalSet[] = [
  { name: 'seeds', description: 'the five seed pages', gold: repoPath('seeds/gold'), inputs: [repoPath('seeds')] },
  {
    name: 'real',
    description: 'real news, development set (18 articles)',
    gold: repoPath('tests/fixtures/real-news/gold'),
    inputs: [repoPath('tests/fixtures/real-news/articles')],
  },
];
