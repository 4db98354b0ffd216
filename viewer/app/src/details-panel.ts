// The node panel: attributes (with first and last seen), district ties, relations by type,
// evidence newest first with its date, and the edit controls when the explorer may edit. Redrawn
// when the selection, the language, the panel's own toggles (ego, path ends) or the graph (an
// edit) change, nothing else.
import { nodeEvidence } from '../../shared/article-view.js';
import type { ExplorerActions } from './actions.js';
import { el, highlighted, setChildren } from './dom.js';
import { edgeTypeName, labelName, t } from './i18n.js';
import type { StringKey } from './i18n.js';
import type { NodeEditor } from './node-editor.js';
import { nodeLink } from './node-link.js';
import { labelColor } from './palette.js';
import type { StoreChange, ViewStore } from './store.js';

interface Relation {
  type: string;
  other: string;
  outgoing: boolean;
  role?: string;
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toPrecision(4);
  if (Array.isArray(value)) return value.map(formatValue).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export class DetailsPanel {
  constructor(
    private readonly store: ViewStore,
    private readonly actions: ExplorerActions,
    private readonly root: HTMLElement,
    /** Present when the server lets the explorer edit (`serve --curate`). */
    private readonly editor: NodeEditor | null = null,
  ) {
    this.render();
    store.subscribe((change) => this.onChange(change));
  }

  private onChange(change: StoreChange): void {
    if (change.graph || ['selected', 'lang', 'egoHops', 'pathFrom', 'pathTo'].some((k) => change.keys.has(k as never))) this.render();
  }

  private t(key: StringKey): string {
    return t(this.store.state.lang, key);
  }

  render(): void {
    const { store, root } = this;
    const graph = store.graph;
    const state = store.state;
    const node = state.selected;
    if (!node || !graph.hasNode(node)) {
      root.hidden = true;
      root.replaceChildren();
      return;
    }
    const lang = state.lang;
    const attrs = graph.getNodeAttributes(node);
    const link = (n: string): HTMLElement => nodeLink(store, this.actions, n);

    const header = el('header', {}, [
      el('span', { className: 'badge', text: labelName(lang, attrs.label), attrs: { style: `background:${labelColor(attrs.label)}` } }),
      el('h2', { text: attrs.label === 'Article' ? (attrs.title ?? attrs.name) : attrs.name, testId: 'panel-name' }),
      el('button', { className: 'close', text: '×', title: this.t('close'), testId: 'panel-close', attrs: { type: 'button' }, on: { click: () => store.update({ selected: null }) } }),
    ]);

    const article = attrs.label === 'Article';
    const rows: [string, unknown][] = [
      [this.t('date'), article ? attrs.date : undefined],
      [this.t('outlet'), article ? attrs.outlet : undefined],
      [this.t('firstSeen'), article ? undefined : attrs.firstDate],
      [this.t('lastSeen'), article ? undefined : attrs.lastDate],
      [this.t('attr_district'), attrs.district],
      [this.t('attr_roles'), attrs.roles],
      [this.t('attr_key'), attrs.key],
      [this.t('attr_mentions'), attrs.mentions],
      [this.t('attr_degree'), store.degree(node)],
      [this.t('attr_pagerank'), attrs.pagerank],
      [this.t('attr_community'), store.community(node)],
      [this.t('attr_source'), attrs.source ?? (attrs.firstSource === attrs.lastSource ? attrs.firstSource : `${attrs.firstSource} … ${attrs.lastSource}`)],
      [this.t('attr_id'), node],
    ];
    const table = el(
      'dl',
      { className: 'attributes' },
      rows.filter(([, v]) => v !== undefined && v !== null && formatValue(v) !== '').flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: formatValue(v) })]),
    );

    // Each district the node belongs to, with the chain that ties it there.
    const ties = (attrs.districts ?? []).filter((tie) => tie.via.length > 0);
    const districtTies =
      ties.length > 0
        ? el(
            'ul',
            { className: 'ties', testId: 'district-ties' },
            // The chain ends at the District node itself; what comes before it is how the node is tied.
            ties.map((tie) => el('li', {}, [el('span', { className: 'tie-name', text: tie.district }), ...tie.via.slice(0, -1).reverse().flatMap((n) => [' ← ', link(n)])])),
          )
        : null;

    const actions = el('div', { className: 'actions' }, [
      el('span', { className: 'muted', text: this.t('ego') }),
      ...([0, 1, 2] as const).map((hops) =>
        el('button', {
          className: state.egoHops === hops ? 'toggle on' : 'toggle',
          text: hops === 0 ? this.t('egoOff') : this.t(hops === 1 ? 'hop1' : 'hop2'),
          testId: `ego-${hops}`,
          attrs: { type: 'button' },
          on: { click: () => store.update({ egoHops: hops }) },
        }),
      ),
      el('button', { text: this.t('setFrom'), testId: 'path-from', attrs: { type: 'button' }, on: { click: () => store.update({ pathFrom: node }) } }),
      el('button', { text: this.t('setTo'), testId: 'path-to', attrs: { type: 'button' }, on: { click: () => store.update({ pathTo: node }) } }),
    ]);

    const groups = new Map<string, Relation[]>();
    graph.forEachEdge(node, (_edge, edgeAttrs, source, target) => {
      const outgoing = source === node;
      const relation: Relation = { type: edgeAttrs.type, other: outgoing ? target : source, outgoing };
      if (edgeAttrs.role) relation.role = edgeAttrs.role;
      const list = groups.get(edgeAttrs.type) ?? [];
      list.push(relation);
      groups.set(edgeAttrs.type, list);
    });
    const max = store.settings.maxRelationsPerType;
    const relationSections = [...groups.entries()]
      .sort((a, b) => (a[0] === 'MENTIONS' ? 1 : 0) - (b[0] === 'MENTIONS' ? 1 : 0) || a[0].localeCompare(b[0]))
      .map(([type, list]) => {
        list.sort((a, b) => graph.getNodeAttribute(a.other, 'name').localeCompare(graph.getNodeAttribute(b.other, 'name'), 'zh'));
        const title = type === 'MENTIONS' ? (attrs.label === 'Article' ? this.t('mentions') : this.t('mentionedIn')) : edgeTypeName(lang, type);
        return el('section', { className: 'relation-group', testId: `relations-${type}` }, [
          el('h4', { text: `${title} (${list.length})` }),
          el(
            'ul',
            {},
            list.slice(0, max).map((r) =>
              el('li', {}, [
                el('span', { className: 'dir', text: r.outgoing ? '→' : '←' }),
                link(r.other),
                r.role ? el('span', { className: 'role', text: r.role }) : null,
                // Mentions are what the articles say, not a relation to drop.
                this.editor && r.type !== 'MENTIONS' ? this.editor.relationControl({ from: r.outgoing ? node : r.other, type: r.type, to: r.outgoing ? r.other : node, ...(r.role === undefined ? {} : { role: r.role }) }) : null,
              ]),
            ),
          ),
          list.length > max ? el('p', { className: 'muted', text: `… +${list.length - max}` }) : null,
        ]);
      });

    // Every sentence, then the newest first (undated last): the cap keeps the latest, not the first found.
    const dateOf = (a: string): string => (graph.hasNode(a) ? (graph.getNodeAttribute(a, 'date') ?? '') : '');
    const evidence = nodeEvidence(graph, node, Number.POSITIVE_INFINITY)
      .map((item) => ({ ...item, date: dateOf(item.article) }))
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, store.settings.maxEvidence);
    const evidenceList = el(
      'ul',
      { className: 'evidence', testId: 'evidence' },
      evidence.map((item) =>
        el('li', {}, [
          el('blockquote', {}, [highlighted(item.sentence, item.highlights)]),
          el('div', { className: 'meta' }, [
            item.date ? el('time', { className: 'date', text: item.date, testId: 'evidence-date', attrs: { datetime: item.date } }) : null,
            el('span', { className: 'type', text: edgeTypeName(lang, item.type) }),
            el('button', {
              className: 'article-link',
              text: `${item.articleTitle} ›`,
              testId: 'evidence-article',
              attrs: { type: 'button' },
              on: { click: () => store.update({ article: item.article }) },
            }),
          ]),
        ]),
      ),
    );

    root.hidden = false;
    setChildren(root, [
      header,
      attrs.aliases.length > 0 ? el('p', { className: 'aliases' }, [el('span', { className: 'muted', text: `${this.t('aliases')}${this.t('colon')}` }), attrs.aliases.join(lang === 'zh' ? '、' : ', ')]) : null,
      attrs.label === 'Article'
        ? el('button', { className: 'primary', text: this.t('openArticle'), testId: 'open-article', attrs: { type: 'button' }, on: { click: () => store.update({ article: node }) } })
        : null,
      actions,
      this.editor && attrs.label !== 'Article' ? this.editor.controls(node) : null,
      el('h3', { text: this.t('attributes') }),
      table,
      districtTies ? el('h3', { text: this.t('districtTies') }) : null,
      districtTies,
      el('h3', { text: this.t('relations') }),
      ...relationSections,
      attrs.label === 'Article' ? null : el('h3', { text: this.t('evidence') }),
      attrs.label === 'Article' ? null : evidence.length > 0 ? evidenceList : el('p', { className: 'muted', text: this.t('noEvidence') }),
    ]);
  }
}
