// A likely duplicate, as `curate suggest` and the explorer list it (a plain shape, shared with the browser).
export interface Suggestion {
  /** Merge this node … */
  from: string;
  /** … into this one (the one mentioned more often). */
  into: string;
  /** Why they look alike, in words. */
  because: string;
  sharedNeighbours: number;
  sharedArticles: number;
}
