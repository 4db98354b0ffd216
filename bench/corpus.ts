// Deterministic, seedable generator of newspaper-like pages for benchmarks: several articles per
// page (headline, optional deck, 本报讯 byline, body paragraphs with unions, places, organizations,
// people, quotations and quoted initiatives, photo stories with credit lines, column breaks), built
// from templates, the gazetteer and general vocabulary — never from the seed pages.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPlaces, beijingDistricts, type Place } from '../extractor/lexicon/gazetteer.js';
import { SURNAMES } from '../extractor/lexicon/surnames.js';
import { seededRandom } from '../graph/analytics/rng.js';

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

const GIVEN_CHARS = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞宇浩然欣怡晨阳雪梅志宏海波俊峰立新春雷晶颖琳'];
const CORE_CHARS = [...'华建城通达信泰恒远博安康盛鑫宏科中京兴源顺发联创利嘉金'];
const INDUSTRIES = ['科技', '建设', '物流', '能源', '环保', '医疗', '文化', '电力', '交通', '燃气', '供热', '食品', '信息技术', '智能制造'];
const ORG_SUFFIXES = ['有限公司', '有限责任公司', '集团', '股份有限公司'];
const INSTITUTIONS = ['职业技术学院', '医院', '第一中学', '技师学院', '社区卫生服务中心', '职工服务中心', '图书馆'];
const QUOTE_WORDS = ['匠心', '筑梦', '暖心', '同行', '强基', '先锋', '安康', '互助', '书香', '奋进', '青春', '巾帼', '健康', '技能', '守护', '启航', '聚力', '惠工'];
const HEADS = ['活动', '技能竞赛', '劳动竞赛', '培训班', '研修班', '座谈会', '交流会', '职工运动会', '主题展览', '文艺演出', '计划', '专项行动', '服务季'];
const TRADES = ['焊工', '电工', '钳工', '车工', '维修电工', '育婴员', '快递员', '网约车司机', '养老护理员', '中式烹调师'];
const UNION_TITLES = ['主席', '副主席', '党组成员', '书记', '负责人'];
const ORG_TITLES = ['主任', '总工程师', '首席技师', '总经理', '工会主席'];
const SPEECH = ['表示', '介绍', '说', '指出', '强调'];
const ORGANIZE = ['主办', '承办', '协办', '指导'];
const SUBJECTS = ['职工', '一线劳动者', '新就业形态劳动者', '工会干部', '技术骨干', '青年职工', '女职工', '农民工'];
const ACTIONS = [
  '提升了职业技能',
  '交流了工作经验',
  '感受到了工会组织的温暖',
  '积极参与技术创新',
  '在岗位上建功立业',
  '享受到了普惠服务',
  '参加了健康体检',
  '学习了安全生产知识',
];
const CLAUSES = [
  '围绕服务职工这一主线',
  '按照年度工作安排',
  '结合辖区产业特点',
  '聚焦职工急难愁盼问题',
  '为进一步深化产业工人队伍建设改革',
  '在前期调研的基础上',
];
const GOALS = [
  '切实把服务送到职工身边',
  '推动形成比学赶超的良好氛围',
  '不断增强职工的获得感、幸福感、安全感',
  '为企业高质量发展注入新动能',
  '让更多劳动者共享发展成果',
  '持续擦亮工会服务品牌',
];

interface World {
  districts: Place[];
  streetsByDistrict: Map<string, Place[]>;
  surnames: string[];
}

let world: World | undefined;

function getWorld(): World {
  if (world === undefined) {
    const districts = beijingDistricts();
    const streetsByDistrict = new Map<string, Place[]>();
    for (const p of allPlaces()) {
      if (p.level === 'street' && p.parentCode !== undefined) {
        streetsByDistrict.set(p.parentCode, [...(streetsByDistrict.get(p.parentCode) ?? []), p]);
      }
    }
    // The commonest hundred single surnames: compound ones are rare in news.
    const surnames = SURNAMES.filter((s) => s.length === 1).slice(0, 100);
    world = { districts: districts.filter((d) => streetsByDistrict.has(d.code)), streetsByDistrict, surnames };
  }
  return world;
}

function person(rng: Rng): string {
  const { surnames } = getWorld();
  const given = rng() < 0.6 ? pick(rng, GIVEN_CHARS) + pick(rng, GIVEN_CHARS) : pick(rng, GIVEN_CHARS);
  return pick(rng, surnames) + given;
}

function organization(rng: Rng, district: Place): string {
  if (rng() < 0.3) return `北京市${district.name}${pick(rng, INSTITUTIONS)}`;
  const core = pick(rng, CORE_CHARS) + pick(rng, CORE_CHARS);
  const prefix = rng() < 0.5 ? '北京' : '';
  return `${prefix}${core}${pick(rng, INDUSTRIES)}${pick(rng, ORG_SUFFIXES)}`;
}

function initiative(rng: Rng): string {
  const words = pick(rng, QUOTE_WORDS) + pick(rng, QUOTE_WORDS);
  const head = pick(rng, HEADS);
  const trade = head.includes('竞赛') ? pick(rng, TRADES) : '';
  return `“${words}”${trade}${head}`;
}

/** Occasionally breaks a line mid-sentence, as page layouts split columns. */
function columnBreak(rng: Rng, paragraph: string): string {
  if (paragraph.length < 40 || rng() > 0.25) return paragraph;
  const at = between(rng, 10, paragraph.length - 10);
  return `${paragraph.slice(0, at)}\n\n\n\n${paragraph.slice(at)}`;
}

function filler(rng: Rng): string {
  return `${pick(rng, CLAUSES)}，${pick(rng, SUBJECTS)}${pick(rng, ACTIONS)}，${pick(rng, GOALS)}。`;
}

function newsArticle(rng: Rng): string {
  const { districts, streetsByDistrict } = getWorld();
  const district = pick(rng, districts);
  const street = pick(rng, streetsByDistrict.get(district.code)!);
  const union = rng() < 0.5 ? `${street.name}总工会` : `${district.name}${street.name}总工会`;
  const districtUnion = `${district.name}总工会`;
  const org = organization(rng, district);
  const event = initiative(rng);
  const [reporter, correspondent, official, worker] = [person(rng), person(rng), person(rng), person(rng)];
  const count = between(rng, 12, 300);

  const headline = rng() < 0.5 ? `${union}举办${event}` : `${pick(rng, SUBJECTS)}${pick(rng, ACTIONS)}`;
  const deck = rng() < 0.3 ? `${pick(rng, GOALS)}\n\n` : '';
  const byline = rng() < 0.5 ? `本报讯（记者 ${reporter} 通讯员 ${correspondent}）` : `本报讯（记者 ${reporter}）`;
  const paragraphs = [
    `${byline}近日，${union}在${org}举办${event}，来自${district.name}各行业的${count}名${pick(rng, SUBJECTS)}参加。${filler(rng)}`,
    `此次${event.slice(event.lastIndexOf('”') + 1)}由${districtUnion}${pick(rng, ORGANIZE)}，${union}${pick(rng, ORGANIZE)}，${org}协办。${filler(rng)}${filler(rng)}`,
    `${union}${pick(rng, UNION_TITLES)}${official}${pick(rng, SPEECH)}：“${filler(rng)}${filler(rng)}”`,
    rng() < 0.5
      ? `${worker}是${org}的一名${pick(rng, TRADES)}。“${filler(rng)}”${worker}${pick(rng, SPEECH)}。${filler(rng)}`
      : `${org}${pick(rng, ORG_TITLES)}${worker}${pick(rng, SPEECH)}，${filler(rng)}`,
  ];
  for (let i = between(rng, 0, 3); i > 0; i--) paragraphs.push(filler(rng) + filler(rng) + filler(rng));
  return `${headline}\n\n${deck}${paragraphs.map((p) => columnBreak(rng, p)).join('\n\n')}`;
}

function photoStory(rng: Rng): string {
  const { districts } = getWorld();
  const district = pick(rng, districts);
  return `${pick(rng, SUBJECTS)}${pick(rng, ACTIONS)}\n\n近日，${district.name}总工会开展${initiative(rng)}，${filler(rng)}\n\n本报记者 ${person(rng)} 摄`;
}

/** One page: three to six articles, one of them sometimes a photo story. */
export function generatePage(rng: Rng): string {
  const articles: string[] = [];
  for (let i = between(rng, 3, 6); i > 0; i--) articles.push(rng() < 0.2 ? photoStory(rng) : newsArticle(rng));
  return `\n\n${articles.join('\n\n')}\n`;
}

/** Text of about `bytes` UTF-8 bytes (whole pages, so slightly more). */
export function generateText(seed: number, bytes: number): string {
  const rng = seededRandom(seed);
  const pages: string[] = [];
  let size = 0;
  while (size < bytes) {
    const page = generatePage(rng);
    pages.push(page);
    size += Buffer.byteLength(page);
  }
  return pages.join('\n');
}

export interface CorpusOptions {
  seed: number;
  /** Total size in UTF-8 bytes. */
  totalBytes: number;
  /** Size of each file in bytes (the last one may be smaller). */
  fileBytes: number;
}

export interface CorpusFile {
  path: string;
  bytes: number;
}

/** Writes the corpus into `dir` as page-00001.txt … and returns the files in order. */
export function writeCorpus(dir: string, options: CorpusOptions): CorpusFile[] {
  if (!(options.totalBytes > 0) || !(options.fileBytes > 0)) {
    throw new Error(`corpus: totalBytes and fileBytes must be positive, got ${options.totalBytes} and ${options.fileBytes}`);
  }
  mkdirSync(dir, { recursive: true });
  const files: CorpusFile[] = [];
  let written = 0;
  for (let n = 1; written < options.totalBytes; n++) {
    const text = generateText(options.seed * 100_003 + n, Math.min(options.fileBytes, options.totalBytes - written));
    const path = join(dir, `page-${String(n).padStart(5, '0')}.txt`);
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    const bytes = Buffer.byteLength(text);
    files.push({ path, bytes });
    written += bytes;
  }
  return files;
}
