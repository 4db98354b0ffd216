// District: a district-level area — Beijing's 16 districts, 北京经济技术开发区 (经开区), and districts and
// counties elsewhere — by full name or short form (朝阳 → 朝阳区).
import type { Candidate } from './candidate.js';
import { scanPlaces } from './places.js';
import type { ArticleView } from './view.js';

export function recognizeDistricts(view: ArticleView): Candidate[] {
  return scanPlaces(view).filter((c) => c.type === 'District');
}
