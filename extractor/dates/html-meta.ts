// The publication date a web page declares: meta tags (article:published_time, pubdate,
// publishdate, datePublished …), else a <time datetime>, else its visible publication line
// (发布时间：2024-01-24 18:24). Read from the whole page, before Readability trims it.
import type { IsoDate } from './calendar.js';
import { dateValue, publicationLineDate } from './printed.js';

/** The little of the DOM read here (the project compiles without the DOM lib). */
export interface MetaElement {
  getAttribute(name: string): string | null;
}
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}

/** Meta names and properties that carry the publication date, most specific first. */
const META_NAMES = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'publishtime', 'og:published_time', 'dc.date.issued', 'dc.date', 'date'];

function metaDate(document: MetaDocument): IsoDate | undefined {
  const byName = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (name !== '' && content !== null && !byName.has(name)) byName.set(name, content);
  }
  for (const name of META_NAMES) {
    const value = byName.get(name);
    const date = value === undefined ? undefined : dateValue(value);
    if (date !== undefined) return date;
  }
  return undefined;
}

function timeDate(document: MetaDocument): IsoDate | undefined {
  const times = document.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length; i++) {
    const date = dateValue(times[i]!.getAttribute('datetime') ?? '');
    if (date !== undefined) return date;
  }
  return undefined;
}

/** `bodyText`: the page's visible text, one block per line. */
export function htmlPublished(document: MetaDocument, bodyText: readonly string[]): IsoDate | undefined {
  const declared = metaDate(document) ?? timeDate(document);
  if (declared !== undefined) return declared;
  for (const line of bodyText) {
    const date = publicationLineDate(line);
    if (date !== undefined) return date;
  }
  return undefined;
}
