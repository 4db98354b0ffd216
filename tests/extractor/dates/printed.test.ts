// Dates as Chinese news prints them, and their resolution against an article's date.
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../extractor/dates/chinese.js';
import { datelineDate, dateValue, fileNameDate, pageHeaderDate, publicationLineDate } from '../../../extractor/dates/printed.js';
import { resolveMention } from '../../../extractor/dates/resolve.js';

function resolve(text: string, article: string | undefined): { start: string; end: string } | undefined {
  const mention = findDateMentions(text)[0];
  return mention === undefined ? undefined : resolveMention(mention, article);
}

describe('printed dates', () => {
  it('reads metadata values in the usual forms, and refuses what names no real day', () => {
    expect(dateValue('2024-02-01T08:00:00+08:00')).toBe('2024-02-01');
    expect(dateValue('2024/2/1')).toBe('2024-02-01');
    expect(dateValue('20240201')).toBe('2024-02-01');
    expect(dateValue('2024年2月1日 08:30')).toBe('2024-02-01');
    expect(dateValue('2024-02')).toBe('2024-02');
    expect(dateValue('2024')).toBe('2024');
    expect(dateValue('2023-02-29')).toBeUndefined();
    expect(dateValue('yesterday')).toBeUndefined();
  });

  it('knows a publication line from a sentence', () => {
    expect(publicationLineDate('2023-09-04 08:36:34 来源：本站原创 作者：某报社')).toBe('2023-09-04');
    expect(publicationLineDate('来源：劳动观察 作者：某人 发布时间：2024-01-24 18:24')).toBe('2024-01-24');
    expect(publicationLineDate('2016年01月15日 来源：某晚报')).toBe('2016-01-15');
    expect(publicationLineDate('某某电力 2021年6月16日')).toBe('2021-06-16');
    expect(publicationLineDate('2021年6月16日，区总工会召开代表大会，选举产生新一届委员会。')).toBeUndefined();
  });

  it('reads page headers in Arabic and Chinese numerals', () => {
    expect(pageHeaderDate('2025年10月15日 星期三')).toBe('2025-10-15');
    expect(pageHeaderDate('劳动午报 2025年10月15日 第03版 工会')).toBe('2025-10-15');
    expect(pageHeaderDate('二〇二五年十月十五日 星期三')).toBe('2025-10-15');
    expect(pageHeaderDate('2025年10月15日')).toBeUndefined();
  });

  it('reads the date of a dateline, with or without its year', () => {
    expect(datelineDate('新华社北京1月7日电（记者 某某）')).toEqual({ month: 1, day: 7 });
    expect(datelineDate('本报1月14日讯（记者 某某）')).toEqual({ month: 1, day: 14 });
    expect(datelineDate('本报讯（2月3日）区总工会')).toEqual({ month: 2, day: 3 });
    expect(datelineDate('新华社北京2024年1月7日电')).toEqual({ year: 2024, month: 1, day: 7 });
    expect(datelineDate('本报讯（记者 某某）1月7日，区总工会')).toBeUndefined();
  });

  it('reads dates in file names, not other numbers', () => {
    expect(fileNameDate('2024-02-01-page.txt')).toBe('2024-02-01');
    expect(fileNameDate('ldwb_20240201_03.txt')).toBe('2024-02-01');
    expect(fileNameDate('2024-02.txt')).toBe('2024-02');
    expect(fileNameDate('content_202402.htm')).toBeUndefined();
    expect(fileNameDate('000_d1792e4d1c156bee.txt')).toBeUndefined();
  });
});

describe('event dates', () => {
  it('completes what a range leaves out from its start', () => {
    expect(resolve('集中培训将于2025年10月13日至11月3日进行', undefined)).toEqual({ start: '2025-10-13', end: '2025-11-03' });
    expect(resolve('12月14日至16日，博览会举行', '2018-12-18')).toEqual({ start: '2018-12-14', end: '2018-12-16' });
    expect(resolve('（2024—2026年）', undefined)).toEqual({ start: '2024', end: '2026' });
  });

  it('takes the year nearest the article date for a date printed without one', () => {
    expect(resolve('10月13日', '2025-10-20')).toEqual({ start: '2025-10-13', end: '2025-10-13' });
    expect(resolve('12月28日', '2025-01-03')).toEqual({ start: '2024-12-28', end: '2024-12-28' });
    expect(resolve('12日，记者获悉', '2016-01-15')).toEqual({ start: '2016-01-12', end: '2016-01-12' });
    expect(resolve('10月13日', undefined)).toBeUndefined();
  });

  it('resolves relative words against the article date, at the precision they need', () => {
    expect(resolve('近日', '2024-03-05')).toEqual({ start: '2024-03-05', end: '2024-03-05' });
    expect(resolve('昨天下午', '2024-03-01')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
    // 2024-03-06 is a Wednesday; 上周 is Monday to Sunday before it.
    expect(resolve('上周', '2024-03-06')).toEqual({ start: '2024-02-26', end: '2024-03-03' });
    expect(resolve('本月', '2024-03-06')).toEqual({ start: '2024-03', end: '2024-03' });
    expect(resolve('今年', '2024-03')).toEqual({ start: '2024', end: '2024' });
    expect(resolve('昨天', '2024-03')).toBeUndefined();
    expect(resolve('日前', undefined)).toBeUndefined();
  });
});
