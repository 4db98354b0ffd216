// UI strings in Chinese (the default) and English. Data (names, sentences) is never translated.
import type { NodeLabel } from '../../../graph/schema.js';

export type Lang = 'zh' | 'en';

const STRINGS = {
  title: { zh: '工会知识图谱', en: 'Trade-union knowledge graph' },
  searchPlaceholder: { zh: '搜索：名称、别名或拼音（如 wangjing、wj）', en: 'Search names, aliases or pinyin (e.g. wangjing, wj)' },
  noResults: { zh: '没有找到匹配的节点', en: 'No matching node' },
  switchLang: { zh: 'English', en: '中文' },
  legend: { zh: '图例（点击显示/隐藏）', en: 'Legend (click to show/hide)' },
  filters: { zh: '筛选', en: 'Filters' },
  district: { zh: '区县', en: 'District' },
  community: { zh: '社群', en: 'Community' },
  all: { zh: '全部', en: 'All' },
  minDegree: { zh: '最小度数', en: 'Minimum degree' },
  appearance: { zh: '外观', en: 'Appearance' },
  colorBy: { zh: '颜色', en: 'Color by' },
  colorByLabel: { zh: '按类型', en: 'Type' },
  colorByCommunity: { zh: '按社群', en: 'Community' },
  sizeBy: { zh: '大小', en: 'Size by' },
  sizeByPagerank: { zh: 'PageRank', en: 'PageRank' },
  sizeByDegree: { zh: '度数', en: 'Degree' },
  tools: { zh: '工具', en: 'Tools' },
  relayout: { zh: '重新布局', en: 'Re-run layout' },
  layoutRunning: { zh: '布局计算中…', en: 'Laying out…' },
  exportGexf: { zh: '导出 GEXF（当前显示）', en: 'Export GEXF (as shown)' },
  exportPng: { zh: '导出 PNG 截图', en: 'Export PNG snapshot' },
  resetView: { zh: '重置视图', en: 'Reset view' },
  path: { zh: '最短路径', en: 'Shortest path' },
  pathFrom: { zh: '起点', en: 'From' },
  pathTo: { zh: '终点', en: 'To' },
  pathPick: { zh: '在节点详情中选择', en: 'pick in a node’s panel' },
  pathNone: { zh: '两点之间没有路径', en: 'No path between them' },
  pathLength: { zh: '路径长度', en: 'Path length' },
  clear: { zh: '清除', en: 'Clear' },
  setFrom: { zh: '设为起点', en: 'Path from here' },
  setTo: { zh: '设为终点', en: 'Path to here' },
  ego: { zh: '自我网络', en: 'Ego network' },
  egoOff: { zh: '关闭', en: 'Off' },
  hop1: { zh: '1 跳', en: '1 hop' },
  hop2: { zh: '2 跳', en: '2 hops' },
  aliases: { zh: '别名', en: 'Aliases' },
  attributes: { zh: '属性', en: 'Attributes' },
  relations: { zh: '关系', en: 'Relations' },
  evidence: { zh: '证据', en: 'Evidence' },
  noEvidence: { zh: '没有证据句', en: 'No evidence sentence' },
  mentionedIn: { zh: '提及它的文章', en: 'Mentioned in' },
  mentions: { zh: '提到的实体', en: 'Entities mentioned' },
  openArticle: { zh: '阅读全文', en: 'Read the article' },
  close: { zh: '关闭', en: 'Close' },
  source: { zh: '来源', en: 'Source' },
  cypher: { zh: 'Cypher 查询', en: 'Cypher query' },
  cypherRun: { zh: '运行（只读）', en: 'Run (read-only)' },
  cypherRows: { zh: '行', en: 'rows' },
  cypherSubgraph: { zh: '结果子图', en: 'Result subgraph' },
  cypherError: { zh: '查询失败', en: 'Query failed' },
  nodesEdges: { zh: '{shown}/{nodes} 个节点 · {edges} 条边', en: '{shown}/{nodes} nodes · {edges} edges' },
  loading: { zh: '正在加载图谱…', en: 'Loading the graph…' },
  loadFailed: { zh: '无法加载图谱', en: 'Cannot load the graph' },
  attr_district: { zh: '所在区', en: 'District' },
  attr_roles: { zh: '职务', en: 'Roles' },
  attr_key: { zh: '关键词', en: 'Key' },
  attr_mentions: { zh: '提及次数', en: 'Mentions' },
  attr_degree: { zh: '度数', en: 'Degree' },
  attr_pagerank: { zh: 'PageRank', en: 'PageRank' },
  attr_community: { zh: '社群', en: 'Community' },
  attr_source: { zh: '来源', en: 'Source' },
  attr_id: { zh: '编号', en: 'Id' },
  colon: { zh: '：', en: ': ' },
  labelDensity: { zh: '标签密度', en: 'Label density' },
  labelSize: { zh: '标签字号', en: 'Label size' },
  communityOnly: { zh: '点击只显示这个社群', en: 'Click to show this community only' },
  picked: { zh: '多选（Shift+点击或拖框）', en: 'Multi-select (Shift+click or drag a box)' },
  pickHint: { zh: '按住 Shift 点击节点或拖出方框加入多选', en: 'Shift+click nodes or Shift+drag a box around them to add them' },
  boxSelect: { zh: '框选', en: 'Box select' },
  boxSelectHint: { zh: '打开后直接拖动即可框选节点（也可按住 Shift 拖动）', en: 'While on, a drag draws a box that adds the nodes inside (Shift+drag always does)' },
  showOnly: { zh: '只显示这些', en: 'Show only these' },
  hideThese: { zh: '隐藏这些', en: 'Hide these' },
  expand: { zh: '加入邻居', en: 'Expand neighbours' },
  showAll: { zh: '恢复显示全部节点', en: 'Show every node again' },
  searchCount: { zh: '共 {count} 个结果', en: '{count} results' },
  searchMore: { zh: '再显示 {count} 个', en: 'Show {count} more' },
  districtTies: { zh: '所属区县', en: 'Districts' },
  cypherParams: { zh: '参数（JSON，如 {"name": "…"}）', en: 'Parameters (JSON, e.g. {"name": "…"})' },
  cypherParamsInvalid: { zh: '参数必须是一个 JSON 对象', en: 'Parameters must be a JSON object' },
  cypherMissing: { zh: '缺少参数 {names}：已加入下面的参数框，填好后再运行', en: 'Missing parameters {names}: added to the parameters box, fill them in and run again' },
  cypherExamples: { zh: '示例查询', en: 'Example queries' },
  cypherHistory: { zh: '历史', en: 'History' },
  cypherHint: { zh: 'Ctrl/⌘+Enter 运行', en: 'Ctrl/⌘+Enter runs' },
  toggleSidebar: { zh: '显示/隐藏侧栏', en: 'Show/hide the sidebar' },
  undated: { zh: '图谱没有日期（文章未注明日期），不显示时间轴', en: 'The graph is undated (no article has a date): no timeline' },
  allTime: { zh: '全部时间', en: 'All time' },
  play: { zh: '逐月播放', en: 'Play month by month' },
  pause: { zh: '暂停', en: 'Pause' },
  articlesInMonth: { zh: '{month}：{count} 篇文章', en: '{month}: {count} articles' },
  timelineHint: { zh: '每月文章数：拖动选择时间段，单击清除', en: 'Articles per month: drag to pick a window, click to clear' },
  firstSeen: { zh: '首次出现', en: 'First seen' },
  lastSeen: { zh: '最后出现', en: 'Last seen' },
  date: { zh: '日期', en: 'Date' },
  outlet: { zh: '媒体', en: 'Outlet' },
  noArticleText: { zh: '这个图谱里没有这篇文章的全文', en: 'This graph holds no text for this article' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

const LABEL_NAMES: Record<NodeLabel, Record<Lang, string>> = {
  Union: { zh: '工会', en: 'Union' },
  District: { zh: '区县', en: 'District' },
  Street: { zh: '街乡镇', en: 'Street' },
  Region: { zh: '省市', en: 'Region' },
  Person: { zh: '人物', en: 'Person' },
  Organization: { zh: '机构', en: 'Organization' },
  Initiative: { zh: '活动', en: 'Initiative' },
  Article: { zh: '文章', en: 'Article' },
};

const EDGE_TYPE_NAMES: Record<string, Record<Lang, string>> = {
  LOCATED_IN: { zh: '位于', en: 'Located in' },
  SUBORDINATE_TO: { zh: '隶属于', en: 'Subordinate to' },
  ORGANIZED: { zh: '主办', en: 'Organized' },
  PARTICIPATED_IN: { zh: '参与', en: 'Participated in' },
  HELD_AT: { zh: '举办地', en: 'Held at' },
  MEMBER_OF: { zh: '任职于', en: 'Member of' },
  REPORTED: { zh: '报道', en: 'Reported' },
  MENTIONS: { zh: '提及', en: 'Mentions' },
};

export function t(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}

export function labelName(lang: Lang, label: string): string {
  return LABEL_NAMES[label as NodeLabel]?.[lang] ?? label;
}

export function edgeTypeName(lang: Lang, type: string): string {
  return EDGE_TYPE_NAMES[type]?.[lang] ?? type;
}
