// Rules for the promotion lines that resellers put around a speech: contacts, "关注", memberships, banners.
import { enoughHits, isShortLine, type NoiseRule } from './rule.ts';

/** A QQ number, WeChat id, group number or official account handle: no speech prints one. */
const CONTACT_ID = /(QQ|qq|Qq|扣扣|微信|微信号|VX|vx|Vx|WX|wx|V信|薇信|群号|公众号)\s*(号|群|号码)?\s*[:：]?\s*[A-Za-z0-9_-]{5,}/u;
/** "会员群：  免费QQ群：" — a contact form with the numbers left out. */
const CONTACT_FORM = /(QQ群|qq群|微信群|会员群|交流群|粉丝群|VIP群|客服)\s*[:：]/u;

export const contact: NoiseRule = {
  name: 'contact',
  description: 'a QQ/WeChat number, group number or official-account id, or a "…群：" contact form',
  test: (line) => CONTACT_ID.test(line) || (isShortLine(line) && CONTACT_FORM.test(line)),
};

const PROMOTION = [
  /更多.{0,8}(资料|材料|精彩|内容|干货|范文|文章).{0,8}(关注|请|访问|下载|获取|见|搜索)/u,
  /(关注|搜索|添加|加入|扫码|扫描).{0,6}(公众号|微信号|微信|QQ|qq|群|二维码|小程序|抖音号|视频号)/u,
  /(长按|扫描|识别).{0,4}二维码/u,
  /(获取|获得|领取|下载).{0,6}(完整版|全文|原文|word版|Word版|电子版|资料包)/u,
  /唯一指定|完整版资料|资料均不完整|原创首发|每日更新|持续更新/u,
];

export const promotion: NoiseRule = {
  name: 'promotion',
  description: 'a short line asking to follow, scan, add or download ("更多资料请关注……")',
  test: (line) => isShortLine(line, 80) && enoughHits(line, PROMOTION),
};

const SELLING = /(订阅|倒卖|付费|充值|购买|售卖|转卖|转售|开通|续费|VIP|vip).{0,12}(会员|资料|材料|权益|文档|合集|年卡|范文)|(会员|资料|材料|权益|文档|合集|范文).{0,12}(订阅|倒卖|付费|充值|购买|售卖|转卖|转售|开通|续费)/u;
const MEMBERS_ONLY = /会员(资料|材料|专享|专区|福利|权益|群|价|免费)/u;

export const membership: NoiseRule = {
  name: 'membership',
  description: 'a short line selling memberships, subscriptions or material, or warning against resale',
  test: (line) => isShortLine(line) && enoughHits(line, [SELLING, MEMBERS_ONLY]),
};

const BANNER = /^[【\[［](.{1,30})[】\]］]$/u;
const BANNER_WORDS = /倒卖|会员|资料|外传|版权|举报|订阅|关注|福利|优惠|活动|免费|声明|广告|推广/u;

export const banner: NoiseRule = {
  name: 'banner',
  description: 'a whole line in 【】 about resale, members, material, copyright or offers ("【打击倒卖活动】")',
  test: (line) => {
    const inner = BANNER.exec(line.trim())?.[1];
    return inner !== undefined && BANNER_WORDS.test(inner);
  },
};
