// The activity a title reports when the article names no event: 某医院工会元宵节慰问一线职工 is
// about one visit, printed as what the union did (GUIDELINES: an unnamed activity is an Initiative
// when it is the subject of the article). Only a title that begins with a union and goes on with a
// verb of union work counts, so a headline about a result (某地新增八个职工之家) makes no event.
import type { Candidate } from './candidate.js';
import type { ArticleView } from './view.js';

/** Verbs of union work that make the rest of a title one activity. */
const ACTIVITY = /^(?:走访慰问|慰问|看望|走访|开展|举办|组织|召开|举行|送|走进|帮扶|关爱|探望)/;

/** Before the verb: a day or season (元宵节, 春节前夕, 近日), nothing else. */
const WHEN = /^(?:\p{Script=Han}{0,4}?(?:节|前夕|期间|之际)|近日|日前)*$/u;

/** The rest of the title is a name only when it is short and one clause. */
const ONE_CLAUSE = /^[\p{Script=Han}“”0-9]{4,20}$/u;

/**
 * The title's activity as an Initiative candidate, or undefined. `unions`: the union candidates,
 * sorted by start; `initiatives`: those found elsewhere (any named one means the article names its
 * event and the title's wording is not needed).
 */
export function titleActivity(view: ArticleView, unions: readonly Candidate[], initiatives: readonly Candidate[]): Candidate | undefined {
  if (initiatives.some((i) => !i.anaphor)) return undefined;
  const { text, titleRange } = view;
  const union = unions.find((u) => u.start === titleRange.start && !u.anaphor);
  if (union === undefined) return undefined;
  let end = titleRange.end;
  while (end > union.end && /[\s，。！？!?]/.test(text[end - 1]!)) end--;
  const rest = text.slice(union.end, end);
  if (!ONE_CLAUSE.test(rest)) return undefined;
  let verb = 0;
  while (verb <= 6 && !(ACTIVITY.test(rest.slice(verb)) && WHEN.test(rest.slice(0, verb)))) verb++;
  if (verb > 6) return undefined;
  return { type: 'Initiative', start: union.end, end, name: rest, key: rest };
}
