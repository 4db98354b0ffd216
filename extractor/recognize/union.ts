// Union: any trade-union body, named in full as printed (北京市总工会, 朝阳区望京街道总工会,
// 北京通州城建发展集团有限公司工会委员会). Short forms that only the article can complete
// (市总工会, 区总工会, 该街道总工会) are marked as anaphors for resolution.
import type { Candidate } from './candidate.js';
import { leadingPlaces, scanPlaces } from './places.js';
import { byEnd } from './ordered-spans.js';
import { hasProperPart, isCounted, nameStart } from './names.js';
import { surnameAt } from '../lexicon/surnames.js';
import type { ArticleView, Token } from './view.js';

/**
 * What may follow 工会 and still be a union's own name: its committee, federation, service post,
 * group (车间工会小组), and its women workers' committee (集团工会女职工委员会, a body of the union).
 */
const AFTER_GONGHUI = ['女职工委员会', '工作委员会', '委员会', '联合会', '服务站', '小组'];

/** A branch of a union named after its unit (交通运输局工会交通行政服务中心分会): up to 分会, within the name. */
const BRANCH_AFTER = /^[\u4e00-\u9fff]{2,12}?分会(?!场)/;

/** How the name of a branch union ends (…分会, …分工会, …工会小组, …车间工会, …分公司工会). */
export const BRANCH_NAME = /(?:分会|分工会|工会小组|车间工会|分公司工会|分厂工会|支会)$/;

/**
 * The trade or sector an industry union is named for (市教育工会, 区医疗卫生工会, 能源工会委员会):
 * with a place or a bare 省/市/区/县 before it, a union of its own.
 */
const INDUSTRY = /(?:教育|教科文卫|医疗卫生|卫生健康|卫生|卫健|医务|邮政|通信|电子|汽车|烟草|港口|航运|林业|水务|供销|粮食|交通运输|交通|能源|建设|建筑|建材|金融|邮电|机械冶金|机械|冶金|化工|石油|纺织|轻工|财贸|商贸|农林水|农林|农业|水利|科技|文化|旅游|体育|电力|铁路|民航|海员|国防|工业|公路|城建|环卫|机关|直属机关)(?:产业|系统|行业)?$/;

/** A prefix made only of these words leaves the union unnamed (bare 工会, 基层工会, 产业工会 as a kind). */
const GENERIC_PREFIX = /^(?:总|各|各级|各类|基层|本|该|其|此|全体|所在|企业|单位|相关|广大|各基层|分|首都|首都总|乡镇总|县区|区县|产业|行业|双重|处)$/;
/** Words naming the body a union belongs to. */
const OWNER = /(?:医院|公司|集团|中心|社区|行业|产业|系统|学校|大学|学院|委|局|站|协会|机关|园区|商圈|楼宇|街道|地区|乡|镇|村|厂|店|所|院|部|队)/;

/** Words ending like an owner that are not one (布局工会 is 布局 + 工会). */
const NOT_OWNER = /(?:布局|格局|大局|开局|结局|全局)$/;

/** Abstract nouns 工会 qualifies in a slogan (贡献工会力量, 传递工会温度): no union's name ends there. */
const ABSTRACT_AFTER = /^(?:力量|温度|声音|智慧|担当|故事)/;

/** A preposition jieba ran into a short form (据市/x 总工会): it is not part of the name. */
const PREPOSITION_FIRST = /^[据在向为由对从经被与和同给]/;

/** 为 or 任 before a level's own union (…为区总工会, …任市总工会): a post given in that union. */
const APPOINTED_TO = /[为任](?:省|自治区|市|区|县|镇|乡|街道)总?$/;

/** Prefixes that point at a union the article names elsewhere. */
const ANAPHOR_PREFIX = /^(?:该|本|其)?(?:省|自治区|市|区|高新区|经开区|开发区|新区|县|镇|乡|街道|地区|社区|园区|公司|集团|分局|局|系统|行业)?(?:联合|总)?$/;

/**
 * 王某代表大泽镇总工会致辞: a person speaking on behalf of a union is not part of its name. The
 * start moves past a person's name and 代表 when they begin the walked-back name.
 */
/** A person's name as jieba leaves it: tagged a name, or an unknown word of two to four characters after a surname. */
function personLike(token: Token): boolean {
  if (token.tag.startsWith('nr')) return true;
  return token.tag === 'x' && /^[\u4e00-\u9fff]{2,4}$/.test(token.word) && surnameAt(token.word, 0) !== undefined;
}

function afterSpokesman(view: ArticleView, start: number, at: number): number {
  const { tokens, tokenAt } = view;
  for (let k = tokenAt[start]!; k + 1 < tokens.length && tokens[k + 1]!.end <= at; k++) {
    if (tokens[k + 1]!.word === '代表' && personLike(tokens[k]!)) return tokens[k + 1]!.end;
  }
  return start;
}

/**
 * 西宁市、海东市总工会: places listed before a place's union share its head, each naming its own
 * union (西宁市总工会). Each is a mention at the place's name, named in full.
 */
function sharingHead(view: ArticleView, union: Candidate, head: string, placesEnding: Map<number, Candidate[]>): Candidate[] {
  const found: Candidate[] = [];
  for (let pos = union.start; view.text[pos - 1] === '、'; ) {
    const place = placesEnding.get(pos - 1)?.find((p) => !p.shortForm);
    if (place === undefined) break;
    found.push({ type: 'Union', start: place.start, end: place.end, name: place.name + head, head });
    pos = place.start;
  }
  return found;
}

export function recognizeUnions(view: ArticleView): Candidate[] {
  const { text } = view;
  const found: Candidate[] = [];
  const placesEnding = byEnd(scanPlaces(view));
  // The next 工会 from where the scan stands, searched once for the whole text: a sentence without
  // one would otherwise search on to the next sentence that has one (sentences are in text order).
  let next = text.indexOf('工会');
  for (const sentence of view.sentences) {
    if (next < 0) break;
    if (next < sentence.start) next = text.indexOf('工会', sentence.start);
    for (;;) {
      const at = next;
      if (at < 0 || at >= sentence.end) break;
      next = text.indexOf('工会', at + 2);
      let end = at + 2;
      const tail = AFTER_GONGHUI.find((w) => text.startsWith(w, end));
      // Where a branch's part follows, the union it belongs to ends at this 工会.
      let unionEnd: number | undefined;
      if (tail) end += tail.length;
      else {
        const branch = BRANCH_AFTER.exec(text.slice(end, Math.min(end + 14, sentence.end)));
        if (branch) {
          unionEnd = end;
          end += branch[0].length;
        }
      }
      // 工会 run on into Latin letters or digits (…工会App) names an app, not a union.
      if (/[A-Za-z0-9]/.test(text[end] ?? '')) continue;
      if (ABSTRACT_AFTER.test(text.slice(end, end + 2))) continue;
      let start = nameStart(view, at, sentence.start);
      if (PREPOSITION_FIRST.test(text[start] ?? '') && ANAPHOR_PREFIX.test(text.slice(start + 1, at))) start++;
      start = afterSpokesman(view, start, at);
      // 选举刘洋为区总工会副主席: the person named to a post in the union is not part of its name.
      const appointed = APPOINTED_TO.exec(text.slice(start, at));
      if (appointed) start += appointed.index + 1;
      // A bare 省/市/区/县 that jieba tags as no noun (县/zg) still begins the short form (县总工会).
      const before = start > sentence.start ? view.tokens[view.tokenAt[start - 1]!]! : undefined;
      if (/^总?$/.test(text.slice(start, at)) && before?.start === start - 1 && /^[省市区县]$/.test(before.word)) start--;
      const prefix = text.slice(start, at);
      // 工会工会 is a stutter, not a name; 5家…工会驿站 counts a kind of union, it names none.
      if (prefix === '' || GENERIC_PREFIX.test(prefix) || prefix.endsWith('工会') || isCounted(text, start)) continue;
      // A union is named by a place, a proper name or the body it belongs to (长辛店医院工会), not by a
      // clause word (建立健全工会, 新业态工会).
      if (!ANAPHOR_PREFIX.test(prefix) && !(OWNER.test(prefix) && !NOT_OWNER.test(prefix)) && !INDUSTRY.test(prefix) && !hasProperPart(view, start, at)) continue;
      const name = text.slice(start, end);
      const candidate: Candidate = { type: 'Union', start, end, name, head: text.slice(at, end) };
      if (ANAPHOR_PREFIX.test(prefix)) candidate.anaphor = true;
      found.push(candidate);
      const { rest } = leadingPlaces(prefix);
      if (!candidate.anaphor && rest.length < prefix.length && /^总?$/.test(rest)) found.push(...sharingHead(view, candidate, rest + candidate.head, placesEnding));
      // The union the branch belongs to, for the branch's parent (recognizeAll keeps the longer name).
      if (unionEnd !== undefined) found.push({ ...candidate, end: unionEnd, name: text.slice(start, unionEnd), head: '工会' });
    }
  }
  found.push(...shortTotals(view));
  return found;
}

/**
 * 黄浦区总迎新活动, 延庆区总“清凉”送进工地: a district's, county's or city's 总 standing alone for its
 * 总工会, as headlines and local papers print it. jieba leaves that 总 a word of its own (总/b) and joins
 * it where it is part of another word (区总面积, 区总医院); the union is taken only where a verb, a
 * quotation or a clause end follows (区总投资 is an amount).
 */
function shortTotals(view: ArticleView): Candidate[] {
  const { text, tokens } = view;
  const found: Candidate[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const zong = tokens[k]!;
    const place = tokens[k - 1]!;
    if (zong.word !== '总' || place.end !== zong.start || place.tag !== 'ns' || !/.[区县市]$/.test(place.word)) continue;
    const next = tokens[k + 1]!;
    if (!(next.tag === 'v' || /^[“，。、；！？\s]/.test(next.word))) continue;
    const start = place.start;
    const { rest } = leadingPlaces(text.slice(start, zong.start));
    if (rest !== '') continue;
    found.push({ type: 'Union', start, end: zong.end, name: `${text.slice(start, zong.end)}工会`, head: '总' });
  }
  return found;
}
