// Government departments and public bodies named by a level and a department (市人社局, 区城管委,
// 县交通运输局, 省人社厅, 市人大常委会) or by a place and one (泉州市人社局, 丰台区城管委). Local news
// names its own government's departments by the bare level; jieba cuts them anyhow (由市/x, 区人/x
// 社局/x, 市/n 卫/n 健/a 委/zg), so they are read from the characters, not the tokens. A bare level
// is completed with the place in focus during resolution (barePlace).
import { DEPARTMENT_FIELDS, DEPARTMENT_HEADS, WHOLE_BODIES } from '../lexicon/government.js';
import { wordIndex } from '../lexicon/wordset.js';
import type { Candidate } from './candidate.js';
import { byEnd } from './ordered-spans.js';
import { scanPlaces } from './places.js';
import type { ArticleView } from './view.js';

const FIELDS = wordIndex([...DEPARTMENT_FIELDS.keys()]);
const HEADS = wordIndex(DEPARTMENT_HEADS);
const WHOLE = wordIndex(WHOLE_BODIES);

/** Levels a department is named by when its place goes without saying. */
const LEVEL = /^[省市区县]$/;
/** What may come right before a bare level: a clause word (由市…, 和区…, 该区…), when jieba glued them. */
const BEFORE_LEVEL = /[由和与及同经向对在是为将把被据了的到从等即并或暨请邀该本会]/;
/** Before a level, these make it every place of that level, not one (各区人社局, 全市教育局). */
const EVERY = /[各全多每两几外邻诸]/;
/** A head that goes on into another word (教育办学, 交通委员) is no head. */
const HEAD_GOES_ON = /^(?:办[学理好法成公]|委员(?!会))/;

/** The department starting at `pos` (its end and head: 局 of 人社局, the whole 政协), or undefined. */
function bodyAt(text: string, pos: number): { end: number; head: string } | undefined {
  const whole = WHOLE.startingAt(text, pos);
  const field = FIELDS.startingAt(text, pos);
  const head = field === undefined ? undefined : HEADS.startingAt(text, pos + field.length);
  const headed = head !== undefined && !HEAD_GOES_ON.test(text.slice(pos + field!.length, pos + field!.length + 3));
  if (headed && (whole === undefined || field!.length + head.length > whole.length)) return { end: pos + field!.length + head.length, head };
  return whole === undefined ? undefined : { end: pos + whole.length, head: whole };
}

export function recognizeDepartments(view: ArticleView): Candidate[] {
  const { text, tokens, tokenAt } = view;
  const placesEnding = byEnd(scanPlaces(view));
  const found: Candidate[] = [];
  for (let pos = 1; pos < text.length; pos++) {
    const body = bodyAt(text, pos);
    if (body === undefined) continue;
    const { end, head } = body;
    // A place's name right before the department is part of the name (泉州市人社局, 北京市丰台区城管委).
    let start = pos;
    for (let before = placesEnding.get(start); before !== undefined; before = placesEnding.get(start)) {
      const place = before.find((p) => !p.shortForm || LEVEL.test(text[p.end - 1]!));
      if (place === undefined) break;
      start = place.start;
    }
    let barePlace: Candidate['barePlace'];
    if (start === pos) {
      const level = text[pos - 1]!;
      if (!LEVEL.test(level)) continue;
      const token = tokens[tokenAt[pos - 1]!]!;
      if (token.end === pos && token.start < pos - 1 && token.tag === 'ns') {
        // A place jieba knows and the gazetteer does not (某某市人社局).
        start = token.start;
      } else {
        const prior = text[pos - 2] ?? '';
        const boundary = token.start === pos - 1 || !/\p{Script=Han}/u.test(prior) || BEFORE_LEVEL.test(prior);
        if (!boundary || EVERY.test(prior)) continue;
        start = pos - 1;
        barePlace = level as Candidate['barePlace'];
      }
    }
    const candidate: Candidate = { type: 'Organization', start, end, name: text.slice(start, end), head };
    if (barePlace !== undefined) candidate.barePlace = barePlace;
    found.push(candidate);
    pos = end - 1;
  }
  return found;
}
