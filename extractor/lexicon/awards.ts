// The honours the union system awards to bodies and people (全国五一劳动奖章, 工人先锋号, 模范职工之家 …).
// GUIDELINES: an award is an Initiative when it is the article's subject, its winners taking part
// in it; otherwise it is a role (全国五一劳动奖章获得者) or part of another name.
import { wordIndex } from './wordset.js';

/** The kinds of award, without the level that may precede them (全国, 北京市, 省级). */
export const AWARD_KINDS = wordIndex([
  '五一劳动奖状',
  '五一劳动奖章',
  '五一劳动奖',
  '五一巾帼奖',
  '五一巾帼标兵岗',
  '工人先锋号',
  '模范职工之家',
  '模范职工小家',
  '先进职工之家',
  '巾帼文明岗',
  '优秀工会工作者',
  '优秀工会积极分子',
]);

/** Whether an initiative's name is an award's (what a winner wins, not an event held). */
export function isAwardName(name: string): boolean {
  const plain = name.replace(/[“”]/g, '');
  return AWARD_KINDS.endingAt(plain, plain.length) !== undefined;
}
