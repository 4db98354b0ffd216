// Box selection on the stage: Shift+drag, or a plain drag while the box button is on (for
// trackpads and one-button mice), draws a rectangle; the visible nodes drawn inside it join the
// multi-selection. Sigma has no lasso of its own: this reads its mouse captor and converts each
// node's framed-graph position to the viewport.
import type Sigma from 'sigma';
import type { MouseCoords } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import type { ViewStore } from './store.js';

/** A shorter drag is a click. */
const MIN_BOX_PX = 4;

interface Point {
  x: number;
  y: number;
}

export class BoxSelect {
  private from: Point | null = null;
  private to: Point | null = null;
  private on = false;
  /** A box just ended: the click sigma sends after the mouseup is not a click on the stage or a node. */
  private boxEnded = false;
  private readonly box = el('div', { className: 'box-select', testId: 'box-select' });
  private readonly toggle = el('button', { className: 'box-toggle', testId: 'box-toggle', attrs: { type: 'button', 'aria-pressed': 'false' } });

  constructor(
    private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>,
    private readonly store: ViewStore,
    /** Where the toggle goes: over the stage, outside sigma's container, so its clicks stay its own. */
    stage: HTMLElement,
  ) {
    this.box.hidden = true;
    sigma.getContainer().append(this.box);
    this.toggle.addEventListener('click', () => this.setOn(!this.on));
    stage.append(this.toggle);
    this.renderToggle();
    store.subscribe((change) => {
      if (change.keys.has('lang')) this.renderToggle();
    });
    const captor = sigma.getMouseCaptor();
    captor.on('mousedown', (e) => this.down(e));
    captor.on('mousemovebody', (e) => this.move(e));
    captor.on('mouseup', () => this.up());
  }

  /** True once for the click that ends a box. */
  takeBoxClick(): boolean {
    const ended = this.boxEnded;
    this.boxEnded = false;
    return ended;
  }

  private setOn(on: boolean): void {
    this.on = on;
    this.renderToggle();
  }

  private renderToggle(): void {
    const lang = this.store.state.lang;
    this.toggle.textContent = `⬚ ${t(lang, 'boxSelect')}`;
    this.toggle.title = t(lang, 'boxSelectHint');
    this.toggle.setAttribute('aria-pressed', String(this.on));
    this.toggle.classList.toggle('on', this.on);
    this.sigma.getContainer().classList.toggle('boxing', this.on);
  }

  private down(e: MouseCoords): void {
    const original = e.original;
    if (!(original instanceof MouseEvent) || original.button !== 0 || !(this.on || original.shiftKey)) return;
    this.from = { x: e.x, y: e.y };
    this.to = this.from;
  }

  private move(e: MouseCoords): void {
    if (!this.from) return;
    // No camera pan while a box is drawn.
    e.preventSigmaDefault();
    this.to = { x: e.x, y: e.y };
    const [left, top, width, height] = this.rect();
    if (this.box.hidden && Math.max(width, height) < MIN_BOX_PX) return;
    Object.assign(this.box.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
    this.box.hidden = false;
  }

  private up(): void {
    if (!this.from) return;
    const drawn = !this.box.hidden;
    const [left, top, width, height] = this.rect();
    this.from = null;
    this.to = null;
    this.box.hidden = true;
    if (!drawn) return;
    this.boxEnded = true;
    // A mouseup outside the stage has no click after it.
    setTimeout(() => (this.boxEnded = false), 0);
    this.store.addPicked(this.nodesIn(left, top, left + width, top + height));
  }

  /** Left, top, width, height of the box in viewport pixels. */
  private rect(): [number, number, number, number] {
    const a = this.from ?? { x: 0, y: 0 };
    const b = this.to ?? a;
    return [Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(a.x - b.x), Math.abs(a.y - b.y)];
  }

  /** The drawn nodes whose centre lies in the viewport rectangle: one pass over the nodes per box. */
  private nodesIn(x0: number, y0: number, x1: number, y1: number): string[] {
    const inside: string[] = [];
    this.sigma.getGraph().forEachNode((node) => {
      const display = this.sigma.getNodeDisplayData(node);
      if (!display || display.hidden) return;
      const at = this.sigma.framedGraphToViewport(display);
      if (at.x >= x0 && at.x <= x1 && at.y >= y0 && at.y <= y1) inside.push(node);
    });
    return inside;
  }
}
