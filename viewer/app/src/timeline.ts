// The timeline under the graph: dated articles per month as bars, a brush that sets the store's
// time window (drag across months; a click without a drag clears it) and play/pause that moves
// the window one month at a time. Hidden on a graph with no dated article.
import { el } from './dom.js';
import { t } from './i18n.js';
import type { MonthCount, StoreChange, ViewStore } from './store.js';
import type { TimeWindow } from './state.js';

const SVG = 'http://www.w3.org/2000/svg';
const PLAY_STEP_MS = 900;
const CLICK_SLOP_PX = 4;
/** Share of the axis the first month's label takes. */
const AXIS_GAP = 0.08;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** The window covering months `from`…`to` (YYYY-MM), from the first day of one to the last day of the other. */
export function monthsWindow(from: string, to: string): TimeWindow {
  const lastDay = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0)).getUTCDate();
  return { since: `${from}-01`, until: `${to}-${String(lastDay).padStart(2, '0')}` };
}

export class Timeline {
  private readonly months: MonthCount[];
  private readonly bars: SVGRectElement[] = [];
  private readonly brush = svg('rect', { class: 'brush', y: 0, height: 1 });
  private readonly chart = svg('svg', { class: 'timeline-chart', 'data-testid': 'timeline-chart', preserveAspectRatio: 'none' });
  private readonly play = el('button', { className: 'play', testId: 'timeline-play', attrs: { type: 'button' } });
  private readonly label = el('span', { className: 'window', testId: 'timeline-window' });
  private timer: ReturnType<typeof setInterval> | undefined;
  private dragFrom: number | null = null;
  private dragTo = 0;
  private downX = 0;

  constructor(
    private readonly store: ViewStore,
    private readonly root: HTMLElement,
  ) {
    this.months = store.articleMonths();
    root.hidden = this.months.length === 0;
    if (root.hidden) return;
    this.build();
    this.render();
    store.subscribe((change: StoreChange) => {
      if (change.keys.has('lang')) this.relabel();
      if (change.keys.has('timeWindow') || change.keys.has('lang')) this.render();
    });
  }

  private build(): void {
    const n = this.months.length;
    const max = Math.max(1, ...this.months.map((m) => m.count));
    this.chart.setAttribute('viewBox', `0 0 ${n} 1`);
    this.months.forEach((m, i) => {
      const height = m.count === 0 ? 0 : Math.max(0.04, (m.count / max) * 0.95);
      const bar = svg('rect', { class: 'bar', x: i + 0.1, width: 0.8, y: 1 - height, height, 'data-month': m.month, 'data-count': m.count });
      bar.append(svg('title', {}));
      this.bars.push(bar);
      this.chart.append(bar);
    });
    this.chart.append(this.brush);
    this.chart.addEventListener('pointerdown', (event) => {
      this.chart.setPointerCapture(event.pointerId);
      this.dragFrom = this.monthAt(event.clientX);
      this.dragTo = this.dragFrom;
      this.downX = event.clientX;
    });
    this.chart.addEventListener('pointermove', (event) => {
      if (this.dragFrom === null) return;
      this.dragTo = this.monthAt(event.clientX);
      this.drawBrush(Math.min(this.dragFrom, this.dragTo), Math.max(this.dragFrom, this.dragTo));
    });
    this.chart.addEventListener('pointerup', (event) => {
      if (this.dragFrom === null) return;
      // A press and release without a drag is a click: it clears the window.
      const click = Math.abs(event.clientX - this.downX) < CLICK_SLOP_PX;
      const [a, b] = [Math.min(this.dragFrom, this.dragTo), Math.max(this.dragFrom, this.dragTo)];
      this.dragFrom = null;
      this.stop();
      // The store is updated once the drag ends: each window is one pass over the edges.
      this.store.update({ timeWindow: click ? null : this.windowOf(a, b) });
      this.render();
    });
    this.play.addEventListener('click', () => (this.timer === undefined ? this.start() : this.stop()));
    const axis = el(
      'div',
      { className: 'timeline-axis' },
      // Years at their January; none so close to the first month's label that they overlap it.
      this.months.flatMap((m, i) => (i === 0 || (m.month.endsWith('-01') && i / n >= AXIS_GAP) ? [el('span', { text: i === 0 ? m.month : m.month.slice(0, 4), attrs: { style: `left:${(i / n) * 100}%` } })] : [])),
    );
    this.root.replaceChildren(this.play, el('div', { className: 'timeline-body' }, [this.chart, axis]), this.label);
    this.relabel();
  }

  private relabel(): void {
    const lang = this.store.state.lang;
    this.months.forEach((m, i) => {
      const title = this.bars[i]?.firstChild;
      if (title) title.textContent = t(lang, 'articlesInMonth', { month: m.month, count: m.count });
    });
    this.chart.setAttribute('aria-label', t(lang, 'timelineHint'));
  }

  private monthAt(clientX: number): number {
    const box = this.chart.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * this.months.length);
    return Math.min(this.months.length - 1, Math.max(0, i));
  }

  private windowOf(a: number, b: number): TimeWindow {
    return monthsWindow(this.months[a]?.month ?? '', this.months[b]?.month ?? '');
  }

  /** The months the store's window covers, as indices into the histogram. */
  private span(): [number, number] | null {
    const range = this.store.state.timeWindow;
    if (!range) return null;
    const from = range.since.slice(0, 7);
    const to = range.until.slice(0, 7);
    let a = this.months.findIndex((m) => m.month >= from);
    let b = this.months.length - 1;
    while (b >= 0 && (this.months[b]?.month ?? '') > to) b -= 1;
    if (a < 0) a = this.months.length;
    return [a, b];
  }

  private drawBrush(a: number, b: number): void {
    this.brush.setAttribute('x', String(a));
    this.brush.setAttribute('width', String(Math.max(0, b - a + 1)));
    this.brush.style.display = b >= a ? '' : 'none';
    this.bars.forEach((bar, i) => bar.classList.toggle('in', i >= a && i <= b));
  }

  private render(): void {
    const lang = this.store.state.lang;
    const span = this.span();
    if (span) this.drawBrush(span[0], span[1]);
    else {
      this.brush.style.display = 'none';
      for (const bar of this.bars) bar.classList.remove('in');
    }
    const range = this.store.state.timeWindow;
    this.label.textContent = range ? `${range.since} – ${range.until}` : t(lang, 'allTime');
    const playing = this.timer !== undefined;
    this.play.textContent = playing ? '❚❚' : '▶';
    this.play.title = t(lang, playing ? 'pause' : 'play');
    this.play.setAttribute('aria-pressed', String(playing));
  }

  /** Plays from the current window (or the first month), keeping its width; from the end it starts over. */
  private start(): void {
    const last = this.months.length - 1;
    let span = this.span() ?? [0, 0];
    if (span[1] >= last || span[1] < span[0]) span = [0, Math.max(0, span[1] - span[0])];
    this.store.update({ timeWindow: this.windowOf(span[0], Math.min(last, span[1])) });
    this.timer = setInterval(() => this.step(), PLAY_STEP_MS);
    this.render();
  }

  private step(): void {
    const span = this.span();
    const last = this.months.length - 1;
    if (!span || span[1] >= last) return this.stop();
    this.store.update({ timeWindow: this.windowOf(span[0] + 1, span[1] + 1) });
    if (span[1] + 1 >= last) this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.render();
  }
}
