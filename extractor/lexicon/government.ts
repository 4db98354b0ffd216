// China's common government departments and public bodies, as local news names them: the
// department's field (人力资源和社会保障, and its usual short forms 人力社保, 人社) and a head (局, 委,
// 厅 …), printed after a level (省, 市, 区, 县) or a place's name. Source: general knowledge of the
// bodies of China's provincial, city and county governments (their 2018 reorganisation names and the
// older ones still printed); no name from any particular article.

/** Each department's fields, the full form first, then the short forms news print for it. */
const FIELDS: readonly (readonly string[])[] = [
  ['人力资源和社会保障', '人力资源社会保障', '人力社保', '人社'],
  ['教育'],
  ['卫生健康', '卫生和健康', '卫健'],
  ['卫生'],
  ['交通运输', '交通'],
  ['城市管理', '城市管理综合行政执法', '城管'],
  ['住房和城乡建设', '住房城乡建设', '住建'],
  ['公安'],
  ['财政'],
  ['民政'],
  ['司法'],
  ['审计'],
  ['统计'],
  ['税务'],
  ['商务'],
  ['体育'],
  ['信访'],
  ['外事'],
  ['档案'],
  ['水务'],
  ['水利'],
  ['林业'],
  ['园林绿化'],
  ['气象'],
  ['应急管理', '应急'],
  ['市场监督管理', '市场监管'],
  ['文化和旅游', '文化旅游', '文旅'],
  ['文化'],
  ['旅游'],
  ['发展和改革', '发展改革', '发改'],
  ['生态环境', '环境保护', '环保'],
  ['自然资源'],
  ['规划和自然资源', '规划自然资源', '规自'],
  ['农业农村'],
  ['农业'],
  ['科学技术', '科技'],
  ['经济和信息化', '经济信息化', '经信'],
  ['工业和信息化', '工业信息化', '工信'],
  ['医疗保障', '医保'],
  ['退役军人事务', '退役军人'],
  ['国有资产监督管理', '国资'],
  ['人民防空', '人防'],
  ['政务服务管理', '政务服务和数据管理', '政务服务', '政数'],
  ['机关事务管理', '机关事务'],
  ['地方金融监督管理', '金融监督管理', '地方金融监管', '金融监管', '金融'],
  ['民族宗教事务', '民族宗教', '民宗'],
  ['侨务'],
  ['大数据', '数据'],
  ['网信'],
];

/** Heads a department's field takes (人社局, 卫健委, 人社厅, 教育委员会, 外事办), longest first. */
export const DEPARTMENT_HEADS: readonly string[] = ['委员会', '办公室', '局', '厅', '委', '办'];

/**
 * Bodies printed whole after a level (市人大常委会, 区政协, 县妇联, 市教委): congresses, political
 * consultative conferences, the people's organisations the party leads (总工会 is a union, never
 * one of these), courts and procuratorates, and the one-word short forms of committees.
 */
export const WHOLE_BODIES: readonly string[] = [
  '人大常委会', '人民代表大会常务委员会', '政协', '妇联', '妇女联合会', '团委', '文联', '科协', '残联',
  '残疾人联合会', '工商联', '侨联', '社科联', '红十字会', '关工委', '人民法院', '中级人民法院', '法院',
  '人民检察院', '检察院', '纪委', '监委', '纪委监委', '政法委', '编办', '教委', '科委', '交委', '建委', '农委',
  '商委', '民委', '侨办', '台办', '外办', '金融办',
];

/** Every field a department is printed with, and the full form it stands for (人社 → 人力资源和社会保障). */
export const DEPARTMENT_FIELDS: ReadonlyMap<string, string> = new Map(FIELDS.flatMap((forms) => forms.map((f) => [f, forms[0]!] as const)));

/** Heads printed short for their full form (卫健委 is 卫生健康委员会, 外事办 外事办公室). */
const FULL_HEADS: Readonly<Record<string, string>> = { 委: '委员会', 办: '办公室' };

/**
 * A department's name in full (人社局 → 人力资源和社会保障局, 卫健委 → 卫生健康委员会), or undefined
 * when `name` is not a field and a head.
 */
export function fullDepartment(name: string): string | undefined {
  for (const [field, full] of DEPARTMENT_FIELDS) {
    if (!name.startsWith(field)) continue;
    const head = name.slice(field.length);
    if (DEPARTMENT_HEADS.includes(head)) return full + (FULL_HEADS[head] ?? head);
  }
  return undefined;
}
