// Street: a Beijing sub-district (街道, 地区, 镇, 乡) by full name or unambiguous short form (望京 → 望京街道).
import type { Candidate } from './candidate.js';
import { scanPlaces } from './places.js';
import type { ArticleView } from './view.js';

export function recognizeStreets(view: ArticleView): Candidate[] {
  return scanPlaces(view).filter((c) => c.type === 'Street');
}
