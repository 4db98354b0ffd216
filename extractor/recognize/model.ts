// Spans of the named-entity model (extractor/model) beside the rules' candidates. The model finds
// people and bodies named without the suffix, title or verb the rules need (北汽股份, a name in a
// list or a caption); the rules keep the last word where they know better: any span they found
// stays theirs, places come only from the gazetteer, and a name with a union's head word is left
// to the union recognizer. What the model adds must look like a name: no anonymous people (张女士,
// 小张), no generic nouns (企业, 各基层工会), nothing inside 《…》, no single character, nothing
// across a sentence end.
import { surnameAt } from '../lexicon/surnames.js';
import { ANONYMOUS_PREFIXES, ANONYMOUS_SUFFIXES } from '../lexicon/terms.js';
import type { ModelSpan } from '../model/spans.js';
import type { Piece } from '../model/tagger.js';
import { outletSpans } from './home.js';
import { bookTitles, mention, type Recognized } from './index.js';
import { hasProperPart, isCounted, isEventTeam } from './names.js';
import { titleBefore } from './person.js';
import type { ArticleView } from './view.js';

/** Characters a name never holds: punctuation, spaces, sentence ends. */
const NOT_IN_NAME = /[\s，。、；：！？,.;:!?“”"‘’'《》〈〉【】…—·\-]/u;

/** Words that begin a generic reference, not a name (各基层工会, 该公司, 全市企业). */
const GENERIC_START = /^(?:各|该|本|此|其|全|多|众多|广大|相关|有关|一些|部分|这|那|某)/;

/** 各层级各类型的工匠学院, 各类…的: a kind of body spelled out before it, not one body's name. */
const KINDS_BEFORE = /各[^，。；：、！？]{0,10}的$/;

/** A body named by its kind alone (企业, 公司, 单位) is not a name. */
const GENERIC_BODY = /^(?:企业|公司|单位|集团|机关|部门|学校|医院|政府|社区|街道|工会|协会|中心|基层)+$/;

/** Endings of a kind of body (市交通运输部门) or of people (北京大工匠, 技术能手), not of one body's name. */
const NOT_BODY_END = /(?:部门|单位|工匠|劳模|模范|能手|标兵|先锋|人才)$/;

/** What the union recognizer decides: a name ending in a union's head is its own to find or reject. */
const UNION_HEAD = /工会(?:工作委员会|委员会|联合会|服务站)?$/;
/** A union's own team (某工会志愿服务队) is part of the union, as the rules read it. */
const UNION_TEAM = /工会\p{Script=Han}{0,6}队$/u;

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** The items of a 等-list are what its kind says (白鹭、灰鹤等珍稀候鸟): animals and plants are no people. */
const LISTED_ITEM = /^(?:、[^、，。；：！？\s]{1,8})*等([^，。；：！？\s]{0,12})/u;
const NOT_PEOPLE_KIND = /(?:鸟|禽|鹤|鸭|雁|鱼|兽|动物|植物|物种|品种|花卉|树种|候鸟)/;

function listsThings(text: string, end: number): boolean {
  const list = LISTED_ITEM.exec(text.slice(end, end + 80));
  return list !== null && NOT_PEOPLE_KIND.test(list[1]!);
}

const codePoints = (s: string): number => [...s].length;

function isPersonName(name: string): boolean {
  if (!HAN_ONLY.test(name) || codePoints(name) < 2 || codePoints(name) > 4) return false;
  if (ANONYMOUS_PREFIXES.some((p) => name.startsWith(p)) && codePoints(name) === 2) return false;
  if (ANONYMOUS_SUFFIXES.some((s) => name.endsWith(s))) return false;
  return surnameAt(name, 0) !== undefined && surnameAt(name, 0)!.length < name.length;
}

function isBodyName(name: string): boolean {
  return codePoints(name) >= 3 && !GENERIC_START.test(name) && !GENERIC_BODY.test(name) && !NOT_BODY_END.test(name) && !UNION_HEAD.test(name) && !UNION_TEAM.test(name);
}

/**
 * A body's span widened to the jieba word it starts inside (靠山集村代表队 read as 山集村代表队 cuts
 * 靠山): a name begins with a word. Persons are left as they are: jieba runs a name into the next
 * character often (张晶摄).
 */
function snapped(view: ArticleView, span: ModelSpan): ModelSpan {
  const first = view.tokens[view.tokenAt[span.start]!]!;
  const start = first.start < span.start && HAN_ONLY.test(first.word) ? first.start : span.start;
  return { ...span, start: listItemStart(view.text, start, span.end) };
}

/**
 * An item of a 、-list begins at the list mark (、宏图远景科技股份有限公司、 read from 远景): a body the
 * model starts a few characters after the mark, and which ends where the item ends, is the whole item.
 */
function listItemStart(text: string, start: number, end: number): number {
  if (!/[、等，。；]/.test(text[end] ?? '')) return start;
  for (let at = start - 1; at >= Math.max(0, start - 3); at--) {
    if (text[at] === '、') return at + 1;
    if (!HAN_ONLY.test(text[at]!)) return start;
  }
  return start;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** The rules' candidates (recognizeAll's, in its order) with the model's added, in that order. */
export function withModelSpans(view: ArticleView, recognized: readonly Recognized[], spans: readonly ModelSpan[]): Recognized[] {
  // The rules alone (no model, or no span proposed) add nothing: no titles, outlets or sort to find.
  if (spans.length === 0) return [...recognized];
  const { text } = view;
  const books = bookTitles(text);
  // 新华社西宁…电, 来源：某报: an outlet named as the source is not a body in the news.
  const outlets = outletSpans(text);
  const added: Recognized[] = [];
  for (const found of spans) {
    if (found.kind === 'location') continue;
    const span = found.kind === 'person' ? found : snapped(view, found);
    const name = text.slice(span.start, span.end);
    if (NOT_IN_NAME.test(name) || books.some((b) => overlaps(b, span))) continue;
    if (added.some((a) => overlaps(a, span))) continue;
    if (span.kind === 'person') {
      if (!isPersonName(name) || recognized.some((r) => overlaps(r, span)) || listsThings(text, span.end)) continue;
      // A post printed right before the name is the person's, as for the names the rules find after one.
      const title = titleBefore(text, span.start);
      added.push(mention({ type: 'Person', start: span.start, end: span.end, name, roles: title === undefined ? [] : [title] }, false));
    } else {
      // 5家首都工匠学院 counts a kind of body; it names none.
      if (!isBodyName(name) || isCounted(text, span.start) || KINDS_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) continue;
      // 工匠学院 where the article names 首都工匠学院 and the like: the kind, said without its name.
      const lastWord = view.tokens[view.tokenAt[span.end - 1]!]!;
      const generic = !hasProperPart(view, span.start, Math.max(span.start, lastWord.start));
      if (generic && recognized.some((r) => r.name.length > name.length && r.name.endsWith(name))) continue;
      if (isEventTeam(text, span.start, span.end) || outlets.some((o) => o.start <= span.start && span.end <= o.end)) continue;
      // A place may begin or sit inside a body's name (东城区体育局); anything else the rules found there is theirs.
      const clash = recognized.some((r) => overlaps(r, span) && !(r.place !== undefined && span.start <= r.start && r.end <= span.end && r.end - r.start < name.length));
      if (clash) continue;
      added.push(mention({ type: 'Organization', start: span.start, end: span.end, name }, false));
    }
  }
  return [...recognized, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Longest piece the model reads at once: a longer sentence is cut after a comma (or anywhere). */
const MAX_PIECE = 256;
const BREAKS = /[，、；,;\s]/;

/** The ranges of the view text the model reads: its sentences, long ones cut into pieces. */
export function modelPieces(view: ArticleView): Piece[] {
  const { text } = view;
  const pieces: Piece[] = [];
  for (const sentence of view.sentences) {
    let from = sentence.start;
    while (sentence.end - from > MAX_PIECE) {
      let cut = from + MAX_PIECE;
      for (let k = cut; k > from + MAX_PIECE / 2; k--) {
        if (BREAKS.test(text[k - 1]!)) {
          cut = k;
          break;
        }
      }
      // Never between the two halves of a character outside the BMP.
      if (/[\udc00-\udfff]/.test(text[cut]!)) cut--;
      pieces.push({ text, start: from, end: cut });
      from = cut;
    }
    pieces.push({ text, start: from, end: sentence.end });
  }
  return pieces;
}
