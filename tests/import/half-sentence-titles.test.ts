// Half a sentence is no title and no point: the condition of "as soon as ……, ……" (老人一按按钮) and the question a
// sentence goes on to answer (……是否真正动起来, ……能不能落地). Made-up phrases in the genre's manner.
import { describe, expect, it } from 'vitest';
import { isFrameClause } from '../../src/import/points.ts';
import { unfitTitle } from '../../src/import/title-phrasing.ts';
import { draftOf } from './support/outline.ts';

describe('half a sentence', () => {
  it('a condition or a question alone is a fragment as a title', () => {
    for (const title of ['老人一按按钮', '群众一扫码', '各级河湖长是否真正动起来', '能否守住安全底线', '一到汛期'])
      expect(unfitTitle(title), title).toBe('fragment');
    for (const title of [
      '统一思想凝聚共识',
      '一以贯之抓落实',
      '做到一户一档',
      '坚持一张蓝图绘到底',
      '建立一点一策工作机制',
    ])
      expect(unfitTitle(title), title).toBeUndefined();
  });

  it('a question alone is no point; where the answer lies is one', () => {
    for (const clause of ['河湖长制能不能落地', '群众是否满意', '服务有没有跟上'])
      expect(isFrameClause(clause), clause).toBe(true);
    for (const clause of ['关键看能不能兑现', '要看群众满意不满意', '服务到位'])
      expect(isFrameClause(clause), clause).toBe(false);
  });

  it('a draft titles such passages by what they say', async () => {
    const { outline } = await draftOf(
      [
        '织密社区养老服务网',
        '某某区民政局 王某某',
        '',
        '各位领导、同志们：下面我谈几点做法和体会。',
        '一、用好智慧手段',
        '我们为独居老人免费安装紧急呼叫按钮等智能设备三千二百余套，接入区级养老服务平台，老人一按按钮，平台和网格员同时收到信息，十五分钟内上门。去年以来，平台共处置紧急求助三百一十七起。',
        '二、压实照护责任',
        '照护服务能不能落地，关键在于社区照护员是否真正上门。我们为每位失能老人明确一名照护员，共明确照护员六百四十名，每周上门不少于两次。',
        '以上发言，请批评指正。',
      ].join('\n'),
    );
    const titles = [...outline.opening, ...outline.parts.flatMap((part) => part.slides)].map((slide) => slide.title);
    expect(
      titles.some((title) => /一按|是否|能不能/u.test(title)),
      titles.join(' | '),
    ).toBe(false);
  });
});
