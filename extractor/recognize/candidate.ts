// What a recognizer reports: a typed span of the article view, with the name it stands for.
import type { EntityType } from '../types.js';
import type { Place } from '../lexicon/gazetteer.js';

export interface Candidate {
  type: EntityType;
  /** Range in the view text. */
  start: number;
  end: number;
  /** The name as printed (visible characters), or the canonical name for places. */
  name: string;
  /** Places: the gazetteer entry (of several with this name, the representative: see resolvePlace). */
  place?: Place;
  /** Places: printed as a short form (朝阳 for 朝阳区). */
  shortForm?: boolean;
  /** Unions and organizations: the head word (总工会, 有限公司 …). */
  head?: string;
  /**
   * A short form that only the article can complete: 市总工会, 区总工会, 该街道总工会 (Union),
   * or a bare head such as 研修班 (Initiative).
   */
  anaphor?: boolean;
  /**
   * Organizations: a government department named by a bare level (市人社局, 区城管委): the place in
   * focus at that level completes its name.
   */
  barePlace?: '省' | '市' | '区' | '县';
  /** Persons: titles and roles printed with the name. */
  roles?: string[];
  /** Initiatives: the most distinctive part. */
  key?: string;
}
