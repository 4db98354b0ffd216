// A heading block → main title and subtitles. Newspapers stack a kicker (引题) above the title
// and a deck (副题) below it; section labels (“>> 北京经验 <<”) sit above both. The title is
// the line that names who did what; kickers and decks open with a purpose, a means, a time or a
// number (助力…, 让…, 用…, 今年…, 40名…).
/** A section label framed by marks: “>> 北京经验 <<”, “【工会动态】”. */
const DECORATED = /^(?:>{2,}|》{2,}|»|【|〖|\[)\s*\S.*?\s*(?:<{2,}|《{2,}|«|】|〗|\])$/;
/** A body that acts: a union, a company, a place … (the subject of a main title). */
const ACTOR = /工会|学院|学校|大学|公司|集团|中心|医院|协会|联盟|委员会|工作室|街道|社区|[区市县省镇乡村局部厅委]/;
/** How kickers and decks open: verbs of purpose or means, prepositions, times, numbers. */
const KICKER_OPENING =
  /^(?:助力|提升|推动|推进|促进|打造|深化|聚焦|围绕|坚持|加强|加快|全力|着力|奋力|努力|积极|持续|进一步|多措并举|让|用|为|以|把|将|从|在|向|对|当|与|今年|明年|去年|本月|近日|日前|[0-9０-９一二三四五六七八九十百千万]+)/;
const SHORT_KICKER = 5;

export interface HeadingPiece {
  /** Source range. */
  start: number;
  end: number;
  text: string;
}

export interface Headings {
  title: HeadingPiece | undefined;
  subtitles: HeadingPiece[];
}

export function isDecorated(text: string): boolean {
  return DECORATED.test(text);
}

/**
 * A kicker printed on the title's line: “走访一线班组 摸清职工需求 落实帮扶举措
 * 八里庄街道总工会为新就业形态劳动者办实事” — two or more short parallel phrases, then a longer
 * title. Returns the kicker and title pieces, or undefined.
 */
export function splitInlineKicker(piece: HeadingPiece): [HeadingPiece, HeadingPiece] | undefined {
  const parts = [...piece.text.matchAll(/\S+/g)];
  if (parts.length < 3) return undefined;
  const last = parts.at(-1)!;
  const kickers = parts.slice(0, -1);
  const longest = Math.max(...kickers.map((part) => part[0].length));
  if (longest > 12 || last[0].length < 8 || last[0].length <= longest) return undefined;
  const kickerEnd = kickers.at(-1)!.index + kickers.at(-1)![0].length;
  return [
    { start: piece.start, end: piece.start + kickerEnd, text: piece.text.slice(0, kickerEnd) },
    { start: piece.start + last.index, end: piece.start + last.index + last[0].length, text: last[0] },
  ];
}

/** A page banner: a slogan of two or more parallel clauses (“深入学习贯彻… 奋力开拓…”). */
export function isBannerText(text: string): boolean {
  const parts = text.split(/\s+/);
  return parts.length >= 2 && parts.every((part) => part.length >= 4) && !splitInlineKicker({ start: 0, end: text.length, text });
}

function titleScore(text: string, others: number): number {
  let score = ACTOR.test(text) ? 1 : 0;
  if (KICKER_OPENING.test(text)) score--;
  if (others > 0 && text.length <= SHORT_KICKER) score--;
  return score;
}

/** Picks the title among the heading lines of one article; the rest are subtitles, in order. */
export function chooseTitle(lines: readonly HeadingPiece[]): Headings {
  const pieces: HeadingPiece[] = [];
  let forced: HeadingPiece | undefined;
  for (const line of lines) {
    const split = splitInlineKicker(line);
    if (split) {
      pieces.push(split[0]);
      forced = split[1];
      pieces.push(forced);
    } else {
      pieces.push(line);
    }
  }
  // Section labels, and everything above the last of them, are not the title.
  const lastLabel = pieces.findLastIndex((piece) => isDecorated(piece.text));
  const candidates = pieces.slice(lastLabel + 1);
  let title = forced && candidates.includes(forced) ? forced : undefined;
  if (!title) {
    let best = -Infinity;
    for (const candidate of candidates) {
      const score = titleScore(candidate.text, candidates.length - 1);
      if (score > best) {
        best = score;
        title = candidate;
      }
    }
  }
  return { title, subtitles: pieces.filter((piece) => piece !== title) };
}
