// The explorer's settings in one place: what counts as a large graph, how labels and nodes are
// drawn, how many results and relations a list shows. A typed interface, the defaults, and a
// resolver that validates a partial override (sigma's settings.ts pattern).

export interface ExplorerSettings {
  /** Beyond this many nodes (or `largeSize` edges) the cheap programs draw and hover does not dim. */
  largeOrder: number;
  largeSize: number;
  labelFont: string;
  labelSize: number;
  /** sigma's label grid, for small and large graphs; the label-density control scales `labelDensity`. */
  labelDensity: { small: number; large: number };
  labelGridCellSize: { small: number; large: number };
  labelRenderedSizeThreshold: { small: number; large: number };
  /** Node radius range in pixels, for small and large graphs. */
  nodeSize: { small: [number, number]; large: [number, number] };
  /** Names longer than this are shortened on the canvas (the panel shows them whole). */
  maxLabelLength: number;
  /** Search results shown at first, and added by each "more". */
  searchPage: number;
  /** Search hits whose labels are forced on the canvas. */
  searchHighlight: number;
  maxRelationsPerType: number;
  /** Evidence sentences the node panel lists, newest first. */
  maxEvidence: number;
  /** Nodes of a Cypher result drawn as a subgraph at most. */
  cypherMaxNodes: number;
  /** Camera padding around a reframed set, as a share of its extent. */
  framePadding: number;
}

export const DEFAULT_EXPLORER_SETTINGS: ExplorerSettings = {
  largeOrder: 2_000,
  largeSize: 8_000,
  labelFont: "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif",
  labelSize: 13,
  labelDensity: { small: 0.4, large: 0.05 },
  labelGridCellSize: { small: 100, large: 120 },
  labelRenderedSizeThreshold: { small: 5, large: 9 },
  nodeSize: { small: [4, 18], large: [1.5, 12] },
  maxLabelLength: 24,
  searchPage: 30,
  searchHighlight: 10,
  maxRelationsPerType: 60,
  maxEvidence: 50,
  cypherMaxNodes: 500,
  framePadding: 0.15,
};

function fail(name: string, expected: string, value: unknown): never {
  throw new Error(`gonghui-kg/viewer: setting "${name}" must be ${expected}, got ${JSON.stringify(value)}`);
}

function positive(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(name, 'a positive number', value);
}

function pair(name: string, value: unknown): void {
  if (typeof value !== 'object' || value === null) fail(name, 'an object {small, large}', value);
  const { small, large } = value as { small: unknown; large: unknown };
  positive(`${name}.small`, small);
  positive(`${name}.large`, large);
}

function range(name: string, value: unknown): void {
  const ok = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && v > 0) && (value[0] as number) <= (value[1] as number);
  if (!ok) fail(name, 'a [min, max] pair of positive numbers', value);
}

/** The defaults with `partial` on top; throws naming the first setting that is out of range. */
export function resolveExplorerSettings(partial: Partial<ExplorerSettings> = {}): ExplorerSettings {
  const settings: ExplorerSettings = { ...DEFAULT_EXPLORER_SETTINGS, ...partial };
  for (const name of ['largeOrder', 'largeSize', 'labelSize', 'maxLabelLength', 'searchPage', 'searchHighlight', 'maxRelationsPerType', 'maxEvidence', 'cypherMaxNodes'] as const) {
    positive(name, settings[name]);
  }
  if (typeof settings.labelFont !== 'string' || settings.labelFont.trim() === '') fail('labelFont', 'a CSS font family list', settings.labelFont);
  pair('labelDensity', settings.labelDensity);
  pair('labelGridCellSize', settings.labelGridCellSize);
  pair('labelRenderedSizeThreshold', settings.labelRenderedSizeThreshold);
  if (typeof settings.nodeSize !== 'object' || settings.nodeSize === null) fail('nodeSize', 'an object {small, large}', settings.nodeSize);
  range('nodeSize.small', settings.nodeSize.small);
  range('nodeSize.large', settings.nodeSize.large);
  if (typeof settings.framePadding !== 'number' || !(settings.framePadding >= 0 && settings.framePadding < 1)) fail('framePadding', 'a number in [0, 1)', settings.framePadding);
  return settings;
}
