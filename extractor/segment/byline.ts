// Bylines and credit lines: “本报讯（记者 X 通讯员 Y）”, “本报记者 X 摄”,
// “本报记者 X\n通讯员 Y 摄影报道”, “■文/本报记者 X”, “记者X 实习生Y”, “文字：X 摄影：Y 编辑：Z”,
// “本报讯 X、Y报道”, a page's meta line (“来源：… 作者：X 发布时间：…”) and names in brackets
// closing an article (“…。（X Y）”). Names are kept exactly as printed.
import { surnameAt } from '../lexicon/surnames.js';
import type { BylineEntry } from '../types.js';

/** Qualifiers newspapers put before a role word (本报记者, 特约通讯员 …). */
const QUALIFIER = '(?:本报|本刊|本台)?(?:特约|实习|见习|首席)?';
/** An outlet: a paper, agency, site or station, or several joined by a dash (工人日报-中工网). */
const OUTLET = '(?:[\\u3400-\\u9fff]{1,8}[报社网台刊]|[\\u3400-\\u9fff]{0,6}[A-Za-z]+)(?:[-－—][\\u3400-\\u9fff]{1,8}[报社网台刊])*';
/** Editors are credited beside reporters but did not report: their names are left out, the line kept. */
const EDITORS = '责任编辑|责编|值班编辑|美编|编辑|审核|审校|校对|编审|终审|监制';
const EDITOR = new RegExp(`^(?:${EDITORS})$`);
/**
 * A role word, with its qualifiers; a reporter or correspondent may also be another outlet's
 * (劳动报记者, 新华社记者, 工人日报-中工网记者, Knews记者).
 */
const ROLE = new RegExp(
  `^(?:${QUALIFIER}(摄影记者|记者|通讯员|实习生|摄\\s?影|作者|文字|文|图|${EDITORS})|${OUTLET}${QUALIFIER}(摄影记者|记者|通讯员))[:：/／]?`,
);
/** What follows the names of a photo credit (or, for 文 and 报道, of the writer). */
const SUFFIX = /^(?:摄影报道|摄影|摄|报道|文)$/;
/** A personal name: two to four Han characters, or a longer one with the middle dot. */
const NAME = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]+[·•][\u3400-\u9fff·•]+)$/;
/** Tokens of a credit: a role word spaced out (摄 影：), a run of separators, or a word. */
const TOKEN = /摄\s影[:：]?|[\s、，,；;]+|[^\s、，,；;]+/g;
const SEPARATORS = /^[\s、，,；;]+$/;
/** A suffix written against the name: 林子豪/摄, 郑慧明报道. */
const ATTACHED_SUFFIX = /^(.+?)(?:[/／](摄影报道|摄影|摄)|(报道))$/;
const DECORATION = /^[■□●◆◇▲△★☆※▇█]+/;
const BRACKETED = /^[（(]([^（）()]*)[）)]$/;

function normalizeRole(word: string): string {
  if (word.startsWith('摄') || word === '图') return '摄影';
  if (word === '记者' || word === '文' || word === '文字') return '记者';
  if (EDITOR.test(word)) return '编辑';
  return word;
}

/**
 * Parses a credit: role words, names and a photo suffix, nothing else, with at least one role
 * word or suffix. Returns undefined for any other text. `offset` is the source offset of `text`.
 */
export function parseCredit(text: string, offset: number): BylineEntry[] | undefined {
  const entries: BylineEntry[] = [];
  /** Names since the last suffix: a suffix (摄, 摄影报道) applies to all of them. */
  let pending: BylineEntry[] = [];
  /** Entries whose role was printed before them: 报道 after them does not replace it. */
  const printedRole = new Set<BylineEntry>();
  let role = '';
  let marked = false;
  const applySuffix = (suffix: string): void => {
    const suffixRole = normalizeRole(suffix);
    for (const entry of pending) if (suffixRole === '摄影' || (suffixRole === '报道' && !printedRole.has(entry))) entry.role = suffixRole;
    pending = [];
    marked = true;
  };
  // “■文/本报记者 X”, and a credit printed in brackets: “（记者 张三 通讯员 李四）”.
  const inner = BRACKETED.exec(text);
  const body = (inner ? inner[1]! : text).replace(DECORATION, '');
  let at = offset + (inner ? 1 : 0) + ((inner ? inner[1]! : text).length - body.length);
  for (const raw of body.match(TOKEN) ?? []) {
    const tokenStart = at;
    at += raw.length;
    if (SEPARATORS.test(raw)) continue;
    if (SUFFIX.test(raw) && entries.length > 0) {
      applySuffix(raw);
      continue;
    }
    // A token may chain role words before a name: “文/本报记者”, “记者张晶”. The first role
    // word says what the person did (图/ → 摄影); the ones after it qualify (本报记者).
    let name = raw;
    let tokenRole = '';
    for (let match = ROLE.exec(name); match && name.length > 0; match = ROLE.exec(name)) {
      // 图 and 文 credit only with a mark or a space after them: 图片新闻, 文明 are words.
      if ((match[1] === '图' || match[1] === '文') && match[0].length === 1 && name.length > 1) break;
      tokenRole ||= normalizeRole((match[1] ?? match[2]!).replace(/\s/, ''));
      name = name.slice(match[0].length);
    }
    if (tokenRole && name !== '' && !NAME.test(name) && NAME.test(raw)) {
      // “文静”, “图门”: a name that begins like a role word.
      name = raw;
      tokenRole = '';
    }
    if (tokenRole) {
      role = tokenRole;
      marked = true;
    }
    if (name === '' || role === '编辑') continue;
    const attached = ATTACHED_SUFFIX.exec(name);
    const printed = attached && NAME.test(attached[1]!) ? attached[1]! : name;
    if (!NAME.test(printed)) return undefined;
    const start = tokenStart + raw.length - name.length;
    const entry: BylineEntry = { name: printed, role: role || '记者', start, end: start + printed.length };
    if (role) printedRole.add(entry);
    entries.push(entry);
    pending.push(entry);
    if (printed !== name) applySuffix(attached![2] ?? attached![3]!);
  }
  return marked && entries.length > 0 ? entries : undefined;
}

/**
 * “本报讯 X、Y报道 日前，…”: the writers a dateline names without brackets, closed by 报道, in the
 * text after the dateline. `offset` is the source offset of `text`.
 */
export function leadCredit(text: string, offset: number): BylineEntry[] | undefined {
  const lead = /^(\s*)([^\s，。,（(“"][^，。,（(“"\n]{1,40}?报道)(?=\s)/.exec(text);
  return lead ? parseCredit(lead[2]!, offset + lead[1]!.length) : undefined;
}

/** Keys of a web page's meta line (来源：… 作者：… 发布时间：…) that name no one. */
const META_KEY = /^(?:来源|发布时间|时间|日期|发布|浏览|点击|字号|阅读|浏览次数|点击数)$/;
const DATE_OR_TIME = /^(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|[（(]?\d+[）)]?)$/;
const META_FIELD = /^([\u3400-\u9fff\s]{1,6}?)[:：](.*)$/;

/**
 * A web page's meta line: dates and key：value fields only (来源：X 作者：Y 发布时间：…), with at
 * least one credit among them (作者, 记者, 通讯员, 摄影 …). A value that is not a personal name
 * (作者：某报刊社) names no one. Undefined for any other line.
 */
export function metaCredit(text: string, offset: number): BylineEntry[] | undefined {
  // Every credit of a meta line is a key：value field: most lines of a page have no colon at all.
  if (!text.includes('：') && !text.includes(':')) return undefined;
  const entries: BylineEntry[] = [];
  let credited = false;
  let at = offset;
  for (const field of text.match(/\S+(?:[:：]\s*\S+)?|\s+/g) ?? []) {
    const fieldStart = at;
    at += field.length;
    if (/^\s+$/.test(field) || DATE_OR_TIME.test(field)) continue;
    const kv = META_FIELD.exec(field);
    if (!kv) return undefined;
    const key = kv[1]!.replace(/\s/g, '');
    if (META_KEY.test(key)) continue;
    const credit = parseCredit(field, fieldStart);
    if (!credit && !ROLE.test(`${key}：`)) return undefined;
    credited = true;
    if (credit) entries.push(...credit);
  }
  return credited ? entries : undefined;
}

/** A credit in brackets closing a paragraph: “…。（王某）”, “（张某 李某）”, “…。（记者 王某）”. */
const CLOSING = /(?:^|[。！？”"])\s*([（(])([^（）()]{2,40})[）)]\s*$/;
const FULL_WIDTH_CLOSE = '）'.charCodeAt(0);
const ASCII_CLOSE = ')'.charCodeAt(0);

/**
 * The writers credited in brackets at the end of a paragraph: a credit with its role words, or one
 * to four names, each a known surname and a given name, separated by spaces or 、 (their role is
 * empty: none is printed). `offset` is the source offset of `text`.
 */
export function closingCredit(text: string, offset: number): BylineEntry[] | undefined {
  // The credit closes the line: most lines end otherwise, and CLOSING is not tried on them.
  const trimmed = text.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last !== FULL_WIDTH_CLOSE && last !== ASCII_CLOSE) return undefined;
  const match = CLOSING.exec(text);
  if (!match) return undefined;
  const inside = match[2]!;
  let at = offset + match.index + match[0].indexOf(match[1]!) + 1;
  const credited = parseCredit(inside, at);
  if (credited) return credited;
  const entries: BylineEntry[] = [];
  for (const part of inside.match(/[\s、，,]+|[^\s、，,]+/g) ?? []) {
    const start = at;
    at += part.length;
    if (/^[\s、，,]+$/.test(part)) continue;
    const surname = surnameAt(part, 0);
    if (!/^[\u3400-\u9fff]{2,3}$/.test(part) || surname === undefined || surname.length >= part.length) return undefined;
    entries.push({ name: part, role: '', start, end: start + part.length });
  }
  return entries.length > 0 && entries.length <= 4 ? entries : undefined;
}

/** Whether a credit ends with a photo suffix (摄, 摄影, 摄影报道). */
export function isPhotoCredit(text: string): boolean {
  return /摄(?:影报道|影)?$/.test(text);
}

/** A photo story's own credit (“摄影报道”) rather than the credit of a photo beside an article. */
export function isPhotoReport(text: string): boolean {
  return /摄影报道$/.test(text);
}
