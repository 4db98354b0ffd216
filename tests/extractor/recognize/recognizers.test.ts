// The recognizers on short passages: who counts as a person, how far a union's or an
// organization's name reaches, which events are initiatives.
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../../extractor/extract.js';
import type { ArticleRecord } from '../../../extractor/types.js';
import { extractArticle } from '../article.js';

const extract = (body: string, title = '工会开展职工服务工作'): ArticleRecord => extractArticle(title, body);

const of = (r: ArticleRecord, type: string): string[] => r.entities.filter((e) => e.type === type).map((e) => e.name);

describe('Person', () => {
  it('takes names after titles, in lists, and before speech verbs', () => {
    const r = extract('近日，石景山区总工会党组书记、主席吴国强出席活动。北京市劳动模范郭海燕、杨志刚参加座谈。职工代表欧阳文静表示，收获很大。');
    expect(of(r, 'Person')).toEqual(expect.arrayContaining(['周明', '吴国强', '郭海燕', '杨志刚', '欧阳文静']));
    expect(r.entities.find((e) => e.name === '吴国强')?.roles).toContain('主席');
  });

  it('takes the person an election names before 为, and leaves them out of the union (选举某为区总工会副主席)', () => {
    const r = extract('会议选举罗文静为区总工会副主席，增补田野为区总工会委员。何平为区总工会送来锦旗。', '丰泽区总工会召开全委会');
    expect(of(r, 'Person')).toEqual(expect.arrayContaining(['罗文静', '田野']));
    expect(of(r, 'Person')).not.toContain('何平');
    expect(of(r, 'Union')).toEqual(['丰泽区总工会']);
    const member = r.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from}>${x.to}:${x.role}`);
    expect(member).toEqual(expect.arrayContaining(['Person:罗文静>Union:丰泽区总工会:副主席', 'Person:田野>Union:丰泽区总工会:委员']));
  });

  it('ends a name before the report the person gives (主席某作工作报告)', () => {
    const r = extract('区总工会党组书记、主席柯美玲作工作报告，副主席洪涛作典型发言。', '丰泽区总工会召开全委会');
    expect(of(r, 'Person')).toEqual(expect.arrayContaining(['柯美玲', '洪涛']));
  });

  it('reads a list of officials, one post a line (主席：某某), and the union its offices belong to', () => {
    const text = '\n\n组织机构\n\n主席：欧阳宁\n常务副主席：韩立\n副主席：乔丹青、庞博（兼职）\n\n泉州市丰泽区总工会内设办公室、组织部。\n';
    const [r] = extractSources([{ path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text }]);
    expect(of(r!, 'Person')).toEqual(['欧阳宁', '韩立', '乔丹青', '庞博']);
    expect(r!.entities.find((e) => e.name === '韩立')?.roles).toEqual(['常务副主席']);
    expect(of(r!, 'Union')).toEqual(['丰泽区总工会']);
    expect(of(r!, 'Organization')).toEqual([]);
  });

  it('never makes a person of anonymous people', () => {
    const r = extract('一名快递员说，工会的服务很贴心。张女士表示很感动。小张和老李也来了。王师傅介绍，驿站冬暖夏凉。');
    expect(of(r, 'Person')).toEqual(['周明']);
  });

  it('does not take ordinary words after a title for names', () => {
    const r = extract('相关负责人表示，将继续做好服务。工会主席表示支持。广大职工成长很快。');
    expect(of(r, 'Person')).toEqual(['周明']);
  });
  it('takes a name jieba splits into a measure word and a word (副主席张得志表示)', () => {
    const r = extract('会上，丰台区总工会副主席张得志表示，将继续做好服务。主席张立新表示支持。');
    expect(of(r, 'Person')).toEqual(expect.arrayContaining(['张得志', '张立新']));
  });

  it('takes a name whose surname jieba reads as a pronoun (主席何秀英出席, 何/r), with its post', () => {
    const r = extract('会上，南湖区委常委、区总工会主席何秀英出席活动。副主席于海波、何建国参加座谈。', '南湖区总工会召开座谈会');
    expect(of(r, 'Person')).toEqual(expect.arrayContaining(['何秀英', '于海波', '何建国']));
    const member = r.relations.find((x) => x.type === 'MEMBER_OF' && x.from === 'Person:何秀英' && x.to === 'Union:南湖区总工会');
    expect(member?.role).toBe('主席');
  });

  it('takes a doctor or lawyer brought to the workers, ending the name at 作 (主任医师刘成钢作健康讲座)', () => {
    const r = extract('活动邀请了市第二人民医院心内科主任医师刘成钢作健康讲座，律师宋佳和心理咨询师杜明丽现场答疑。');
    expect(of(r, 'Person')).toEqual(expect.arrayContaining(['刘成钢', '宋佳', '杜明丽']));
    expect(of(r, 'Person')).not.toContain('刘成');
  });

  it('ends a name at a half-width comma as at a full-width one (环卫工人周家玲,她…)', () => {
    const r = extract('分享经验的是环卫工人周家玲,她曾被评为劳模。');
    expect(of(r, 'Person')).toEqual(['周明', '周家玲']);
  });

  it('takes a person a clause introduces by where they come from (来自…的巩彦宏，拿到…)', () => {
    const r = extract('来自中建一局项目部的巩彦宏，拿到照片后十分高兴。来自各区的职工，也拿到了照片。');
    expect(of(r, 'Person')).toEqual(['周明', '巩彦宏']);
  });

  it('takes a list of names closed by 等 and a count (潘尚华、张智德等4名选手), and names after 领导', () => {
    const r = extract('其中，潘尚华、潘清贵、张智德、黄性平等4名选手荣获一等奖。市总工会领导梁秋伶、许庆春出席。');
    expect(of(r, 'Person')).toEqual(['周明', '潘尚华', '潘清贵', '张智德', '黄性平', '梁秋伶', '许庆春']);
  });

  it('takes a name after a frontline occupation (环卫工人周家玲), never an anonymous one', () => {
    const r = extract('分享经验的是环卫工人周家玲，她曾被评为劳模。快递员小王和骑手王师傅也来了。');
    expect(of(r, 'Person')).toEqual(['周明', '周家玲']);
  });
});

describe('Places', () => {
  it('does not take a place’s short form inside a road name (中山西路, 朝阳北路)', () => {
    const r = extract('志愿者前往位于中山西路和朝阳北路的两个爱心驿站。');
    expect(of(r, 'Region')).toEqual([]);
    expect(of(r, 'District')).toEqual([]);
  });

  it('takes a Beijing 地区 printed under its township’s designation (崔各庄乡 for 崔各庄地区), the union keeping the printed name', () => {
    const r = extract('近日，北京市崔各庄乡总工会举办职工趣味运动会。', '崔各庄乡职工趣味运动会');
    const street = r.entities.find((e) => e.type === 'Street');
    expect(street?.name).toBe('崔各庄地区');
    expect(street?.mentions.map((m) => m.text)).toContain('崔各庄乡');
    const located = r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => `${x.from} -> ${x.to}`);
    expect(located).toContain('Union:北京市崔各庄乡总工会 -> Street:崔各庄地区');
  });
});

describe('central tasks and party departments', () => {
  it('reads 区委中心工作 as the committee\'s task, 某区职工服务中心工作人员 as staff of a centre, and 组织部 as no act of organizing', () => {
    const r = extract(
      '12月1日，丰泽区总工会召开全委会。区委常委、组织部部长郑刚出席会议。会议要求围绕区委中心工作持续深化改革。丰泽区职工服务中心工作人员列席。',
      '丰泽区总工会召开全委会',
    );
    expect(of(r, 'Organization').filter((n) => n.endsWith('中心'))).toEqual(['丰泽区职工服务中心']);
    const organized = r.relations.filter((x) => x.type === 'ORGANIZED').map((x) => x.from);
    expect(organized).toEqual(['Union:丰泽区总工会']);
  });
});

describe('government departments named by a level', () => {
  const rel = (r: ArticleRecord, type: string): string[] => r.relations.filter((x) => x.type === type).map((x) => `${x.from}>${x.to}`);

  it('completes a bare 市/区/县 with the place in focus, whatever jieba made of it', () => {
    const r = extract(
      '由市总工会、市人力资源和社会保障局联合主办，市建筑工会承办的泉州市第二届职工焊工技能大赛开幕。区人社局、市教育局相关负责人出席。县交通运输局、市卫健委、区城管委派员参加。',
      '泉州市丰泽区举办职工焊工技能大赛',
    );
    expect(of(r, 'Organization')).toEqual(
      expect.arrayContaining(['泉州市人力资源和社会保障局', '丰泽区人社局', '泉州市教育局', '泉州市卫健委', '丰泽区城管委', '县交通运输局']),
    );
    const contest = r.entities.find((e) => e.name.includes('第二届职工焊工技能大赛'))!.id;
    expect(rel(r, 'ORGANIZED')).toEqual(
      expect.arrayContaining([`Union:泉州市总工会>${contest}`, `Organization:泉州市人力资源和社会保障局>${contest}`]),
    );
  });

  it('makes a department printed in short and in full one organization, under its full name', () => {
    const r = extract('泉州市人力资源和社会保障局举办招聘会。市人社局局长吴振华致辞。泉州市教育局、市教育局副局长钱敏出席。', '泉州市举办招聘会');
    const named = of(r, 'Organization');
    expect(named).toEqual(expect.arrayContaining(['泉州市人力资源和社会保障局', '泉州市教育局']));
    expect(named.filter((n) => n.includes('人社') || n.includes('教育局'))).toEqual(['泉州市教育局']);
    const bureau = r.entities.find((e) => e.name === '泉州市人力资源和社会保障局')!;
    expect(bureau.mentions.map((m) => m.text)).toContain('市人社局');
    expect(rel(r, 'MEMBER_OF')).toEqual(
      expect.arrayContaining(['Person:吴振华>Organization:泉州市人力资源和社会保障局', 'Person:钱敏>Organization:泉州市教育局']),
    );
  });

  it('takes a place and a short form together (某市人社局, 某区住建委)', () => {
    const r = extract('泉州市人社局、丰台区住建委、丰台区城管委派员参加。');
    expect(of(r, 'Organization')).toEqual(expect.arrayContaining(['泉州市人社局', '丰台区住建委', '丰台区城管委']));
  });

  it('leaves every district\'s bureaus, a union named after one, and words going on alone', () => {
    const r = extract('各区人社局负责人参加。市教育局工会主席孙丽出席。区教育办学水平不断提高。', '丰泽区召开会议');
    expect(of(r, 'Organization')).toEqual([]);
    expect(of(r, 'Union')).toEqual(['泉州市教育局工会']);
  });
});

describe('unions of places the gazetteer lacks', () => {
  it('names a street union by its place jieba cuts apart (朱家/湾/街道总工会), and its short form stands for it', () => {
    const r = extract('11月18日，朱家湾街道总工会联合朱家湾小学开展“劳模工匠进校园”活动。街道总工会主席陈永强说，将持续开展宣讲。', '劳模工匠进校园');
    expect(of(r, 'Union')).toEqual(['朱家湾街道总工会']);
    expect(r.relations.find((x) => x.type === 'MEMBER_OF' && x.from === 'Person:陈永强')?.to).toBe('Union:朱家湾街道总工会');
  });

  it('reads 区总工会 as the district union the article names when its district is unknown', () => {
    const r = extract('12月2日，顺昌区总工会召开新就业形态劳动者代表座谈会。区总工会党组书记、常务副主席高文斌主持会议。', '区总工会召开座谈会');
    expect(of(r, 'Union')).toEqual(['顺昌区总工会']);
    expect(r.relations.find((x) => x.type === 'MEMBER_OF' && x.from === 'Person:高文斌')?.to).toBe('Union:顺昌区总工会');
  });
});

describe('unions sharing a head, industry unions', () => {
  it('gives each place listed before a place\'s 总工会 its own union (某市、某市总工会)', () => {
    const r = extract('兰州市、天水市总工会将同步开展“金秋助学”活动。', '甘肃省总工会发布帮扶计划');
    expect(of(r, 'Union')).toEqual(expect.arrayContaining(['兰州市总工会', '天水市总工会']));
    const organized = r.relations.filter((x) => x.type === 'ORGANIZED').map((x) => x.from);
    expect(organized).toEqual(expect.arrayContaining(['Union:兰州市总工会', 'Union:天水市总工会']));
  });

  it('takes a company union abbreviated in the headline for the full one, not a branch for its parent', () => {
    const r = extract(
      '7月15日，中铁九局华东建设工程有限公司工会走进项目一线开展慰问。公司工会主席高峰一行看望职工。',
      '中铁九局华东公司工会开展“夏送清凉”慰问',
    );
    expect(of(r, 'Union')).toEqual(['中铁九局华东建设工程有限公司工会']);
    const branch = extract('北京华信科技有限公司第一分公司工会和北京华信公司工会开展慰问。');
    expect(of(branch, 'Union')).toEqual(expect.arrayContaining(['北京华信科技有限公司第一分公司工会', '北京华信公司工会']));
  });

  it('takes a district\'s health union as an industry union (区卫生健康工会)', () => {
    const r = extract('区教育工会、区卫生健康工会主席参加会议。', '丰泽区总工会召开全委会');
    expect(of(r, 'Union')).toEqual(expect.arrayContaining(['丰泽区教育工会', '丰泽区卫生健康工会']));
  });
});

describe('Union and Organization', () => {
  it('takes no venue named only by its owner\'s kind (公司体育馆)', () => {
    const r = extract('11月5日，某某公司工会在公司体育馆举办职工趣味运动会。');
    expect(of(r, 'Organization')).not.toContain('公司体育馆');
    expect(r.relations.filter((x) => x.type === 'HELD_AT')).toEqual([]);
  });

  it('takes full names with their place and company prefixes', () => {
    const r = extract('近日，北京京能电力股份有限公司工会委员会联合石景山区人力资源和社会保障局，在北京市石景山区鲁谷街道社区服务中心举办招聘会。');
    expect(of(r, 'Union')).toEqual(['北京京能电力股份有限公司工会委员会']);
    expect(of(r, 'Organization')).toEqual(expect.arrayContaining(['石景山区人力资源和社会保障局']));
  });

  it('completes 区总工会 with the article’s district and 市总工会 with the city', () => {
    const r = extract('近日，密云区总工会举办培训班。区总工会有关负责人介绍，市总工会对此给予支持。', '密云区总工会举办培训班');
    expect(of(r, 'Union')).toEqual(['密云区总工会', '北京市总工会']);
    const miyun = r.entities.find((e) => e.name === '密云区总工会')!;
    expect(miyun.mentions.map((m) => m.text)).toContain('区总工会');
  });

  it('reads 省总工会 as the province union the article names, and as no union when it names none', () => {
    const r = extract('近日，河北省总工会开展送温暖活动。省总工会有关负责人介绍了活动安排。');
    expect(of(r, 'Union')).toEqual(['河北省总工会']);
    expect(r.entities.find((e) => e.name === '河北省总工会')!.mentions.map((m) => m.text)).toContain('省总工会');
    expect(of(extract('省总工会近日公布了重点支持的创新工作室名单。'), 'Union')).toEqual([]);
    const guangxi = extract('广西壮族自治区总工会近日开展慰问活动。自治区总工会有关负责人出席。');
    expect(of(guangxi, 'Union')).toEqual(['广西壮族自治区总工会']);
    const beijing = extract('北京市总工会近日与省总工会签约。');
    expect(of(beijing, 'Union')).toEqual(['北京市总工会']);
    expect(beijing.entities.find((e) => e.name === '北京市总工会')!.mentions.map((m) => m.text)).not.toContain('省总工会');
  });

  it('takes studios named after their leaders even when jieba cuts the name apart (程来友工匠创新工作室)', () => {
    const r = extract('区总工会为5家工作室授牌，分别是彭松工匠创新工作室、程来友工匠创新工作室、孙锡武劳模创新工作室和区级职工创新工作室。');
    expect(of(r, 'Organization')).toEqual(expect.arrayContaining(['彭松工匠创新工作室', '程来友工匠创新工作室', '孙锡武劳模创新工作室']));
    expect(of(r, 'Organization').filter((n) => n.startsWith('区级') || n.startsWith('锡武'))).toEqual([]);
  });

  it('takes brand names from a 等-list of businesses, not kinds of places', () => {
    const r = extract('近日，工会把清凉包送到顺丰、京东、饿了么等平台的骑手手中，还走访了学校、医院等单位。');
    expect(of(r, 'Organization')).toEqual(['顺丰', '京东', '饿了么']);
  });

  it('completes 集团工会 with the company the article names when no union is printed in full', () => {
    const r = extract('北京汽车集团有限公司党委书记张建勇，集团工会副主席李红梅参加活动。');
    const union = r.entities.find((e) => e.type === 'Union');
    expect(union?.name).toBe('北京汽车集团有限公司工会');
    expect(union?.mentions.map((m) => m.text)).toEqual(['集团工会']);
  });

  it('leaves generic nouns and documents out', () => {
    const r = extract('依托各类实训基地、技能大师工作室，按照《北京市职工创新工作室管理办法》开展工作，基层工会积极参与。来自各区县、产业工会和行业工会的学员参加培训。');
    expect(of(r, 'Organization')).toEqual([]);
    expect(of(r, 'Union')).toEqual([]);
  });

  it('does not name a union by a verb and its result (讲好工会故事, 办好工会实事)', () => {
    const r = extract('会上，延庆区总工会提出三点要求：深化产业工人队伍建设改革，讲好工会故事，办好工会实事。');
    expect(of(r, 'Union')).toEqual(['延庆区总工会']);
  });

  it('does not end a union’s name in an abstract phrase (为…发展贡献工会力量), nor begin it with 据', () => {
    const r = extract('据市总工会相关负责人介绍，各级工会将为昌平区高质量发展贡献工会力量，传递工会温度。');
    expect(of(r, 'Union')).toEqual(['北京市总工会']);
  });

  it('takes the named venue of a holding frame, verbs inside its name and all (在…公园举办, 前往…基地…酒店, 先后到A、B)', () => {
    const r = extract(
      '近日，东城区总工会在龙潭湖休闲健身公园举办职工运动会。区总工会组织劳模前往密云县职工疗休养基地溪翁庄镇云湖大酒店，开展休养活动。' +
        '一行先后到亦庄综合处理中心、通州建筑工地和社区活动中心，慰问一线职工。大家在活动中心开展交流。',
    );
    expect(of(r, 'Organization')).toEqual(
      expect.arrayContaining(['龙潭湖休闲健身公园', '密云县职工疗休养基地', '溪翁庄镇云湖大酒店', '亦庄综合处理中心', '通州建筑工地']),
    );
    // A venue with no specific part (社区活动中心, 活动中心) is a kind of place, not a body.
    expect(of(r, 'Organization')).not.toContain('社区活动中心');
    expect(of(r, 'Organization')).not.toContain('活动中心');
  });

  it('takes the central bodies named without a head word (党中央、国务院), not inside a document title', () => {
    const r = extract('区总工会表示，要贯彻落实党中央、国务院决策部署，学习《中共中央关于加强工会工作的意见》。');
    expect(of(r, 'Organization')).toEqual(['党中央', '国务院']);
  });

  it('does not name a body counted as a kind (建成5家楼宇工会驿站, 两所职工学校)', () => {
    const r = extract('今年，海淀区总工会在中关村建成5家楼宇智慧工会驿站，并与两所新星职业技术学校合作。');
    expect(of(r, 'Union')).toEqual(['海淀区总工会']);
    expect(of(r, 'Organization')).toEqual([]);
  });

  it('does not name a body counted after its name (建成“暖心驿站”1200余个, 职工书屋300家)', () => {
    const r = extract('近年来，河阳市总工会在全市建成“暖心驿站”1200余个、南湖职工书屋300家，服务户外劳动者。');
    expect(of(r, 'Union')).toEqual(['河阳市总工会']);
    expect(of(r, 'Organization')).toEqual([]);
  });

  it('takes teams, clubs, galleries, papers, steering groups and industrial parks by their head words', () => {
    const r = extract(
      '青石岭村代表队获得冠军。南湖工人俱乐部、西山青瓷艺术馆和滨江日报社参展。河阳区职工运动会领导小组主办，云溪模具工业园协办。',
    );
    expect(of(r, 'Organization')).toEqual(
      expect.arrayContaining(['青石岭村代表队', '南湖工人俱乐部', '西山青瓷艺术馆', '滨江日报社', '河阳区职工运动会领导小组', '云溪模具工业园']),
    );
  });

  it('takes a town’s party committee as the body its secretary belongs to, a company’s as a post in the company', () => {
    const r = extract('石桥镇党委副书记、石桥镇总工会主席吴海峰出席。昌运通建设集团党委副书记、工会主席孙立平讲话。');
    expect(of(r, 'Organization')).toEqual(['石桥镇党委', '昌运通建设集团']);
    const member = r.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from}>${x.to}`);
    expect(member).toEqual(expect.arrayContaining(['Person:吴海峰>Organization:石桥镇党委', 'Person:孙立平>Organization:昌运通建设集团']));
  });

  it('reads a district’s headline short form 某区总 as its 总工会, not into the event’s name, and not in an amount', () => {
    const r = extract('近日，南湖区总“清凉”送进工地。越秀区总迎新活动在商场举行。海淀区总投资5亿元，海淀区总面积430平方公里。');
    expect(of(r, 'Union')).toEqual(['南湖区总工会', '越秀区总工会']);
    expect(of(r, 'Initiative')).toEqual(['迎新活动']);
  });

  it('takes a district’s committee and congress that jieba cuts apart (写信给某区委、区政府、区人大)', () => {
    const r = extract('居民联名写信给海淀区委、区政府、区人大，表扬海淀区总工会。市人大代表王长江发言。');
    expect(of(r, 'Organization')).toEqual(['海淀区委', '海淀区政府', '海淀区人大']);
  });

  it('begins a 等-list of businesses after the words that open it (来自美团、饿了么、顺丰等企业)', () => {
    const r = extract('来自盒马、饿了么、顺丰等企业的小哥们参加了活动。');
    expect(of(r, 'Organization')).toEqual(['盒马', '饿了么', '顺丰']);
  });

  it('reads a union’s elected committee (某工会第一届委员会) as the union, not another body', () => {
    const r = extract('大会选举产生了河阳区总工会第一届委员会。');
    expect(of(r, 'Organization')).toEqual([]);
  });

  it('does not take a team named after an event for a body: the event is (技能大赛省代表队成员)', () => {
    const r = extract('学员包括全国职业技能大赛河阳代表队成员。');
    expect(of(r, 'Organization')).toEqual([]);
  });
});

describe('Initiative', () => {
  it('takes quoted names with their head and year, and unquoted events the article is about', () => {
    const r = extract('近日，通州区总工会举办2025年“运河杯”职工篮球赛暨“健康同行”职工健步走活动。此次活动吸引了500余名职工参加。', '通州区总工会举办职工篮球赛');
    const initiatives = of(r, 'Initiative');
    expect(initiatives.some((n) => n.includes('“健康同行”职工健步走活动'))).toBe(true);
    expect(r.relations.some((x) => x.type === 'ORGANIZED' && x.from === 'Union:通州区总工会')).toBe(true);
  });

  it('reads the lead of an article printed without its headline, after a credit line of its own (某报记者 X 通讯员 Y)', () => {
    const text = '\n\n工人日报-中工网记者 罗文 通讯员 易涛\n\n南湖省总工会近日在安平召开全省工会深化职工技能提升推进会。省总工会副主席邓志民主持会议。\n';
    const [r] = extractSources([{ path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text }]);
    const meeting = r!.entities.find((e) => e.type === 'Initiative' && e.name.endsWith('推进会'));
    expect(meeting).toBeDefined();
    expect(r!.relations.some((x) => x.type === 'ORGANIZED' && x.to === meeting!.id)).toBe(true);
    expect(r!.relations.some((x) => x.type === 'PARTICIPATED_IN' && x.from === 'Person:邓志民' && x.to === meeting!.id)).toBe(true);
  });

  it('takes a stage piece with its quoted title', () => {
    const r = extract('联欢会上，原创诗朗诵“致敬最美劳动者”赢得阵阵掌声。', '丰台区总工会举办职工联欢会');
    expect(of(r, 'Initiative')).toContain('原创诗朗诵“致敬最美劳动者”');
  });

  it('does not take the body and its verb into the name when jieba joins verb and head (举行仪式)', () => {
    const r = extract('8月26日上午，怀柔区总工会举行仪式，为5家职工创新工作室授牌。', '怀柔区5家职工创新工作室获授牌');
    expect(of(r, 'Initiative').filter((n) => n.includes('总工会') || n.includes('举行'))).toEqual([]);
  });

  it('does not take an organizing verb into the name', () => {
    const r = extract('近日，大兴区总工会开展“送文化进基层”活动。', '大兴区总工会送文化进基层');
    expect(of(r, 'Initiative')).toEqual(['“送文化进基层”活动']);
  });

  it('names contests, festivals, fairs and meetings by the kind of event they are (联谊赛, 艺术节, 博览会, 研讨会)', () => {
    const r = extract(
      '近日，朝阳区总工会开展职工服务工作。5月10日，第二届职工象棋联谊赛在朝阳区文化馆举行。' +
        '海淀区第三届职工文化艺术节同日开幕。第五届京津冀职工创新成果博览会也在亦庄举行。2024年产业工人队伍建设研讨会随后召开。',
    );
    expect(of(r, 'Initiative')).toEqual(
      expect.arrayContaining(['第二届职工象棋联谊赛', '海淀区第三届职工文化艺术节', '第五届京津冀职工创新成果博览会', '2024年产业工人队伍建设研讨会']),
    );
  });

  it('takes a class or meeting the body holds later in the article, named by its topic, but not a bare kind of activity', () => {
    const r = extract('近日，朝阳区总工会开展职工服务工作。会后，区总工会还举办了职工心理疏导培训班，并开展了丰富多彩的文体活动。');
    expect(of(r, 'Initiative')).toContain('职工心理疏导培训班');
    expect(of(r, 'Initiative').filter((n) => n.includes('文体活动'))).toEqual([]);
  });

  it('takes the title’s activity when the article names no event (某工会春节前夕慰问一线职工), with those taking part', () => {
    const r = extract('2月1日，南湖医院工会干部来到病房。参加慰问的有工会主席王建华、副主席李秋云等。', '南湖医院工会春节前夕慰问一线职工');
    expect(of(r, 'Initiative')).toEqual(['春节前夕慰问一线职工']);
    const took = r.relations.filter((x) => x.type === 'PARTICIPATED_IN').map((x) => `${x.from}>${x.to}`);
    expect(took).toEqual(['Person:王建华>Initiative:春节前夕慰问一线职工', 'Person:李秋云>Initiative:春节前夕慰问一线职工']);
  });

  it('takes no title activity when the article names its event, or the title is no union at work', () => {
    expect(of(extract('区总工会开展“冬送温暖”活动，慰问一线职工。', '南湖区总工会慰问一线职工'), 'Initiative')).toEqual(['“冬送温暖”活动']);
    expect(of(extract('记者获悉，全市新增8个职工之家。', '河阳市新增八个职工之家'), 'Initiative')).toEqual([]);
  });

  it('reads the headline’s event and the lead’s fuller one ending alike as one initiative (职工代表座谈会, 新就业形态劳动者代表座谈会)', () => {
    const r = extract('12月2日，南湖区总工会召开新就业形态劳动者代表座谈会。区总工会副主席高文斌主持会议。', '区总工会召开职工代表座谈会');
    expect(of(r, 'Initiative')).toEqual(['新就业形态劳动者代表座谈会']);
    expect(r.relations.find((x) => x.type === 'PARTICIPATED_IN' && x.from === 'Person:高文斌')?.to).toBe('Initiative:新就业形态劳动者代表座谈会');
  });

  it('reads the headline’s plain wording of the event and the lead’s named one of the same kind as one initiative', () => {
    const r = extract('近日，南湖区总工会组织30名劳动模范前往西山职工疗休养基地，开展为期三天的“劳模心向党”疗休养活动。', '南湖区总工会组织劳模疗休养');
    expect(of(r, 'Initiative')).toEqual(['“劳模心向党”疗休养活动']);
    expect(r.entities.find((e) => e.type === 'Initiative')!.mentions.map((m) => m.text)).toContain('劳模疗休养');
  });

  it('keeps two events joined by 暨 as one name', () => {
    const r = extract('4月27日，顺义区总工会举办优秀班组长表彰暨庆“五一”文艺演出。晚会上，职工们表演了节目。', '顺义区总工会庆祝五一');
    expect(of(r, 'Initiative')).toContain('优秀班组长表彰暨庆“五一”文艺演出');
    expect(of(r, 'Initiative').filter((n) => n.startsWith('暨'))).toEqual([]);
  });
});

describe('names written out', () => {
  it('writes out a district’s short form in a union’s name, not inside a company’s', () => {
    const r = extract('近日，门头沟东辛房街道总工会与北京门头沟城市建设有限公司工会开展活动。');
    expect(of(r, 'Union')).toEqual(expect.arrayContaining(['门头沟区东辛房街道总工会', '北京门头沟城市建设有限公司工会']));
    const union = r.entities.find((e) => e.name === '门头沟区东辛房街道总工会')!;
    expect(union.mentions.map((m) => m.text)).toEqual(['门头沟东辛房街道总工会']);
  });

  it('takes a company’s short form for its full name', () => {
    const r = extract('近日，北京顺义市政控股集团有限公司工会委员会开展活动。顺义市政控股集团职工踊跃参加。');
    const company = r.entities.find((e) => e.type === 'Organization')!;
    expect(company.name).toBe('北京顺义市政控股集团有限公司');
    expect(company.mentions.map((m) => m.text)).toContain('顺义市政控股集团');
  });
});
