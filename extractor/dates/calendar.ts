// Dates as the graph keeps them: ISO strings of a day (2024-02-01), a month (2024-02) or a year
// (2024), whatever precision the source gives. Plain string comparison orders days; a window test
// compares the first and last day a date covers.

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type IsoDate = string;

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date, from year, month and day as numbers; undefined when there is no such day. */
export function isoDate(year: number, month?: number, day?: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return undefined;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** The parts of an ISO date, or undefined when `text` is not one (or names no real day). */
export function parseIso(text: string): DateParts | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2] !== undefined) parts.month = Number(m[2]);
  if (m[3] !== undefined) parts.day = Number(m[3]);
  return isoDate(parts.year, parts.month, parts.day) === undefined ? undefined : parts;
}

export function isIsoDate(text: string): boolean {
  return parseIso(text) !== undefined;
}

/** The first day a date covers: 2024 → 2024-01-01. */
export function firstDay(date: IsoDate): IsoDate {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a date covers: 2024-02 → 2024-02-29. */
export function lastDay(date: IsoDate): IsoDate {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`;
  return date;
}

/** A day `days` away from a full ISO day. */
export function addDays(day: IsoDate, days: number): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of the week of a full ISO day, Monday 0 … Sunday 6 (the Chinese week starts on Monday). */
export function weekday(day: IsoDate): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The month `months` away from a year and month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Whether any day of `date` lies in the window [since, until] (either end open). */
export function inWindow(date: IsoDate, since: IsoDate | undefined, until: IsoDate | undefined): boolean {
  if (since !== undefined && lastDay(date) < firstDay(since)) return false;
  if (until !== undefined && firstDay(date) > lastDay(until)) return false;
  return true;
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): string {
  return date.slice(0, 4);
}
