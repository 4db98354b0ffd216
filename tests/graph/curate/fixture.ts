// Invented pages for the curation tests: a street union printed with and without its district
// (朝阳区望京街道总工会 / 望京街道总工会), sibling unions of two districts, two editions of one games,
// a company also printed as 光明公司, and a 李四 who is no person of note.
import { fileURLToPath } from 'node:url';
import { buildGraph, type KgGraph } from '../../../graph/build.js';
import type { CorrectionOf, CorrectionOp, EntityRef } from '../../../graph/curate/correction.js';
import { refOf } from '../../../graph/curate/match.js';
import { readRecords } from '../../../graph/records.js';

export const CURATE_FIXTURES = fileURLToPath(new URL('../../fixtures/curate/', import.meta.url));
export const PAGE_1 = `${CURATE_FIXTURES}page-1.jsonl`;
export const PAGE_2 = `${CURATE_FIXTURES}page-2.jsonl`;
/** page-1 as a later extractor run names it: the company is 北京光明科技有限公司, its old name an alias. */
export const PAGE_1_RENAMED = `${CURATE_FIXTURES}page-1-renamed.jsonl`;

export const STREET_UNION = 'Union:朝阳区望京街道总工会';
export const SHORT_UNION = 'Union:望京街道总工会';
export const COMPANY = 'Organization:光明科技有限公司';
export const LI_SI = 'Person:李四';
export const GAMES_1 = 'Initiative:第一届职工运动会';
export const GAMES_2 = 'Initiative:第二届职工运动会';

export function buildFrom(...paths: string[]): KgGraph {
  return buildGraph(paths.flatMap((path) => readRecords(path))).graph;
}

let counter = 0;

/** A correction as `curate` would write it, naming nodes of `graph`. */
export function correction<Op extends CorrectionOp>(graph: KgGraph, op: Op, args: Record<string, string | string[] | undefined>): CorrectionOf<Op> {
  const ref = (id: string): EntityRef => refOf(graph, id);
  const refs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const isNode = ['from', 'into', 'node', 'to', 'a', 'b'].includes(key);
    refs[key] = isNode ? ref(value as string) : value;
  }
  return { id: `c${++counter}`, op, args: refs, by: 'tester', at: '2026-01-01T00:00:00.000Z', reason: '' } as unknown as CorrectionOf<Op>;
}
