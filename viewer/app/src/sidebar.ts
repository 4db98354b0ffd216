// The sidebar: legend, filters, appearance, the multi-selection, the path, tools and a slot for
// the Cypher editor. Built once; a change updates only the controls of its own keys in place,
// so keyboard focus stays where it was (arrow keys on a list or slider keep working).
import { NODE_LABELS } from '../../../graph/schema.js';
import type { ExplorerActions } from './actions.js';
import { el, setChildren } from './dom.js';
import { edgeTypeName, labelName, t } from './i18n.js';
import type { StringKey } from './i18n.js';
import { nodeLink } from './node-link.js';
import { communityColor, labelColor } from './palette.js';
import type { StateKey, StoreChange, ViewStore } from './store.js';

const COMMUNITY_LEGEND_SIZE = 12;
const COMMUNITY_NAMES = 2;

interface Option<T> {
  value: T;
  text: string;
}

export class Sidebar {
  private readonly labelCounts = new Map<string, number>();
  private maxDegree = 0;
  private communityCache: { id: number; count: number; names: string[] }[] | null = null;
  private legend = el('ul', { className: 'legend', testId: 'legend' });
  private readonly controls = new Map<string, HTMLSelectElement | HTMLInputElement>();
  private selectionSection = el('section', { className: 'selection', testId: 'selection' });
  private pathSection = el('section', { className: 'path', testId: 'path' });

  constructor(
    private readonly store: ViewStore,
    private readonly actions: ExplorerActions,
    private readonly root: HTMLElement,
    private readonly cypherEditor: () => HTMLElement | null,
    /** The editing section (`serve --curate`), shown first. */
    private readonly curatePanel: HTMLElement | null = null,
  ) {
    this.count();
    this.build();
    store.subscribe((change) => this.onChange(change));
  }

  private count(): void {
    this.labelCounts.clear();
    this.maxDegree = 0;
    this.store.graph.forEachNode((node, attrs) => {
      this.labelCounts.set(attrs.label, (this.labelCounts.get(attrs.label) ?? 0) + 1);
      this.maxDegree = Math.max(this.maxDegree, this.store.degree(node));
    });
  }

  private t(key: StringKey, values?: Record<string, string | number>): string {
    return t(this.store.state.lang, key, values);
  }

  private onChange(change: StoreChange): void {
    const has = (...keys: StateKey[]): boolean => keys.some((k) => change.keys.has(k));
    // An edit changes the counts, districts and communities every control offers.
    if (change.graph) this.count();
    if (change.graph || has('lang')) return this.build();
    if (has('colorBy', 'hiddenLabels')) this.renderLegend();
    if (has('colorBy', 'sizeBy', 'district', 'community', 'minDegree', 'labelDensity', 'labelSize')) this.syncControls();
    if (has('picked', 'onlyNodes', 'hiddenNodes')) this.renderSelection();
    if (change.path || has('pathFrom', 'pathTo')) this.renderPath();
  }

  /** Communities by size, each named by its most important members. */
  private communities(): { id: number; count: number; names: string[] }[] {
    if (this.communityCache) return this.communityCache;
    const members = new Map<number, { node: string; weight: number }[]>();
    this.store.graph.forEachNode((node, attrs) => {
      const c = this.store.community(node);
      if (c === undefined) return;
      const list = members.get(c) ?? [];
      list.push({ node, weight: attrs.pagerank ?? this.store.degree(node) });
      members.set(c, list);
    });
    this.communityCache = [...members.entries()]
      .map(([id, list]) => ({
        id,
        count: list.length,
        names: list
          .filter((m) => this.store.graph.getNodeAttribute(m.node, 'label') !== 'Article')
          .sort((a, b) => b.weight - a.weight)
          .slice(0, COMMUNITY_NAMES)
          .map((m) => this.store.graph.getNodeAttribute(m.node, 'name')),
      }))
      .sort((a, b) => b.count - a.count || a.id - b.id);
    return this.communityCache;
  }

  /** Community options are offered when the file stores them, or when the graph is small enough to compute them now. */
  private offersCommunities(): boolean {
    const s = this.store.state;
    return this.store.hasStoredCommunities() || s.colorBy === 'community' || s.community !== null || !this.store.large;
  }

  private renderLegend(): void {
    const s = this.store.state;
    const lang = s.lang;
    if (s.colorBy === 'community') {
      setChildren(
        this.legend,
        this.communities()
          .slice(0, COMMUNITY_LEGEND_SIZE)
          .map((c) =>
            el('li', {}, [
              el('button', { className: s.community === c.id ? 'legend-item on' : 'legend-item', attrs: { type: 'button', title: this.t('communityOnly') }, testId: 'community-legend-item', on: { click: () => this.store.update({ community: this.store.state.community === c.id ? null : c.id }) } }, [
                el('span', { className: 'dot', attrs: { style: `background:${communityColor(c.id)}` } }),
                el('span', { className: 'name', text: c.names.join(lang === 'zh' ? '、' : ', ') || `#${c.id}` }),
                el('span', { className: 'count', text: String(c.count) }),
              ]),
            ]),
          ),
      );
      return;
    }
    const labels = [...NODE_LABELS.filter((l) => this.labelCounts.has(l)), ...[...this.labelCounts.keys()].filter((l) => !NODE_LABELS.includes(l as never))];
    const existing = new Map([...this.legend.querySelectorAll<HTMLButtonElement>('button[data-label]')].map((b) => [b.dataset.label ?? '', b]));
    if (existing.size !== labels.length) {
      setChildren(
        this.legend,
        labels.map((label) => {
          const button = el('button', { className: 'legend-item', attrs: { type: 'button' }, testId: `legend-${label}` }, [
            el('span', { className: 'dot', attrs: { style: `background:${labelColor(label)}` } }),
            el('span', { className: 'name', text: labelName(lang, label) }),
            el('span', { className: 'count', text: String(this.labelCounts.get(label) ?? 0) }),
          ]);
          button.dataset.label = label;
          button.addEventListener('click', () => {
            const hidden = new Set(this.store.state.hiddenLabels);
            if (hidden.has(label)) hidden.delete(label);
            else hidden.add(label);
            this.store.update({ hiddenLabels: hidden });
          });
          existing.set(label, button);
          return el('li', {}, [button]);
        }),
      );
    }
    for (const [label, button] of existing) {
      const off = s.hiddenLabels.has(label);
      button.className = off ? 'legend-item off' : 'legend-item';
      button.setAttribute('aria-pressed', String(!off));
    }
  }

  private select<T>(testId: string, options: Option<T>[], read: () => T, write: (value: T) => void): HTMLSelectElement {
    const element = el('select', { testId });
    options.forEach((option, i) => element.append(el('option', { text: option.text, attrs: { value: String(i) } })));
    element.addEventListener('change', () => {
      const option = options[Number(element.value)];
      if (option) write(option.value);
    });
    const sync = (): void => {
      const index = options.findIndex((o) => o.value === read());
      element.value = String(Math.max(0, index));
    };
    sync();
    Object.assign(element, { sync });
    this.controls.set(testId, element);
    return element;
  }

  private range(testId: string, min: number, max: number, step: number, read: () => number, write: (value: number) => void, format: (v: number) => string): HTMLElement {
    const value = el('span', { className: 'value', text: format(read()) });
    const input = el('input', { testId, attrs: { type: 'range', min: String(min), max: String(max), step: String(step) } });
    input.value = String(read());
    input.addEventListener('input', () => {
      value.textContent = format(Number(input.value));
    });
    input.addEventListener('change', () => write(Number(input.value)));
    Object.assign(input, {
      sync: () => {
        input.value = String(read());
        value.textContent = format(read());
      },
    });
    this.controls.set(testId, input);
    return el('span', {}, [value, input]);
  }

  private syncControls(): void {
    for (const control of this.controls.values()) (control as unknown as { sync: () => void }).sync();
  }

  private build(): void {
    const store = this.store;
    this.controls.clear();
    this.communityCache = null;
    this.legend = el('ul', { className: 'legend', testId: 'legend' });
    this.renderLegend();
    const districts = [...store.districts().entries()].sort((a, b) => a[0].localeCompare(b[0], 'zh'));
    const districtSelect = this.select<string | null>(
      'filter-district',
      [{ value: null, text: this.t('all') }, ...districts.map(([d, members]) => ({ value: d, text: `${d} (${members.size})` }))],
      () => store.state.district,
      (district) => store.update({ district }),
    );
    const communities = this.offersCommunities() ? this.communities() : [];
    const communitySelect =
      communities.length > 0
        ? this.select<number | null>(
            'filter-community',
            [{ value: null, text: this.t('all') }, ...communities.map((c) => ({ value: c.id, text: `${c.names[0] ?? `#${c.id}`} … (${c.count})` }))],
            () => store.state.community,
            (community) => store.update({ community }),
          )
        : null;
    const degree = this.range('min-degree', 0, Math.max(1, Math.min(this.maxDegree, 50)), 1, () => store.state.minDegree, (minDegree) => store.update({ minDegree }), String);
    const colorBy = this.select(
      'color-by',
      [
        { value: 'label' as const, text: this.t('colorByLabel') },
        { value: 'community' as const, text: this.t('colorByCommunity') },
      ],
      () => store.state.colorBy,
      (value) => store.update({ colorBy: value }),
    );
    const sizeBy = this.select(
      'size-by',
      [
        { value: 'pagerank' as const, text: this.t('sizeByPagerank') },
        { value: 'degree' as const, text: this.t('sizeByDegree') },
      ],
      () => store.state.sizeBy,
      (value) => store.update({ sizeBy: value }),
    );
    const density = this.range('label-density', 0.25, 4, 0.25, () => store.state.labelDensity, (labelDensity) => store.update({ labelDensity }), (v) => `×${v}`);
    const labelSize = this.range('label-size', 10, 20, 1, () => store.state.labelSize, (value) => store.update({ labelSize: value }), (v) => `${v}px`);

    const tools = el('section', { className: 'tools' }, [
      el('h2', { text: this.t('tools') }),
      el('button', { text: this.t('relayout'), testId: 'relayout', attrs: { type: 'button' }, on: { click: () => this.actions.relayout() } }),
      el('button', { text: this.t('resetView'), testId: 'reset-view', attrs: { type: 'button' }, on: { click: () => this.actions.frameShown() } }),
      el('button', { text: this.t('exportGexf'), testId: 'export-gexf', attrs: { type: 'button' }, on: { click: () => this.actions.exportGexf() } }),
      el('button', { text: this.t('exportPng'), testId: 'export-png', attrs: { type: 'button' }, on: { click: () => this.actions.exportPng() } }),
    ]);
    this.selectionSection = el('section', { className: 'selection', testId: 'selection' });
    this.pathSection = el('section', { className: 'path', testId: 'path' });
    this.renderSelection();
    this.renderPath();
    setChildren(this.root, [
      this.curatePanel,
      el('section', {}, [el('h2', { text: this.t('legend') }), this.legend]),
      el('section', { className: 'filters' }, [
        el('h2', { text: this.t('filters') }),
        el('label', {}, [el('span', { text: this.t('district') }), districtSelect]),
        communitySelect ? el('label', {}, [el('span', { text: this.t('community') }), communitySelect]) : null,
        el('label', {}, [el('span', { text: this.t('minDegree') }), degree]),
      ]),
      el('section', { className: 'appearance' }, [
        el('h2', { text: this.t('appearance') }),
        el('label', {}, [el('span', { text: this.t('colorBy') }), colorBy]),
        el('label', {}, [el('span', { text: this.t('sizeBy') }), sizeBy]),
        el('label', {}, [el('span', { text: this.t('labelDensity') }), density]),
        el('label', {}, [el('span', { text: this.t('labelSize') }), labelSize]),
      ]),
      this.selectionSection,
      this.pathSection,
      tools,
      this.cypherEditor(),
    ]);
  }

  private renderSelection(): void {
    const store = this.store;
    const s = store.state;
    const picked = [...s.picked].filter((n) => store.graph.hasNode(n));
    const filtered = s.onlyNodes !== null || s.hiddenNodes.size > 0;
    if (picked.length === 0 && !filtered) {
      this.selectionSection.hidden = true;
      this.selectionSection.replaceChildren();
      return;
    }
    this.selectionSection.hidden = false;
    const button = (key: StringKey, testId: string, click: () => void): HTMLElement => el('button', { text: this.t(key), testId, attrs: { type: 'button' }, on: { click } });
    setChildren(this.selectionSection, [
      el('h2', { text: `${this.t('picked')} (${picked.length})` }),
      picked.length === 0 ? el('p', { className: 'muted', text: this.t('pickHint') }) : null,
      picked.length > 0 ? el('div', { className: 'row-buttons' }, [
        button('showOnly', 'show-only', () => store.showOnlyPicked()),
        button('hideThese', 'hide-these', () => store.hidePicked()),
        button('expand', 'expand', () => store.expandPicked()),
        button('clear', 'clear-picked', () => store.clearPicked()),
      ]) : null,
      filtered ? button('showAll', 'show-all', () => store.showEveryNode()) : null,
    ]);
  }

  private renderPath(): void {
    const store = this.store;
    const s = store.state;
    const lang = s.lang;
    const graph = store.graph;
    const nameOf = (node: string | null): string => (node && graph.hasNode(node) ? graph.getNodeAttribute(node, 'name') : this.t('pathPick'));
    let body: HTMLElement | null = null;
    if (s.pathFrom && s.pathTo) {
      const hops = store.path;
      if (!hops) body = el('p', { className: 'muted', text: this.t('pathNone') });
      else {
        const items: HTMLElement[] = [el('li', { className: 'node' }, [nodeLink(store, this.actions, s.pathFrom)])];
        for (const hop of hops) {
          const attrs = graph.getEdgeAttributes(hop.edge);
          const forward = graph.source(hop.edge) === hop.from;
          const evidence = attrs.evidence[0];
          items.push(
            el('li', { className: 'hop', testId: 'path-hop' }, [
              el('span', { className: 'relation', text: `${forward ? '↓' : '↑'} ${edgeTypeName(lang, attrs.type)}${attrs.role ? `（${attrs.role}）` : ''}` }),
              evidence && attrs.type !== 'MENTIONS' ? el('blockquote', { className: 'hop-evidence', text: evidence.text }) : null,
            ]),
          );
          items.push(el('li', { className: 'node' }, [nodeLink(store, this.actions, hop.to)]));
        }
        body = el('ol', { className: 'path-list', testId: 'path-list' }, items);
      }
    }
    setChildren(this.pathSection, [
      el('h2', { text: this.t('path') }),
      el('div', { className: 'row' }, [el('span', { className: 'key', text: this.t('pathFrom') }), el('span', { className: 'val', text: nameOf(s.pathFrom) })]),
      el('div', { className: 'row' }, [el('span', { className: 'key', text: this.t('pathTo') }), el('span', { className: 'val', text: nameOf(s.pathTo) })]),
      body,
      s.pathFrom || s.pathTo ? el('button', { text: this.t('clear'), attrs: { type: 'button' }, on: { click: () => store.update({ pathFrom: null, pathTo: null }) } }) : null,
    ]);
  }
}
