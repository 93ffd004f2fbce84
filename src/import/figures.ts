// Figures in a speech ("86个网格", "满意率98%", "3870万元", "一千八百余家"): a number with a unit of the genre, found where written.

/**
 * Units a 交流发言 counts in, longest first so "个百分点" wins over "个" and "万元" over "元". An open list: a unit
 * missing here only means its figure is not preferred on a slide; nothing is lost.
 */
const FIGURE_UNITS = [
  '个百分点',
  '个工作日',
  '个小时',
  '个等级',
  '万立方米',
  '立方米',
  '平方米',
  '公里',
  '人次',
  '户次',
  '场次',
  '批次',
  '册次',
  '亩次',
  '万元',
  '亿元',
  '万亩',
  '万人',
  '分钟',
  '小时',
  '百分点',
  '%',
  '％',
  '个',
  '户',
  '人',
  '名',
  '件',
  '次',
  '项',
  '家',
  '场',
  '条',
  '所',
  '篇',
  '亩',
  '元',
  '倍',
  '起',
  '处',
  '类',
  '张',
  '份',
  '座',
  '支',
  '种',
  '期',
  '门',
  '栋',
  '套',
  '宗',
  '斤',
  '天',
  '台',
  '辆',
  '吨',
  '株',
  '轮',
  '批',
  '块',
  '对',
  '册',
  // "拍摄微视频30余部" (not "5部门"), "打机井1200余眼", "发放贷款300多笔".
  '部(?![门署委办队分])',
  '眼',
  '笔',
  // "编印乡土教材二十六本" (not "根本", "成本", "本地": a figure's number stands before it).
  '本(?![地土届级身领职科次期])',
] as const;

const UNIT = FIGURE_UNITS.join('|');
/**
 * Units said only after digits: "埋深1.6米", "12周的培训", "平均分提高了6.5分"; after a Chinese numeral they are words
 * ("十分重要", "一周", "两米多高" said in passing).
 */
const DIGIT_UNITS = ['米', '周(?![年岁])', '分(?![之钟])'].join('|');
const ARABIC = String.raw`\d+(?:\.\d+)?(?:[万亿])?`;
/**
 * Chinese numerals of at least ten ("一百二十", "三千", "十八万", "十五"): "一名专员" or "一次" is a way
 * of speaking, and "千家万户" a set phrase, not a figure.
 */
const CHINESE = String.raw`[一二两三四五六七八九十](?=[零〇一二两三四五六七八九十百千万亿]*[十百千万亿]|[十百千万亿])[零〇一二两三四五六七八九十百千万亿]*|十[一二三四五六七八九]?`;
/** "余/多" after the number, and a 万/亿 after that: "一百二十多万条", "120多万分", "三十余万人次". */
const ABOUT = '(?:余|多)?(?:万|亿)?';
/** "一点六倍", "二点五万元": a decimal said in words (its 点 between digits, never "一点" alone). */
const CHINESE_DECIMAL = String.raw`[一二两三四五六七八九十百]+点[零〇一二三四五六七八九]+`;
/**
 * Measures a single Chinese numeral counts in as a hard fact ("巡护道路三公里", "两倍", "五万元"), unlike "一名专员" or
 * "三个方面"; 一 before them is left out ("最后一公里" is a set phrase).
 */
const MEASURES = ['公里', '万元', '亿元', '万亩', '万人', '万户', '个百分点', '倍'].join('|');
const ONE_DIGIT = '[两三四五六七八九]';
/** "百分之九十七", "百分之三点五": a percentage said in words. */
const PERCENT_WORDS = String.raw`百分之[零〇一二两三四五六七八九十百点]+`;

/**
 * The genre's set terms that a speaker shows as a slide's hard fact, as a figure is ("实行一票否决"). An open list.
 */
const SET_TERMS = '一票否决';

/** A model's name counted in figures, in its quotation marks: "1+1+X", "5+2", "1+N". */
const COUNTED_MODEL = String.raw`(?<=“)\d+(?:\+(?:\d+|[A-Z]))+(?=”)`;

const FIGURE = new RegExp(
  String.raw`${PERCENT_WORDS}|${SET_TERMS}|${COUNTED_MODEL}|近?(?:${ARABIC}|${CHINESE_DECIMAL}|${CHINESE})${ABOUT}(?:${UNIT})|近?${ONE_DIGIT}(?:${MEASURES})|近?${ARABIC}${ABOUT}(?:${DIGIT_UNITS})`,
  'gu',
);

/** A figure as written in the text, and where it starts. */
export interface Figure {
  text: string;
  index: number;
}

/** Whether the character before a match continues a number ("95%" inside "195%", "十" inside "二十"). */
function continuesNumber(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  return /[\d.零〇一二两三四五六七八九十百千万亿]/u.test(before);
}

/** Every figure of the text, in order. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const index = match.index ?? 0;
    // "第12期" is a number of order, "12345热线" a name; only amounts count.
    if (continuesNumber(text, index) || text[index - 1] === '第') continue;
    figures.push({ text: match[0], index });
  }
  return figures;
}

/** Words that report a result: a figure next to one is what the passage achieved ("办结率达到98.6%"). */
const RESULT =
  /(达到|达|实现|提升至|提升到|提高到|提高了|提高|增长|增加|突破|超过|办结|化解|下降|减少|压缩|缩短|节约|新增|累计|共|获得|兑现|覆盖)/u;

/** Whether a result word stands shortly before the figure in its clause. */
export function isResult(text: string, figure: Figure): boolean {
  const before = text.slice(Math.max(0, figure.index - 8), figure.index);
  const clauseStart = Math.max(...['，', '；', '。', '：', '、'].map((p) => before.lastIndexOf(p)));
  return RESULT.test(before.slice(clauseStart + 1));
}

/** Whether `figure` occurs in `text` as a whole figure (not as the tail of a longer number). */
export function hasFigure(text: string, figure: string): boolean {
  let at = text.indexOf(figure);
  while (at >= 0) {
    if (!continuesNumber(text, at)) return true;
    at = text.indexOf(figure, at + 1);
  }
  return false;
}
