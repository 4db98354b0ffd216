// Which federation stands above a union, by the places their names give: the 总工会 of a place is
// over every union named after a place inside it (浙江省总工会 over 台州市总工会, 台州市总工会 over
// 临海市总工会) and over the other unions of its own place (北京市总工会 over 北京市教育工会), and
// 全国总工会 over every union. Read from the gazetteer's codes, so the unions of unrelated places
// are never put one under the other.
import { placesNamed, within, type Place } from '../lexicon/gazetteer.js';
import { leadingPlaces } from '../recognize/places.js';

const NATIONAL = /^(?:中华)?全国总工会$/;

/**
 * Every place the most specific of a name's leading places may be (朝阳区: Beijing's or
 * Changchun's); a zone the tables do not list (镇江高新区) is only itself.
 */
function placesOf(name: string): readonly Place[] {
  const last = leadingPlaces(name).places.at(-1);
  if (last === undefined) return [];
  const named = placesNamed(last.name);
  return named.length > 0 ? named : [last];
}

/** Whether the union named `upper` is a federation over the one named `lower` (entity names, as resolved). */
export function isFederationOver(upper: string, lower: string): boolean {
  if (NATIONAL.test(upper)) return !NATIONAL.test(lower);
  if (leadingPlaces(upper).rest !== '总工会') return false;
  const areas = placesOf(upper);
  // A place's own federation is not under itself, nor under another of its place's name.
  const federation = leadingPlaces(lower).rest === '总工会';
  return placesOf(lower).some((p) => areas.some((area) => within(p, area) && (p.code !== area.code || !federation)));
}
