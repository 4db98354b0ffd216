// The viewer's UI state (never stored in the graph) and its round trip through the URL hash,
// so a link reproduces selection, filters and camera.
import type { Lang } from './i18n.js';

export type ColorBy = 'label' | 'community';
export type SizeBy = 'pagerank' | 'degree';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** A window of time to show, inclusive ISO days (YYYY-MM-DD). */
export interface TimeWindow {
  since: string;
  until: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ViewState {
  selected: string | null;
  hiddenLabels: Set<string>;
  district: string | null;
  community: number | null;
  minDegree: number;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Multiplies sigma's label density (how many labels the grid lets through). */
  labelDensity: number;
  /** Label font size in pixels. */
  labelSize: number;
  /** Nodes hidden one by one ("hide these"). */
  hiddenNodes: Set<string>;
  /** When set, only these nodes are shown ("show only these"). */
  onlyNodes: Set<string> | null;
  /** Show only the selected node's neighbourhood, this many hops deep (0: off). */
  egoHops: 0 | 1 | 2;
  pathFrom: string | null;
  pathTo: string | null;
  /** Article open in the reading pane. */
  article: string | null;
  lang: Lang;
  /** Only what evidence dated in this window supports (dated graphs only). */
  timeWindow: TimeWindow | null;
  camera: CameraState | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  selected: null,
  hiddenLabels: new Set(),
  district: null,
  community: null,
  minDegree: 0,
  colorBy: 'label',
  sizeBy: 'pagerank',
  labelDensity: 1,
  labelSize: 13,
  hiddenNodes: new Set(),
  onlyNodes: null,
  egoHops: 0,
  pathFrom: null,
  pathTo: null,
  article: null,
  lang: 'zh',
  timeWindow: null,
  camera: null,
};

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (state.hiddenLabels.size > 0) params.set('hide', [...state.hiddenLabels].sort().join(','));
  if (state.district) params.set('district', state.district);
  if (state.community !== null) params.set('community', String(state.community));
  if (state.minDegree > 0) params.set('deg', String(state.minDegree));
  if (state.colorBy !== 'label') params.set('color', state.colorBy);
  if (state.sizeBy !== 'pagerank') params.set('size', state.sizeBy);
  if (state.labelDensity !== 1) params.set('ld', round(state.labelDensity, 3));
  if (state.labelSize !== 13) params.set('ls', String(state.labelSize));
  if (state.hiddenNodes.size > 0) params.set('drop', [...state.hiddenNodes].sort().join('\n'));
  if (state.onlyNodes) params.set('only', [...state.onlyNodes].sort().join('\n'));
  if (state.egoHops > 0) params.set('ego', String(state.egoHops));
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  if (state.article) params.set('article', state.article);
  if (state.lang !== 'zh') params.set('lang', state.lang);
  if (state.timeWindow) {
    params.set('since', state.timeWindow.since);
    params.set('until', state.timeWindow.until);
  }
  if (state.camera) params.set('cam', [round(state.camera.x, 4), round(state.camera.y, 4), round(state.camera.ratio, 4)].join(','));
  return params.toString();
}

/** Reads a hash (with or without "#"); anything malformed falls back to the default. */
export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: ViewState = { ...DEFAULT_VIEW_STATE, hiddenLabels: new Set(), hiddenNodes: new Set() };
  state.selected = params.get('node');
  const hide = params.get('hide');
  if (hide) state.hiddenLabels = new Set(hide.split(',').filter(Boolean));
  state.district = params.get('district');
  const community = Number(params.get('community'));
  if (params.has('community') && Number.isInteger(community)) state.community = community;
  const minDegree = Number(params.get('deg'));
  if (Number.isFinite(minDegree) && minDegree > 0) state.minDegree = Math.trunc(minDegree);
  if (params.get('color') === 'community') state.colorBy = 'community';
  if (params.get('size') === 'degree') state.sizeBy = 'degree';
  const density = Number(params.get('ld'));
  if (params.has('ld') && Number.isFinite(density) && density > 0 && density <= 20) state.labelDensity = density;
  const labelSize = Number(params.get('ls'));
  if (params.has('ls') && Number.isInteger(labelSize) && labelSize >= 8 && labelSize <= 32) state.labelSize = labelSize;
  const drop = params.get('drop');
  if (drop) state.hiddenNodes = new Set(drop.split('\n').filter(Boolean));
  const only = params.get('only');
  if (only !== null) state.onlyNodes = new Set(only.split('\n').filter(Boolean));
  const ego = params.get('ego');
  if (ego === '1' || ego === '2') state.egoHops = Number(ego) as 1 | 2;
  state.pathFrom = params.get('from');
  state.pathTo = params.get('to');
  state.article = params.get('article');
  if (params.get('lang') === 'en') state.lang = 'en';
  const since = params.get('since') ?? '';
  const until = params.get('until') ?? '';
  if (ISO_DAY.test(since) && ISO_DAY.test(until) && since <= until) state.timeWindow = { since, until };
  const cam = (params.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0) {
    state.camera = { x: cam[0] ?? 0.5, y: cam[1] ?? 0.5, ratio: cam[2] ?? 1 };
  }
  return state;
}
