// The node panel (attributes, relations by type, evidence), the article reader with every
// entity highlighted, and the Cypher panel. All data goes into the DOM as text.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { CypherResponse } from '../../shared/api.js';
import { articleView, nodeEvidence } from '../../shared/article-view.js';
import { el, highlighted, setChildren } from './dom.js';
import type { Explorer } from './explorer.js';
import { edgeTypeName, labelName } from './i18n.js';
import { labelColor } from './palette.js';

const MAX_RELATIONS_PER_TYPE = 60;
const DEFAULT_CYPHER = 'MATCH (u:Union)-[r]-(n) RETURN u, r, n LIMIT 25';

interface Relation {
  other: string;
  outgoing: boolean;
  role?: string;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toPrecision(4);
  if (Array.isArray(value)) return value.map(formatValue).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

interface PlainGraphValue {
  kind?: string;
  labels?: string[];
  type?: string;
  properties?: Record<string, unknown>;
  nodes?: PlainGraphValue[];
}

/** A Cypher cell as one line: nodes as (:Label name), relationships as [:TYPE], paths as chains. */
function cellText(value: unknown): string {
  if (value === null || typeof value !== 'object') return formatValue(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  const item = value as PlainGraphValue;
  const name = (p: PlainGraphValue): string => formatValue(p.properties?.name ?? p.properties?.title ?? p.properties?.id ?? '');
  if (item.kind === 'node') return `(${(item.labels ?? []).filter((l) => l !== 'Node').map((l) => `:${l}`).join('')} ${name(item)})`;
  if (item.kind === 'relationship') return `[:${item.type ?? ''}]`;
  if (item.kind === 'path') return (item.nodes ?? []).map(cellText).join('—');
  return JSON.stringify(value);
}

export class Panels {
  private cypherQuery = DEFAULT_CYPHER;
  private cypherResult: CypherResponse | null = null;
  private cypherError: string | null = null;
  private cypherSigma: Sigma | null = null;

  constructor(private readonly explorer: Explorer) {}

  /** A button naming a node that selects it and moves the camera there. */
  nodeLink(node: string): HTMLElement {
    const graph = this.explorer.graph;
    if (!graph.hasNode(node)) return el('span', { text: node });
    const attrs = graph.getNodeAttributes(node);
    const button = el('button', { className: 'node-link', attrs: { type: 'button' }, title: labelName(this.explorer.state.lang, attrs.label) }, [
      el('span', { className: 'dot', attrs: { style: `background:${labelColor(attrs.label)}` } }),
      el('span', { text: attrs.label === 'Article' ? (attrs.title ?? attrs.name) : attrs.name }),
    ]);
    button.addEventListener('click', () => this.explorer.select(node, { moveCamera: true }));
    return button;
  }

  renderPanel(): void {
    const { graph, state, ui } = this.explorer;
    const node = state.selected;
    if (!node || !graph.hasNode(node)) {
      ui.panel.hidden = true;
      ui.panel.replaceChildren();
      return;
    }
    const lang = state.lang;
    const attrs = graph.getNodeAttributes(node);
    const t = this.explorer.t.bind(this.explorer);

    const header = el('header', {}, [
      el('span', { className: 'badge', text: labelName(lang, attrs.label), attrs: { style: `background:${labelColor(attrs.label)}` } }),
      el('h2', { text: attrs.label === 'Article' ? (attrs.title ?? attrs.name) : attrs.name, testId: 'panel-name' }),
      el('button', { className: 'close', text: '×', title: t('close'), attrs: { type: 'button' }, on: { click: () => this.explorer.select(null) } }),
    ]);

    const rows: [string, unknown][] = [
      [t('attr_district'), attrs.district],
      [t('attr_roles'), attrs.roles],
      [t('attr_key'), attrs.key],
      [t('attr_mentions'), attrs.mentions],
      [t('attr_degree'), this.explorer.degree(node)],
      [t('attr_pagerank'), attrs.pagerank],
      [t('attr_community'), this.explorer.community(node)],
      [t('attr_source'), attrs.source ?? (attrs.firstSource === attrs.lastSource ? attrs.firstSource : `${attrs.firstSource} … ${attrs.lastSource}`)],
      [t('attr_id'), node],
    ];
    const table = el(
      'dl',
      { className: 'attributes' },
      rows.filter(([, v]) => v !== undefined && v !== null && formatValue(v) !== '').flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: formatValue(v) })]),
    );

    const actions = el('div', { className: 'actions' }, [
      el('span', { className: 'muted', text: t('ego') }),
      ...([0, 1, 2] as const).map((hops) =>
        el('button', {
          className: state.egoHops === hops ? 'toggle on' : 'toggle',
          text: hops === 0 ? t('egoOff') : t(hops === 1 ? 'hop1' : 'hop2'),
          testId: `ego-${hops}`,
          attrs: { type: 'button' },
          on: { click: () => this.explorer.update({ egoHops: hops }) },
        }),
      ),
      el('button', { text: t('setFrom'), testId: 'path-from', attrs: { type: 'button' }, on: { click: () => this.explorer.update({ pathFrom: node }) } }),
      el('button', { text: t('setTo'), testId: 'path-to', attrs: { type: 'button' }, on: { click: () => this.explorer.update({ pathTo: node }) } }),
    ]);

    const groups = new Map<string, Relation[]>();
    graph.forEachEdge(node, (_edge, edgeAttrs, source, target) => {
      const outgoing = source === node;
      const relation: Relation = { other: outgoing ? target : source, outgoing };
      if (edgeAttrs.role) relation.role = edgeAttrs.role;
      const list = groups.get(edgeAttrs.type) ?? [];
      list.push(relation);
      groups.set(edgeAttrs.type, list);
    });
    const relationSections = [...groups.entries()]
      .sort((a, b) => (a[0] === 'MENTIONS' ? 1 : 0) - (b[0] === 'MENTIONS' ? 1 : 0) || a[0].localeCompare(b[0]))
      .map(([type, list]) => {
        list.sort((a, b) => graph.getNodeAttribute(a.other, 'name').localeCompare(graph.getNodeAttribute(b.other, 'name'), 'zh'));
        const title = type === 'MENTIONS' ? (attrs.label === 'Article' ? t('mentions') : t('mentionedIn')) : edgeTypeName(lang, type);
        return el('section', { className: 'relation-group', testId: `relations-${type}` }, [
          el('h4', { text: `${title} (${list.length})` }),
          el(
            'ul',
            {},
            list.slice(0, MAX_RELATIONS_PER_TYPE).map((r) =>
              el('li', {}, [el('span', { className: 'dir', text: r.outgoing ? '→' : '←' }), this.nodeLink(r.other), r.role ? el('span', { className: 'role', text: r.role }) : null]),
            ),
          ),
          list.length > MAX_RELATIONS_PER_TYPE ? el('p', { className: 'muted', text: `… +${list.length - MAX_RELATIONS_PER_TYPE}` }) : null,
        ]);
      });

    const evidence = nodeEvidence(graph, node);
    const evidenceList = el(
      'ul',
      { className: 'evidence', testId: 'evidence' },
      evidence.map((item) =>
        el('li', {}, [
          el('blockquote', {}, [highlighted(item.sentence, item.highlights)]),
          el('div', { className: 'meta' }, [
            el('span', { className: 'type', text: edgeTypeName(lang, item.type) }),
            el('button', {
              className: 'article-link',
              text: `${item.articleTitle} ›`,
              testId: 'evidence-article',
              attrs: { type: 'button' },
              on: { click: () => this.explorer.openArticle(item.article) },
            }),
          ]),
        ]),
      ),
    );

    ui.panel.hidden = false;
    setChildren(ui.panel, [
      header,
      attrs.aliases.length > 0 ? el('p', { className: 'aliases' }, [el('span', { className: 'muted', text: `${t('aliases')}${t('colon')}` }), attrs.aliases.join(lang === 'zh' ? '、' : ', ')]) : null,
      attrs.label === 'Article'
        ? el('button', { className: 'primary', text: t('openArticle'), testId: 'open-article', attrs: { type: 'button' }, on: { click: () => this.explorer.openArticle(node) } })
        : null,
      actions,
      el('h3', { text: t('attributes') }),
      table,
      el('h3', { text: t('relations') }),
      ...relationSections,
      attrs.label === 'Article' ? null : el('h3', { text: t('evidence') }),
      attrs.label === 'Article' ? null : evidence.length > 0 ? evidenceList : el('p', { className: 'muted', text: t('noEvidence') }),
    ]);
  }

  renderReader(): void {
    const { graph, state, ui } = this.explorer;
    const view = state.article ? articleView(graph, state.article) : undefined;
    if (!view) {
      if (this.cypherResult || this.cypherError) return this.renderCypherResult();
      ui.reader.hidden = !state.article;
      setChildren(ui.reader, [
        state.article
          ? el('header', {}, [
              el('h2', { text: this.explorer.t('noArticleText') }),
              el('button', { className: 'close', text: '×', title: this.explorer.t('close'), attrs: { type: 'button' }, on: { click: () => this.explorer.openArticle(null) } }),
            ])
          : null,
      ]);
      return;
    }
    const lang = state.lang;
    const labels = [...new Set(view.mentions.map((m) => m.label))];
    ui.reader.hidden = false;
    setChildren(ui.reader, [
      el('header', {}, [
        el('h2', { text: view.title, testId: 'article-title' }),
        el('button', { className: 'close', text: '×', title: this.explorer.t('close'), attrs: { type: 'button' }, on: { click: () => this.explorer.openArticle(null) } }),
      ]),
      el('p', { className: 'muted', text: `${this.explorer.t('source')}${this.explorer.t('colon')}${view.source}` }),
      el(
        'ul',
        { className: 'legend inline' },
        labels.map((label) => el('li', {}, [el('span', { className: 'dot', attrs: { style: `background:${labelColor(label)}` } }), labelName(lang, label)])),
      ),
      el('div', { className: 'article-text', testId: 'article-text' }, [
        highlighted(
          view.text,
          view.mentions.map((m) => ({
            start: m.start,
            end: m.end,
            className: 'm',
            color: labelColor(m.label),
            title: `${labelName(lang, m.label)}${this.explorer.t('colon')}${m.name}`,
            onClick: () => this.explorer.select(m.node, { moveCamera: true }),
          })),
        ),
      ]),
    ]);
  }

  cypherSection(): HTMLElement | null {
    const run = this.explorer.data.runCypher;
    if (!run) return null;
    const t = this.explorer.t.bind(this.explorer);
    const input = el('textarea', { testId: 'cypher-query', attrs: { rows: '4', spellcheck: 'false' } });
    input.value = this.cypherQuery;
    input.addEventListener('input', () => {
      this.cypherQuery = input.value;
    });
    const button = el('button', { className: 'primary', text: t('cypherRun'), testId: 'cypher-run', attrs: { type: 'button' } });
    button.addEventListener('click', () => {
      button.disabled = true;
      run(input.value)
        .then((result) => {
          this.cypherResult = result;
          this.cypherError = null;
        })
        .catch((error: unknown) => {
          this.cypherResult = null;
          this.cypherError = error instanceof Error ? error.message : String(error);
        })
        .finally(() => {
          button.disabled = false;
          this.explorer.openArticle(null);
          this.renderCypherResult();
        });
    });
    return el('section', { className: 'cypher' }, [el('h2', { text: t('cypher') }), input, button]);
  }

  private renderCypherResult(): void {
    const { ui } = this.explorer;
    const t = this.explorer.t.bind(this.explorer);
    this.cypherSigma?.kill();
    this.cypherSigma = null;
    const close = el('button', {
      className: 'close',
      text: '×',
      title: t('close'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          this.cypherResult = null;
          this.cypherError = null;
          this.renderReader();
        },
      },
    });
    ui.reader.hidden = false;
    if (this.cypherError !== null || !this.cypherResult) {
      ui.reader.replaceChildren(el('header', {}, [el('h2', { text: t('cypherError') }), close]), el('pre', { className: 'error', testId: 'cypher-error', text: this.cypherError ?? '' }));
      return;
    }
    const result = this.cypherResult;
    const table = el('table', { className: 'cypher-table', testId: 'cypher-table' }, [
      el('thead', {}, [el('tr', {}, result.columns.map((c) => el('th', { text: c })))]),
      el('tbody', {}, result.rows.map((row) => el('tr', {}, row.map((cell) => el('td', { text: cellText(cell) }))))),
    ]);
    const container = el('div', { className: 'cypher-graph', testId: 'cypher-graph' });
    setChildren(ui.reader, [
      el('header', {}, [el('h2', { text: `${t('cypher')} · ${result.rows.length} ${t('cypherRows')}` }), close]),
      result.notice === undefined ? null : el('p', { className: 'notice', testId: 'cypher-notice', text: result.notice }),
      el('div', { className: 'table-wrap' }, [table]),
      result.nodes.length > 0 ? el('h3', { text: `${t('cypherSubgraph')} (${result.nodes.length} / ${result.relationships.length})` }) : null,
      result.nodes.length > 0 ? container : null,
    ]);
    if (result.nodes.length === 0) return;
    const sub = new MultiDirectedGraph();
    result.nodes.forEach((node, i) => {
      const name = node.properties.name ?? node.properties.title ?? node.properties.id ?? node.id;
      const angle = (2 * Math.PI * i) / result.nodes.length;
      sub.mergeNode(node.id, {
        x: Math.cos(angle),
        y: Math.sin(angle),
        size: 6,
        label: String(name),
        color: labelColor(node.labels.find((l) => l !== 'Node') ?? ''),
        // Neo4j nodes carry the graph's node id: clicking one selects it in the main view.
        ref: typeof node.properties.id === 'string' ? node.properties.id : null,
      });
    });
    for (const rel of result.relationships) {
      if (sub.hasNode(rel.start) && sub.hasNode(rel.end)) sub.mergeEdgeWithKey(rel.id, rel.start, rel.end, { label: rel.type, size: 1.5, color: '#999999', type: 'arrow' });
    }
    forceAtlas2.assign(sub, { iterations: 150, settings: forceAtlas2.inferSettings(sub) });
    this.cypherSigma = new Sigma(sub, container, { allowInvalidContainer: true, renderEdgeLabels: true, labelFont: "'Noto Sans CJK SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif" });
    this.cypherSigma.on('clickNode', ({ node }) => {
      const ref: unknown = sub.getNodeAttribute(node, 'ref');
      if (typeof ref === 'string' && this.explorer.graph.hasNode(ref)) this.explorer.select(ref, { moveCamera: true });
    });
  }
}
