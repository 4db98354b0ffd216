// The view in the URL: each view change (selection, filters, appearance, path, article,
// language) is a history entry, so Back undoes it instead of leaving the app; camera moves only
// rewrite the current entry. Back, Forward and an edited hash bring the view back.
import type { Camera } from 'sigma';
import { decodeState, DEFAULT_VIEW_STATE, encodeState, type ViewState } from './state.js';
import type { StateKey, ViewStore } from './store.js';

const CAMERA_WRITE_MS = 300;
/** The keys a link carries (all of the link state but the camera, which has its own rhythm). */
const LINKED = Object.keys(DEFAULT_VIEW_STATE).filter((k) => k !== 'camera') as (keyof ViewState & StateKey)[];

export class UrlSync {
  private lastHash: string;
  private applying = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: ViewStore,
    private readonly camera: Camera,
  ) {
    this.lastHash = location.hash.replace(/^#/, '');
    store.subscribe((change) => {
      if (this.applying || !LINKED.some((k) => change.keys.has(k))) return;
      this.write('push');
    });
    camera.on('updated', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.write('replace'), CAMERA_WRITE_MS);
    });
    window.addEventListener('popstate', () => this.read());
    window.addEventListener('hashchange', () => this.read());
  }

  private hash(): string {
    const camera = this.camera.getState();
    const state = this.store.state;
    const linked = Object.fromEntries(LINKED.map((k) => [k, state[k]])) as unknown as ViewState;
    return encodeState({ ...linked, camera: { x: camera.x, y: camera.y, ratio: camera.ratio } });
  }

  private write(mode: 'push' | 'replace'): void {
    const hash = this.hash();
    if (hash === this.lastHash) return;
    this.lastHash = hash;
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private read(): void {
    const hash = location.hash.replace(/^#/, '');
    if (hash === this.lastHash) return;
    this.lastHash = hash;
    const next = decodeState(hash);
    this.applying = true;
    try {
      this.store.update(Object.fromEntries(LINKED.map((k) => [k, next[k]])));
    } finally {
      this.applying = false;
    }
    if (next.camera) this.camera.setState(next.camera);
  }
}
