import { describe, expect, it } from 'vitest';
import { NOISE_RULES, removeNoise } from '../../src/import/noise/index.ts';
import { NOISY, NOISY_REMOVED } from './support/speeches.ts';

const removedTexts = (text: string): string[] => removeNoise(text).removed.map((r) => r.text);

describe('noise removal', () => {
  it('removes advertising, watermark and page-number lines, naming the rule and the line', () => {
    const { removed, kept } = removeNoise(NOISY);
    expect([...new Set(removed.map((r) => r.text))].sort()).toEqual([...NOISY_REMOVED].sort());
    expect(removed[0]).toEqual({ line: 1, text: '本资料仅供学习参考 严禁转载', rule: 'watermark' });
    expect(removed.find((r) => r.text === '- 1 -')?.rule).toBe('page-number');
    expect(kept.map((l) => l.text)).toContain(
      '要通过微信群收集群众意见，接到报告后第一时间赶到现场，先控制局面再分析原因。',
    );
  });

  it('every rule has a name and a description a maintainer can read', () => {
    for (const rule of NOISE_RULES) {
      expect(rule.name).toMatch(/^[a-z-]+$/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
    expect(new Set(NOISE_RULES.map((r) => r.name)).size).toBe(NOISE_RULES.length);
  });

  const noise: Array<[string, string]> = [
    ['contact', '资料整理不易，需要请联系QQ 123456789'],
    ['contact', '微信号：wenmi2025 备注来意'],
    ['contact', '交流群：                免费QQ群：'],
    ['promotion', '更多资料请关注公众号“笔耕园地”'],
    ['promotion', '长按识别二维码，每日更新精选范文'],
    ['watermark', '仅供学习 禁止外传 用后删除'],
    ['watermark', '本文档版权所有，侵权必究'],
    ['membership', '开通年度会员，海量材料免费下载'],
    ['membership', '严禁倒卖本站资料，一经发现永久封号'],
    ['banner', '【防止倒卖声明】'],
    ['page-number', '- 12 -'],
    ['page-number', '—3—'],
    ['page-number', '第 2 页 共 5 页'],
    ['page-number', '第3页/共9页'],
    ['page-number', '2 / 5'],
    ['page-number', '·2·'],
    ['page-number', 'Page 2 of 4'],
    ['contact', '公众号：笔耕园地'],
    ['contact', '微信/QQ群：61234567'],
    ['contact', '公文大全网 www.gongwen-example.com'],
    ['promotion', '扫码关注'],
    ['promotion', '加入QQ群领取全套范文'],
    ['promotion', '关注微信公众号，每日更新'],
    ['promotion', '扫码进群'],
    ['promotion', '关注我们，获取更多公文写作资料'],
    ['source', '资料来源：青灯文库'],
    ['source', '（本文由公文写作小助手整理，转载请注明出处）'],
    ['membership', '倒卖必究！举报者奖励会员'],
    ['banner', '【VIP专享】'],
    ['watermark', '版权声明：本站文章均来自网络，如有侵权请联系删除'],
    // A document site's advertising, in words made up for the test: its name, "更多……尽在……", its wares, the download.
    ['document-site', '更多优秀范文，尽在公文写作网'],
    ['document-site', '尽在文秘之家'],
    ['document-site', '精选范文 天天有'],
    ['document-site', '下载后可直接编辑使用'],
    ['document-site', '本文为Word版，可自由编辑'],
    ['document-site', '欢迎下载收藏'],
    ['document-site', '点击下载完整文档'],
    ['document-site', '某某材料网独家整理'],
    ['document-site', '写作素材站 海量干货'],
    // A web page's furniture, in lines made up for the test: breadcrumb, article data, font switch, links, neighbours.
    ['web-page', '您现在的位置：首页 > 新闻中心 > 部门动态'],
    ['web-page', '首页 » 政务公开 » 基层之声'],
    ['web-page', '网站首页 / 工作动态 / 交流材料'],
    ['web-page', '位置：首页 >> 专题专栏 >> 主题教育'],
    ['web-page', '首页 > 工作动态 > 某某县信访局：用心用情化解群众信访难题的实践与思考'],
    ['web-page', '工作动态 > 基层之声 > 正文'],
    ['web-page', '当前位置：首页 - 部门动态'],
    ['web-page', '发布日期：2025-11-03　信息来源：县委组织部　阅读次数：856'],
    ['web-page', '时间：2025年9月18日 14:20 来源：某某日报 作者：记者 王某'],
    ['web-page', '发布时间：2025-07-01 09:00'],
    ['web-page', '浏览量：3021'],
    ['web-page', '来源：某某市人民政府网'],
    ['web-page', '字号：大 中 小'],
    ['web-page', '[ 字体：大 中 小 ]'],
    ['web-page', '字体：【大】【中】【小】　【打印】'],
    ['web-page', '[打印本页] [关闭窗口] [返回顶部]'],
    ['web-page', '打印本页 | 关闭窗口'],
    ['web-page', '【我要纠错】【打印】【关闭】'],
    ['web-page', '【收藏本页】'],
    ['web-page', '打印 收藏 分享'],
    ['web-page', '分享到：微信 微博 QQ空间'],
    ['web-page', '扫一扫在手机打开当前页'],
    ['web-page', '上一篇：没有了'],
    ['web-page', '下一篇：关于做好2025年秋冬季安全生产工作的通知'],
    ['web-page', '上一条：某某镇召开党建工作推进会'],
    ['web-page', '责任编辑：王某'],
    ['web-page', '（编辑：刘某 审核：陈某）'],
    ['web-page', '相关链接：'],
    ['web-page', '网站标识码：1234567890　某ICP备12345678号'],
    ['web-page', '主办单位：某某县人民政府办公室　承办单位：某某县大数据中心'],
  ];
  for (const [rule, line] of noise) {
    it(`removes "${line}" by the ${rule} rule`, () => {
      const text = `提高本领的几点体会\n${line}\n要加强学习，不断提高履职能力，做到学以致用、用以促学。`;
      expect(removeNoise(text).removed).toEqual([{ line: 2, text: line, rule }]);
    });
  }

  const speech = [
    '通过微信群收集群众意见',
    '要通过微信群收集群众意见，把群众的呼声及时反映上来。',
    '工会要维护会员合法权益，做职工的贴心人。',
    '我们建立了会员服务站，为群众提供便利。',
    '要关注群众的急难愁盼，主动靠前服务。',
    '这些经验仅供参考的说法，不能成为不作为的理由。',
    '请大家扫码签到后入座。',
    '2025年的目标已经明确。',
    '第一，要提高政治站位。',
    '一、坚持人民至上',
    '（一）深入调查研究',
    '谢谢大家！',
    '要利用公众号、微博等平台发布权威信息，及时回应社会关切，营造良好舆论氛围，让群众看得到、听得懂、信得过。',
    // each looks like the noise of one rule, and is the speech's own
    '街道政务公众号每周发布办事指南和便民信息。',
    '上线了微信小程序，社保、公积金等事项实现掌上办理。',
    '群众扫码即可查询办事进度。',
    '群众可以登录www.example.gov.cn查询办理进度。',
    '（数据来源：某某县统计局2025年统计公报）',
    '维护会员权益，让职工有获得感',
    '吸纳合作社会员1200余户',
    '【免费维修进社区】',
    '严厉打击非法倾倒、倒卖危险废物等违法犯罪行为',
    '调研报告第3页列出的十二个问题，都是从这份清单里核实出来的。',
    // a point of the speech that starts with a common word of advertising
    '关注不同群体的思想情绪',
    '关注群众的急难愁盼',
    '搜索群众身边的典型',
    '加入村里的志愿服务队伍',
    '添加到群众工作台账',
    '关注社会心理和群体情绪的变化',
    // the words of a document site, said by the speech of its own things
    '建立宣传素材库，收集身边的好故事',
    '职工之家、妇女之家实现全覆盖',
    '群众下载“某某通”APP，即可在线办理',
    '编印《公文写作范文选编》，人手一册',
    '更多群众在家门口就能办成事',
    '打造精品文旅线路，优秀文化作品层出不穷',
    '建好村级档案资料库',
    // the words of a web page's furniture, said by the speech in its own sentences
    '资金来源上，我们坚持政府引导、市场运作。',
    '收入来源：一是务工收入，二是土地流转收入。',
    '上一篇调研报告提出的三个问题，今年都有了回应。',
    '下一步，我们将继续把这件实事办好。',
    '首页设置了“我要办”“我要问”两个栏目，群众点开就能用。',
    '在政务网站首页开设“民生实事”专栏，每周更新办理进度。',
    '浏览次数多的政策解读，我们做成了短视频。',
    '打印、复印、扫描等服务全部免费。',
    '群众可以在网站上查看发布时间、办理时限和办理结果。',
    '我们把办事指南分享到微信群、朋友圈，让更多群众知道。',
    '字体大一点、内容短一点，老年人才看得明白。',
    '时间：每周三下午；地点：村委会议室。',
    '来源：群众来信来访、12345热线和网格员巡查',
    '从“群众跑”到“数据跑”，从线下 > 线上',
    '线上预约 > 现场核验 > 当场办结',
    '首页 - 我要办事 - 社保缴费，三步就能办完。',
  ];
  for (const line of speech) {
    it(`keeps the speech's own line "${line}"`, () => {
      const text = `提高本领的几点体会\n${line}\n要加强学习，不断提高履职能力，做到学以致用、用以促学。`;
      expect(removedTexts(text)).toEqual([]);
    });
  }

  it('keeps a sentence the speaker repeats as a refrain', () => {
    const refrain = '不忘初心，方得始终。';
    const text = [
      '发言题目',
      refrain,
      '要加强学习，不断提高履职能力。',
      refrain,
      '要深入基层，倾听群众呼声。',
      refrain,
    ].join('\n');
    expect(removeNoise(text).removed).toEqual([]);
  });

  it('removes a short line repeated as a running header, three times or more', () => {
    const page = '要加强学习，不断提高履职能力。';
    const text = [
      '发言题目',
      '某某单位内部学习材料',
      page,
      '某某单位内部学习材料',
      page,
      '某某单位内部学习材料',
      page,
    ].join('\n');
    expect(removeNoise(text).removed.map((r) => [r.line, r.rule])).toEqual([
      [2, 'repeated-line'],
      [4, 'repeated-line'],
      [6, 'repeated-line'],
    ]);
  });

  it('removes a header that repeats twice beside page numbers, in the middle of the text', () => {
    const page = '要加强学习，不断提高履职能力，做到学以致用、用以促学，这是每个年轻干部的必修课。';
    const text = [
      '发言题目',
      page,
      page,
      '科技创新学习材料',
      '- 2 -',
      page,
      page,
      '科技创新学习材料',
      '- 3 -',
      page,
    ].join('\n');
    expect(removeNoise(text).removed.map((r) => [r.line, r.rule])).toEqual([
      [4, 'repeated-line'],
      [5, 'page-number'],
      [8, 'repeated-line'],
      [9, 'page-number'],
    ]);
  });

  it('keeps labels the speech repeats under each part: they never stand at the page’s edge', () => {
    const page = '要加强学习，不断提高履职能力，做到学以致用、用以促学，这是每个年轻干部的必修课。';
    const part = (n: string) => [`${n}、第${n}部分`, '主要做法', page, '取得成效', page];
    const text = ['发言题目', page, ...part('一'), ...part('二'), ...part('三'), page].join('\n');
    expect(removeNoise(text).removed).toEqual([]);
  });

  it('removes a collection’s header above the title, even once at the top and once at the end', () => {
    const page = '要加强学习，不断提高履职能力，做到学以致用、用以促学，这是每个年轻干部的必修课。';
    const text = [
      '2026年度理论学习资料汇编',
      '大兴调查研究之风 把实情摸准把对策定实',
      page,
      page,
      '2026年度理论学习资料汇编',
    ].join('\n');
    expect(removeNoise(text).removed.map((r) => r.line)).toEqual([1, 5]);
  });

  it('removes a line that is both the first and the last of the file (header and footer)', () => {
    const body = Array.from(
      { length: 12 },
      (_, i) => `第${i + 1}段：要把各项工作做实做细，让群众满意，把群众的小事当作自己的大事，一件一件抓落实。`,
    );
    const text = ['青年理论学习小组', '题目', ...body, '青年理论学习小组'].join('\n');
    expect(removeNoise(text).removed.map((r) => r.line)).toEqual([1, 15]);
  });

  it('keeps the title when a running header repeats it, removing only the repeats', () => {
    const page = '要加强学习，不断提高履职能力，做到学以致用、用以促学，这是每个年轻干部的必修课。';
    const text = ['提高履职能力的几点体会', page, '提高履职能力的几点体会', page, '提高履职能力的几点体会', page].join(
      '\n',
    );
    expect(removeNoise(text).removed.map((r) => r.line)).toEqual([3, 5]);
  });

  it('removes the filler lines of an advertising block after the speech, and keeps a signature', () => {
    const text = [
      '提高本领的几点体会',
      '要加强学习，不断提高履职能力，做到学以致用、用以促学，这是每个年轻干部的必修课。',
      '',
      '张三',
      '2025年5月10日',
      '更多资料请关注公众号获取',
      '用心整理',
      '持续服务',
      '开通会员畅享全部资料',
    ].join('\n');
    expect(removeNoise(text).removed.map((r) => [r.text, r.rule])).toEqual([
      ['更多资料请关注公众号获取', 'promotion'],
      ['用心整理', 'advert-block'],
      ['持续服务', 'advert-block'],
      ['开通会员畅享全部资料', 'membership'],
    ]);
  });

  it('never removes blank lines (they are not reported)', () => {
    expect(removeNoise('\n\n题目\n\n').removed).toEqual([]);
  });
});
