// Bylines and credit lines: “本报讯（记者 X 通讯员 Y）”, “本报记者 X 摄”,
// “本报记者 X\n通讯员 Y 摄影报道”, “■文/本报记者 X”. Names are kept exactly as printed.
import type { BylineEntry } from '../types.js';

/**
 * A role word, with the qualifiers newspapers put before it (本报记者, 特约通讯员 …); a reporter or
 * correspondent may also be another outlet's (劳动报记者, 新华社记者, 工人日报通讯员, Knews记者).
 */
const ROLE =
  /^(?:(?:本报|本刊|本台)?(?:特约|实习|见习|首席)?(摄影记者|记者|通讯员|摄影|文字|文|图)|(?:[\u3400-\u9fff]{1,8}[报社网台刊]|[\u3400-\u9fff]{0,6}[A-Za-z]+)(?:特约|实习|见习|首席)?(摄影记者|记者|通讯员))[:：/／]?/;
/** What follows the names of a photo credit (or, for 文, of the writer). */
const SUFFIX = /^(?:摄影报道|摄影|摄|报道|文)$/;
/** A personal name: two to four Han characters, or a longer one with the middle dot. */
const NAME = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]+[·•][\u3400-\u9fff·•]+)$/;
const SEPARATORS = /[\s、，,；;]+/;
const ATTACHED_SUFFIX = /^(.+?)[/／](?:摄影报道|摄影|摄)$/;
const DECORATION = /^[■□●◆◇▲△★☆※▇█]+/;
const BRACKETED = /^[（(]([^（）()]*)[）)]$/;

function normalizeRole(word: string): string {
  if (word.startsWith('摄') || word === '图') return '摄影';
  if (word === '通讯员') return '通讯员';
  if (word === '记者' || word === '文' || word === '文字') return '记者';
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
  let role = '';
  let marked = false;
  // “■文/本报记者 X”, and a credit printed in brackets: “（记者 张三 通讯员 李四）”.
  const inner = BRACKETED.exec(text);
  const body = (inner ? inner[1]! : text).replace(DECORATION, '');
  let at = offset + (inner ? 1 : 0) + ((inner ? inner[1]! : text).length - body.length);
  for (const raw of body.split(/([\s、，,；;]+)/)) {
    const tokenStart = at;
    at += raw.length;
    if (raw === '' || SEPARATORS.test(raw)) continue;
    if (SUFFIX.test(raw) && entries.length > 0) {
      const suffixRole = normalizeRole(raw);
      if (suffixRole !== '记者') for (const entry of pending) entry.role = suffixRole;
      pending = [];
      marked = true;
      continue;
    }
    // A token may chain role words before a name: “文/本报记者”, “记者张晶”. The first role
    // word says what the person did (图/ → 摄影); the ones after it qualify (本报记者).
    let name = raw;
    let tokenRole = '';
    for (let match = ROLE.exec(name); match && name.length > 0; match = ROLE.exec(name)) {
      tokenRole ||= normalizeRole(match[1] ?? match[2]!);
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
    if (name === '') continue;
    // “林子豪/摄”: the suffix written against the name.
    const attached = ATTACHED_SUFFIX.exec(name);
    const printed = attached ? attached[1]! : name;
    if (!NAME.test(printed)) return undefined;
    const start = tokenStart + raw.length - name.length;
    const entry: BylineEntry = { name: printed, role: role || '记者', start, end: start + printed.length };
    entries.push(entry);
    pending.push(entry);
    if (attached) {
      for (const named of pending) named.role = '摄影';
      pending = [];
      marked = true;
    }
  }
  return marked && entries.length > 0 ? entries : undefined;
}

/** Whether a credit ends with a photo suffix (摄, 摄影, 摄影报道). */
export function isPhotoCredit(text: string): boolean {
  return /摄(?:影报道|影)?$/.test(text);
}

/** A photo story's own credit (“摄影报道”) rather than the credit of a photo beside an article. */
export function isPhotoReport(text: string): boolean {
  return /摄影报道$/.test(text);
}
