// Region: a province or city above district level (北京市, 浙江省, 杭州市), by full or short name (北京, 山东).
import type { Candidate } from './candidate.js';
import { scanPlaces } from './places.js';
import type { ArticleView } from './view.js';

export function recognizeRegions(view: ArticleView): Candidate[] {
  return scanPlaces(view).filter((c) => c.type === 'Region');
}
