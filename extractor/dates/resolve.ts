// A date mention → ISO dates, against the date of the article it is printed in. What the text
// leaves out (the year of 10月13日, the month of 13日) is taken from the article's date, choosing the
// candidate nearest to it (an article of 2025-01-03 reporting 12月28日 means 2024-12-28). Relative
// words need the article's date at the precision they speak of (昨天: a day; 本月: a month).
import { addDays, addMonths, isoDate, parseIso, weekday, type DateParts, type IsoDate } from './calendar.js';
import type { DateMention, StatedDate } from './chinese.js';

export interface ResolvedRange {
  start: IsoDate;
  end: IsoDate;
}

function dayNumber(parts: DateParts): number {
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1) / 86_400_000;
}

/** The nearest real date to `reference` with the stated parts, the others taken around it. */
function completeStated(stated: StatedDate, reference: DateParts | undefined): IsoDate | undefined {
  if (stated.year !== undefined) return isoDate(stated.year, stated.month, stated.month === undefined ? undefined : stated.day);
  if (reference === undefined) return undefined;
  if (stated.month !== undefined) {
    let best: IsoDate | undefined;
    let bestDistance = Infinity;
    for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
      const date = isoDate(year, stated.month, stated.day);
      if (date === undefined) continue;
      const distance = Math.abs(dayNumber({ year, month: stated.month, day: stated.day ?? 15 }) - dayNumber({ ...reference, day: reference.day ?? 15 }));
      if (distance < bestDistance) {
        best = date;
        bestDistance = distance;
      }
    }
    return best;
  }
  // A bare day (12日) needs the article's month.
  if (reference.month === undefined || stated.day === undefined) return undefined;
  let best: IsoDate | undefined;
  let bestDistance = Infinity;
  for (const offset of [-1, 0, 1]) {
    const { year, month } = addMonths(reference.year, reference.month, offset);
    const date = isoDate(year, month, stated.day);
    if (date === undefined) continue;
    const distance = Math.abs(dayNumber({ year, month, day: stated.day }) - dayNumber({ ...reference, day: reference.day ?? 15 }));
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}

function resolveRelative(word: NonNullable<DateMention['relative']>, article: DateParts): ResolvedRange | undefined {
  const { year, month, day } = article;
  const single = (date: IsoDate | undefined): ResolvedRange | undefined => (date === undefined ? undefined : { start: date, end: date });
  switch (word) {
    case 'thisYear':
      return single(String(year));
    case 'lastYear':
      return single(String(year - 1));
    case 'nextYear':
      return single(String(year + 1));
  }
  if (month === undefined) return undefined;
  const monthAway = (offset: number): ResolvedRange | undefined => {
    const m = addMonths(year, month, offset);
    return single(isoDate(m.year, m.month));
  };
  switch (word) {
    case 'thisMonth':
      return monthAway(0);
    case 'lastMonth':
      return monthAway(-1);
    case 'nextMonth':
      return monthAway(1);
  }
  if (day === undefined) return undefined;
  const today = isoDate(year, month, day)!;
  switch (word) {
    case 'recent':
    case 'today':
      return single(today);
    case 'yesterday':
      return single(addDays(today, -1));
    case 'dayBeforeYesterday':
      return single(addDays(today, -2));
    case 'tomorrow':
      return single(addDays(today, 1));
    case 'thisWeek': {
      const monday = addDays(today, -weekday(today));
      return { start: monday, end: addDays(monday, 6) };
    }
    case 'lastWeek': {
      const monday = addDays(today, -weekday(today) - 7);
      return { start: monday, end: addDays(monday, 6) };
    }
  }
  return undefined;
}

/** The dates a mention stands for, or undefined when it needs an article date it does not have. */
export function resolveMention(mention: DateMention, articleDate: IsoDate | undefined): ResolvedRange | undefined {
  const reference = articleDate === undefined ? undefined : parseIso(articleDate);
  if (mention.relative !== undefined) return reference === undefined ? undefined : resolveRelative(mention.relative, reference);
  if (mention.from === undefined) return undefined;
  const start = completeStated(mention.from, reference);
  if (start === undefined) return undefined;
  if (mention.to === undefined) return { start, end: start };
  // The end inherits what it leaves out from the start: 2025年10月13日至11月3日, 12月14日至16日.
  const startParts = parseIso(start)!;
  const to: StatedDate = { ...mention.to };
  if (to.year === undefined) {
    to.year = startParts.year;
    if (to.month === undefined) to.month = startParts.month;
  }
  let end = completeStated(to, startParts);
  // 12月28日至1月3日: the end is in the next year.
  if (end !== undefined && mention.to.year === undefined && end < start && to.month !== undefined) end = isoDate(startParts.year + 1, to.month, to.day);
  if (end === undefined || end < start) return { start, end: start };
  return { start, end };
}
