// Rule for the furniture of a web page a speech was copied from: the breadcrumb, the line of publication time, source
// and views, the font-size switch, the print/close/share links, the previous and next articles, the editor's name and
// the site's footer. Each shape is a line no speech says: labels with a colon and a value, links with nothing between.
import { slideWidth } from '../sentences.ts';
import { readSpeakerLine, type SpeakerInfo } from '../structure/speaker.ts';
import type { RemovedLine } from '../types.ts';
import type { NoiseContext, NoiseRule } from './rule.ts';

/** "您现在的位置：", "当前位置：", "位置：" before a breadcrumb. */
const LOCATION = /^(?:您|你)?(?:现在|当前)?(?:的)?(?:所在)?位置\s*[:：]\s*/u;
const CRUMB_SEPARATOR = /\s*(?:>{1,2}|＞{1,2}|»|›|→|\/)\s*|\s+[-－|｜]\s+/u;
const HOME = /^(?:网站)?(?:首页|主页)$/u;
/** "…… > 工作动态 > 正文": the crumb a page gives the article itself. */
const ARTICLE = /^(?:正文|详情|内容|详细内容|阅读正文|文章详情)$/u;

/** A section's name in a breadcrumb: short, no sentence in it. */
function isCrumb(crumb: string): boolean {
  return crumb !== '' && slideWidth(crumb) <= 14 && !/[，。！？；,!?;]/u.test(crumb);
}

/**
 * "首页 > 政务公开 > 工作动态": short names joined by arrows, from the home page or after "当前位置：". The last may be the
 * article's own title, however long ("首页 > 工作动态 > 某某局：用心用情化解……的实践与思考"), but no sentence.
 */
function isBreadcrumb(line: string): boolean {
  const located = LOCATION.test(line);
  const crumbs = line.replace(LOCATION, '').split(CRUMB_SEPARATOR);
  if (crumbs.length < 2) return false;
  const last = crumbs.at(-1) ?? '';
  const titled = crumbs.length >= 3 && last !== '' && slideWidth(last) <= 50 && !/[。！？；!?;]/u.test(last);
  if (!crumbs.slice(0, -1).every(isCrumb) || !(isCrumb(last) || titled)) return false;
  return located || HOME.test(crumbs[0] ?? '') || (crumbs.length >= 3 && ARTICLE.test(last));
}

/**
 * The labels of an article's data, each at the line's start or after a space or bracket, with its colon: 发布时间,
 * 来源, 浏览次数, 责任编辑 … "数据来源：" or "收入来源：" are a speech's own words (the label is inside a word).
 */
const LABEL =
  /(?<=^|[\s\u3000|｜【[（(])(?:(?:发布|发表|更新|成文|印发)?(?:时间|日期)|(?:信息|文章|稿件|新闻)?来源|作者|(?:浏览|阅读|点击|访问)(?:次数|量|数)?|字号|索引号|发布机构|主题分类|文号|(?:责任)?编辑|审核|校对|签发|核稿|供稿|摄影)\s*[:：]/gu;
/** A label that names a time and a date or clock time after it: "发布时间：2026-05-12 10:15", "日期：2025年9月18日". */
const DATED = /(?:时间|日期)\s*[:：]\s*(?:\d{4}\s*[-./年]\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2})/u;
/** A count of views alone: "浏览次数：2316". */
const VIEWS = /^(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]\s*\d+\s*(?:次)?$/u;
/** An editor signing the page: "责任编辑：李某某", "【编辑：王某 审核：陈某】". */
const EDITOR = /^[【[（(]?(?:责任编辑|编辑|审核|校对|签发|核稿)\s*[:：]\s*\S{1,6}[】\]）)]?$/u;
/** The source named as a site or paper: "来源：某某县人民政府网". */
const SITE_SOURCE = /^(?:信息|文章|稿件|新闻)?来源\s*[:：]\s*\S{1,24}(?:网|网站|客户端|日报|晚报|新闻)$/u;

/**
 * "作者：某某县交通运输局局长　唐某某　来源：某某日报": the page's author line, furniture like the rest of its data. Who
 * it names is read from the removed line (`pageByline`) where the speech's own head names no one.
 */
function isAuthorsByline(line: string): boolean {
  const labels = line.match(LABEL) ?? [];
  return labels.some((l) => /^作者/u.test(l)) && readSpeakerLine(authorsPart(line)) !== undefined;
}

/** The author's line without the page's other data after it (来源：…, 发布时间：…), which no byline reads. */
function authorsPart(line: string): string {
  return line
    .replace(
      /(?:^|[\s\u3000])(?:(?:信息|文章|稿件|新闻)?来源|(?:发布|更新)?(?:时间|日期)|(?:浏览|阅读|点击)(?:次数|量)?)\s*[:：]\s*\S+/gu,
      ' ',
    )
    .trim();
}

function isArticleData(line: string): boolean {
  if (/[。！？!?；;]$/u.test(line)) return false;
  if (isAuthorsByline(line)) return true;
  const labels = line.match(LABEL)?.length ?? 0;
  if (labels >= 2) return true;
  return labels === 1 && (DATED.test(line) || VIEWS.test(line) || EDITOR.test(line) || SITE_SOURCE.test(line));
}

/**
 * The speaker and unit a page's removed author line names ("作者：某某县交通运输局局长 唐某某 来源：某某日报" →
 * 唐某某, 某某县交通运输局), for the head to fall back on.
 */
export function pageByline(removed: readonly RemovedLine[]): SpeakerInfo {
  for (const line of removed) {
    if (line.rule !== webPage.name || !isAuthorsByline(line.text.trim())) continue;
    const byline = readSpeakerLine(authorsPart(line.text.trim()));
    if (byline?.speaker !== undefined) return { speaker: byline.speaker, organization: byline.organization };
  }
  return {};
}

/**
 * "2026-05-12 09:30", "2026年05月12日 09:30:15", "2026-05-12 星期二": the page's time of publication alone on a line,
 * a date with its clock time or weekday (a date alone may be the speech's own, signed under it).
 */
const PUBLISHED_AT =
  /^[[【（(]?\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*(?:(?:星期|周)[一二三四五六日天]\s*)?(?:\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?[\]】）)]?$/u;

function isPublishedAt(line: string): boolean {
  return PUBLISHED_AT.test(line) && /(?:星期|周)[一二三四五六日天]|\d\s*[:：]\s*\d{2}/u.test(line);
}

/** "【字体：大 中 小】", "字号：[大] [中] [小]": the font-size switch. */
const FONT_SWITCH = /字[体号]\s*[:：]?\s*[[【(（]?\s*大\s*[\]】)）]?\s*[[【(（]?\s*中\s*[\]】)）]?\s*[[【(（]?\s*小/u;
/** A page's links: print, close, back to top, bookmark, report an error, share. */
const ACTION =
  /打印(?:本页|此页|本文|文章)?|关闭(?:窗口|本页|页面)?|返回(?:顶部|首页|列表|上页)?|(?:加入|添加)?收藏(?:本页|本站)?|我要纠错|纠错|保存(?:本页|文章)?|分享|TOP|top/gu;
const LINK_GLUE = /[\s\u3000【】[\]［］|｜()（）·•、,，:：]/gu;

/** "【打印本页】【关闭窗口】", "[打印] [关闭]", "打印本页 | 关闭窗口": nothing but links, two of them or one in brackets. */
function isPageLinks(line: string): boolean {
  const withoutSwitch = line.replace(FONT_SWITCH, ' ');
  const links = withoutSwitch.match(ACTION)?.length ?? 0;
  if (withoutSwitch.replace(ACTION, '').replace(LINK_GLUE, '') !== '') return false;
  return links >= 2 || (links === 1 && /[【[［]/u.test(line)) || withoutSwitch !== line;
}

/** The site's tool bar over a page: language, accessible and senior modes, search and sign-in. */
const SITE_TOOL =
  /繁體|繁体|简体|無障礙|无障碍(?:浏览|阅读|模式)?|长者模式|关怀版|关怀模式|适老化|老年版|大字版|读屏|语音播报|智能问答|智能客服|网站地图|手机版|移动版|English|ENGLISH|登录|注册|个人中心|搜索|简|繁/gu;

/** "繁體 | 无障碍 | 长者模式 | 智能问答", "简体 繁體 English 无障碍": nothing but the site's tools, two of them at least. */
function isSiteTools(line: string): boolean {
  return (line.match(SITE_TOOL)?.length ?? 0) >= 2 && line.replace(SITE_TOOL, '').replace(LINK_GLUE, '') === '';
}

/** "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页". */
const SHARE = /^分享(?:到|至)?\s*[:：]|在手机(?:上)?(?:打开|浏览|查看|阅读)(?:当前|本|此)页/u;
/** "上一篇：……", "下一篇：没有了". */
const NEIGHBOUR = /^[【[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\s*[:：]/u;
/** The list under an article and the site's footer: 相关链接, 网站地图, ICP备案, 备案号, 网站标识码, 主办/承办单位, 技术支持. */
const FOOTER =
  /^(?:相关(?:链接|阅读|新闻|文章|推荐|附件)|推荐阅读|热点推荐|网站地图|联系我们|返回顶部)\s*[:：]?$|ICP\s*备|网站标识码|公网安备|备案(?:号|编号)\s*[:：]|^(?:主办|承办|协办)(?:单位)?\s*[:：][^，。；,;]*$|^技术支持\s*[:：][^，。；,;]*$/u;

/**
 * "某某市住房和城乡建设局", "某某县人民政府门户网站": the site's name over the article, a unit or site alone on its line, no
 * sentence, no person.
 */
const SITE_NAME =
  /^(?=.{4})[\p{Script=Han}（）()]{2,24}(局|委|厅|办|办公室|委员会|人民政府|政府|网|网站|门户网站|门户|平台|客户端|中心|融媒体中心|党校|法院|检察院|在线|之窗|之声|发布|日报|晚报|融媒|频道|资讯|官网|电视台|公司|集团|协会|学会)$/u;
/**
 * The site's name stands in the page's head, above the article's title: in its first two lines, or further down where
 * only the page's furniture (the breadcrumb or links over it, another name of the site) stands before it.
 */
const SITE_NAME_LINES = 6;

/** Whether a line of the document is one of the page's furniture found by its own shape. */
function isFurniture(line: string): boolean {
  const text = line.trim();
  return (
    slideWidth(text) <= 80 &&
    (isBreadcrumb(text) ||
      isArticleData(text) ||
      isPageLinks(text) ||
      isSiteTools(text) ||
      isPublishedAt(text) ||
      isPageEnd(text))
  );
}

/** "分享到：", "上一篇：……", "相关链接", the ICP line: what stands under an article. */
function isPageEnd(text: string): boolean {
  return slideWidth(text) <= 60 && (SHARE.test(text) || NEIGHBOUR.test(text) || FOOTER.test(text));
}

/**
 * The site's name over a page the speech was copied from: only in the page's first lines, and only on a page whose
 * furniture (a breadcrumb, the article's data, print/close links) shows it is one; a speech's own byline (某某县教育局
 * over the title of a speech typed in Word) stays.
 */
function isSiteName(text: string, context: NoiseContext): boolean {
  if (!SITE_NAME.test(text)) return false;
  const before = context.lines.slice(0, context.index).flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  if (before.length >= SITE_NAME_LINES) return false;
  const said = before.filter((i) => {
    const other = (context.lines[i] ?? '').trim();
    return !context.removed.has(i) && !isFurniture(other) && !SITE_NAME.test(other);
  });
  // Under the title, only a name no speaker's unit bears (某某政务服务平台, 某某融媒, 某某新闻网): a unit there is the byline.
  if (before.length >= 2 && said.length > 0 && !(said.length === 1 && isSiteOnly(text))) return false;
  return context.once('web-page furniture', () => context.lines.some(isFurniture));
}

/** A site's or medium's name, never a workplace: 网, 平台, 客户端, 融媒, 发布 …; a title that builds one (打造……平台) is none. */
const SITE_ONLY =
  /(网|网站|门户|平台|客户端|在线|之窗|之声|发布|日报|晚报|融媒|融媒体中心|频道|资讯|官网|电视台|APP|App)$/u;
const BUILDS = /^(打造|建设|建好|建成|搭建|构建|用好|依托|做强|做优|推进|推动|完善|健全|织密|筑牢|让|把|以|在|从|为)/u;

function isSiteOnly(text: string): boolean {
  return SITE_ONLY.test(text) && !BUILDS.test(text) && slideWidth(text) <= 16;
}

export const webPage: NoiseRule = {
  name: 'web-page',
  description:
    "the furniture of a web page the speech was copied from: the site's name and tool bar (繁體 | 无障碍 | 长者模式) over it, breadcrumb, 发布时间/来源/浏览次数, 【字体：大 中 小】, print/close/share links, 上一篇/下一篇, 责任编辑, the site footer",
  test: (line, context) => {
    const text = line.trim();
    if (slideWidth(text) > 80) return false;
    return (
      isSiteName(text, context) ||
      isBreadcrumb(text) ||
      isArticleData(text) ||
      isPageLinks(text) ||
      isSiteTools(text) ||
      isPublishedAt(text) ||
      isPageEnd(text)
    );
  },
};
