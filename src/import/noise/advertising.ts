// Rules for the promotion lines that resellers put around a speech: contacts, "关注", memberships, banners.
import { enoughHits, isShortLine, looksLikeHeading, type NoiseRule } from './rule.ts';

/** A QQ number, WeChat id, group number or official account handle: no speech prints one. */
const CONTACT_ID =
  /(QQ|qq|Qq|扣扣|微信|微信号|VX|vx|Vx|WX|wx|V信|薇信|群号|公众号)\s*(号|群|号码)?\s*[:：]?\s*[A-Za-z0-9_-]{5,}/u;
/** "会员群：  免费QQ群：" — a contact form with the numbers left out. */
const CONTACT_FORM = /(QQ群|qq群|微信群|会员群|交流群|粉丝群|VIP群|客服)\s*[:：]/u;
/** "公众号：笔耕园地" — an account named by its label at the start of a line (a speech says "政务公众号" inside a sentence). */
const ACCOUNT = /^(微信)?(公众号|订阅号|服务号|视频号|抖音号|小红书号?)\s*[:：]/u;

/** "公文大全网 www.….com": a site's address on a line that is no sentence (a speech names a site inside one). */
const SITE = /(https?:\/\/|www\.)[\w.-]+|[\w-]+\.(com|cn|net|org)\b/u;

export const contact: NoiseRule = {
  name: 'contact',
  description:
    'a QQ/WeChat number, group number, official-account id or web address, or a "…群：" / "公众号：" contact line',
  test: (line) =>
    CONTACT_ID.test(line) ||
    (isShortLine(line) && (CONTACT_FORM.test(line) || ACCOUNT.test(line.trim()))) ||
    (isShortLine(line, 40) && SITE.test(line) && !/[。！？!?]$/u.test(line.trim())),
};

/**
 * A document site's own advertising: its name in the genre's words (范文网, 材料之家, 公文素材网, 文秘大全, 写作站 …),
 * "更多……尽在……", its wares praised (精品范文, 海量文档) and what the download gives (免费下载, 下载后可编辑, Word版可编辑).
 * A speech names its own 职工之家, 宣传素材库 or 档案资料库: 之家 and 库 only after the words of a writing-material site.
 */
const DOCUMENT_SITE = [
  /(范文|公文|文秘|文稿|写作)(网|之家|大全|站|吧|库|宝典|天地|在线)|(材料|资料|文档)(网|之家|大全|站)|(公文|写作|范文)素材|素材(网|站|之家)/u,
  /更多.{0,12}尽在|^尽在/u,
  /(精品|精选|海量|优质|优秀|最新)(范文|文档|公文)|范文(大全|精选)/u,
  /(免费|点击|一键|立即|欢迎)下载|下载(后|即)可|(word|Word|WORD|docx?|DOCX?)\s*(版|格式|文档)?.{0,6}(编辑|修改|下载)|可(直接|自由|任意|随意)编辑|欢迎收藏|收藏本站/u,
];

const PROMOTION = [
  /更多.{0,8}(资料|材料|精彩|内容|干货|范文|文章).{0,8}(关注|请|访问|下载|获取|见|搜索)/u,
  // A group is named as one (QQ群, 交流群, 进群): "关注不同群体", "关注群众" are the speech's own words.
  /(关注|搜索|添加|加入|扫码|扫描).{0,6}(公众号|微信号|微信|QQ|qq|(QQ|qq|微信|交流|粉丝|会员|读者|资料|学习)群|群号|进群|入群|二维码|小程序|抖音号|视频号)/u,
  /(长按|扫描|识别).{0,4}二维码/u,
  /^(扫码|扫一扫)(关注|添加|加入|进群|领取|获取|下载)/u,
  /关注我们.{0,4}(获取|领取|了解)|(获取|领取|下载)更多.{0,8}(资料|材料|范文|干货|文章)/u,
  /(获取|获得|领取|下载).{0,6}(完整版|全文|原文|word版|Word版|电子版|资料包)/u,
  /唯一指定|完整版资料|资料均不完整|原创首发|每日更新|持续更新/u,
];

export const promotion: NoiseRule = {
  name: 'promotion',
  description: 'a short line asking to follow, scan, add or download ("更多资料请关注……")',
  test: (line) => isShortLine(line, 80) && enoughHits(line, PROMOTION),
};

export const documentSite: NoiseRule = {
  name: 'document-site',
  description:
    'a short line of a document site\'s advertising: its name (范文网, 材料之家), "更多……尽在……", its wares, the download',
  test: (line) => isShortLine(line, 60) && !looksLikeHeading(line) && enoughHits(line, DOCUMENT_SITE),
};

const SELLING =
  /(订阅|倒卖|付费|充值|购买|售卖|转卖|转售|开通|续费|VIP|vip).{0,12}(会员|资料|材料|权益|文档|合集|年卡|范文)|(会员|资料|材料|权益|文档|合集|范文).{0,12}(订阅|倒卖|付费|充值|购买|售卖|转卖|转售|开通|续费)/u;
/** What only a reseller's members get; "会员权益" is left out: a union or a co-operative speaks of its members' rights too. */
const MEMBERS_ONLY = /会员(资料|材料|专享|专区|群|价|免费)/u;

export const membership: NoiseRule = {
  name: 'membership',
  description: 'a short line selling memberships, subscriptions or material, or warning against resale',
  test: (line) => isShortLine(line) && enoughHits(line, [SELLING, MEMBERS_ONLY]),
};

const BANNER = /^[【\[［](.{1,30})[】\]］]$/u;
/** A speech's own 【】 labels name activities ("【免费维修进社区】"); a reseller's name resale, members, material and offers. */
const BANNER_WORDS =
  /倒卖|会员|VIP|vip|专享|资料|外传|版权|举报|订阅|关注|福利|优惠|声明|广告|免费(领取|下载|获取|赠送|阅读)|限时免费/u;

export const banner: NoiseRule = {
  name: 'banner',
  description: 'a whole line in 【】 about resale, members, material, copyright or offers ("【打击倒卖活动】")',
  test: (line) => {
    const inner = BANNER.exec(line.trim())?.[1];
    return inner !== undefined && BANNER_WORDS.test(inner);
  },
};

/** "资料来源：青灯文库": where a reseller collected the text; the speech's own sources ("数据来源：县统计局") are not named so. */
const SOURCE =
  /^(本?(资料|文章|文档|材料|素材|内容|本文))?(来源|出处|来自|整理自)\s*[：:]?\s*\S{1,20}?(文库|资料库|资料网|范文网|文档网|网站|公众号|小站|平台|网络)$/u;
/** "（本文由公文写作小助手整理，转载请注明出处）": who collected the text, in the reseller's words. */
const COLLECTED_BY = /^[（(]?本(文|资料|文档|材料)由.{1,16}(整理|收集|提供)/u;

export const source: NoiseRule = {
  name: 'source',
  description:
    'a line naming the library, site or account the material was collected from ("资料来源：某某文库", "本文由……整理")',
  test: (line) => isShortLine(line, 40) && (SOURCE.test(line.trim()) || COLLECTED_BY.test(line.trim())),
};
