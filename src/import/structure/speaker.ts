// Read a speaker line ("某某市委组织部 张三 2024年5月10日") into name, unit and date.
import { slideWidth } from '../sentences.ts';

export interface SpeakerInfo {
  speaker?: string | undefined;
  organization?: string | undefined;
  date?: string | undefined;
}

const UNIT_END =
  /(局|委|部|厅|院|校|所|处|科|室|办|中心|公司|集团|银行|医院|大学|学院|学校|小学|中学|幼儿园|街道|镇|乡|村|社区|支部|党委|党组|总支|委员会|协会|联合会|团委|工会|妇联|政府|法院|检察院|队|站|馆|社|组|办公室|基地|分局|分行|支行|居委会|村委会|管委会|单位)$/u;
/** Words that end like a unit but name no one's workplace ("美丽乡村", "城乡"). */
const NOT_A_UNIT = /(城乡|乡村|农村|山村|城镇|乡镇|基层|社会|全社会)$/u;
/**
 * A title that ends like a unit ("以产业需求为导向办好家门口的技工学校", "打造群众满意的便民服务中心"): a unit's name
 * has no 的 (but "党的建设") and does not say what to do.
 */
const TITLE_LIKE =
  /(?<!党)的|^(让|把|用心|用情|以[^为，]{1,12}为)|打造|推动|坚持|聚焦|着力|奋力|争做|争当|争创|当好|做好|办好|建好|守好|走好|筑牢|织密|擦亮/u;
/** A post after the unit or on its own ("党支部书记", "县人大代表"): the byline shows it with the unit. */
const POSTS =
  '书记|主任|局长|部长|常委|成员|科长|处长|校长|院长|所长|站长|队长|馆长|行长|台长|社长|厂长|园长|团长|庭长|检察长|理事长|主席|会长|秘书长|委员|代表|干事|科员|经理|董事长|县长|市长|区长|镇长|乡长|村长|组长|调研员|网格员|选调生|指导员|教导员|主编';
const POST = new RegExp(`(${POSTS})$`, 'u');
const NAME = /^[\p{Script=Han}]{1,2}[\p{Script=Han}·]{1,4}$/u;
/** Salutations and courtesies that have the shape of a name. */
const NOT_A_NAME = /^(各位|同志|大家|谢谢|领导|老师|朋友|女士|先生|尊敬)/u;
/**
 * Common surnames (and 某, as bylines write an unnamed speaker): a name written straight after a unit must start with
 * one, or a title that ends like a unit would read as one ("……在乡村处处绽放" is no 处 with a speaker 绽放).
 */
export const SURNAME =
  /^(某|欧阳|司马|诸葛|上官|东方|皇甫|令狐|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝])/u;
const LABELS: Array<[RegExp, keyof SpeakerInfo]> = [
  [/^(发言人|发言者|报告人|主讲人|姓名|汇报人)[：:]\s*/u, 'speaker'],
  [/^(单位|部门|工作单位)[：:]\s*/u, 'organization'],
  [/^(日期|时间)[：:]\s*/u, 'date'],
];

/** The speaker line's fields, or undefined when some part of the line is not a name, unit or date. */
export function readSpeakerLine(line: string): SpeakerInfo | undefined {
  let text = line
    .trim()
    .replace(/^[（(【\[](.*)[）)】\]]$/u, '$1')
    .trim();
  if (text === '' || slideWidth(text) > 50 || /[。！？!?]/u.test(text)) return undefined;
  const info: SpeakerInfo = {};
  const date = findDate(text);
  if (date) {
    info.date = date.iso;
    // "王某某（2026年6月）": the date in brackets of its own goes with its brackets.
    text = text.replace(date.written, ' ').replace(/[（(]\s*[）)]/gu, ' ');
  }
  let joiner = ' ';
  for (const piece of text.split(/([\s\u3000、，,|｜/／·]+)|(?=(?:发言人|作者|来源|单位|部门|日期|时间)[：:])/u)) {
    if (piece === undefined || piece === '') continue;
    // "党组书记、局长": posts the line joins by 、 stay so joined; any other separator is a space.
    if (/^[\s\u3000、，,|｜/／·]+$/u.test(piece)) {
      joiner = piece.trim() === '、' ? '、' : ' ';
      continue;
    }
    if (!readToken(piece, info, joiner)) return undefined;
    joiner = ' ';
  }
  if (info.organization !== undefined) info.organization = withoutPost(info.organization);
  return info.speaker || info.organization || info.date ? info : undefined;
}

/** A post said after its unit ("局长", "党组书记、局长", "副主任"). */
const POST_AFTER = new RegExp(`^(?:党组|党委|党工委|党总支|党支部)?(?:常务)?副?(?:${POSTS})$`, 'u');

/**
 * "某某县邮政管理局局长" → "某某县邮政管理局": a byline that names one unit with the speaker's post after it gives the unit
 * as the organization, the post is no organization ("党组书记、局长" after it goes too). A line of posts in their own
 * right ("县人大代表 某某村党支部书记") says who the speaker is, and stays as written.
 */
function withoutPost(organization: string): string {
  if (/\s/u.test(organization)) return organization;
  const [first = '', ...more] = organization.split('、');
  // "中共某某县委常委、组织部部长": a member of the unit's body who heads one of its departments works there
  // (中共某某县委组织部); "……办公室副主任、县委督查室主任" heads two, and the first names the unit.
  const departments = more.flatMap((post) => (POST_AFTER.test(post) ? [] : [DEPARTMENT_POST.exec(post)?.[1]]));
  if (departments.includes(undefined)) return organization;
  for (let end = 3; end < first.length; end++) {
    const unit = first.slice(0, end);
    const post = first.slice(end);
    if (!UNIT_END.test(unit) || NOT_A_UNIT.test(unit) || !POST_AFTER.test(post)) continue;
    const member = /(常委|委员|成员)$/u.test(post) && departments.length === 1;
    return member ? `${unit}${departments[0] ?? ''}` : unit;
  }
  return organization;
}

/** "组织部部长", "宣传部副部长", "办公室主任", "政法委书记", "编委办主任": a department's or commission's head, said
 *  after a post of the unit it belongs to. */
const DEPARTMENT_POST = new RegExp(
  `^(?:市委|县委|区委)?([\\p{Script=Han}]{1,6}?(?:部|办公室|办|室|委))(?:常务)?副?(?:${POSTS})$`,
  'u',
);

/** "来源：某某网" beside the author on a page's byline: where the text was found, nobody's field. */
const FOUND_AT = /^(?:信息|文章|稿件)?(?:来源|出处)[：:]/u;
/** "作者：某某县邮政管理局局长": the author's unit and post, or name, read as any byline word is. */
const AUTHOR = /^作者[：:]\s*/u;

function readToken(token: string, info: SpeakerInfo, joiner: string): boolean {
  if (FOUND_AT.test(token)) return true;
  const author = AUTHOR.exec(token);
  if (author) return token.length === author[0].length || readToken(token.slice(author[0].length), info, joiner);
  for (const [label, field] of LABELS) {
    const match = label.exec(token);
    if (!match) continue;
    const value = token.slice(match[0].length).trim();
    if (value === '') return true;
    if (field !== 'date') info[field] = value;
    else if (info.date === undefined) {
      const date = findDate(value);
      if (!date) return false;
      info.date = date.iso;
    }
    return true;
  }
  const name = token.replace(/同志$/u, '');
  // Units and posts, as many as the line gives ("共青团某某市委员会 学校部", "县人大代表 某某村党支部书记"), in order.
  if (
    (UNIT_END.test(token) && !NOT_A_UNIT.test(token) && !TITLE_LIKE.test(token) && slideWidth(token) >= 3) ||
    (POST.test(token) && slideWidth(token) >= 2)
  ) {
    info.organization = info.organization === undefined ? token : `${info.organization}${joiner}${token}`;
    return true;
  }
  if (NAME.test(name) && !NOT_A_NAME.test(name) && info.speaker === undefined) {
    info.speaker = name;
    return true;
  }
  // "某某市委组织部张三", "某某县审计局局长李四": a unit or post with the name written straight after it.
  const joined = new RegExp(
    `^(.{2,}(?:局|委|部|厅|院|校|所|处|科|室|办|中心|公司|街道|镇|乡|村|社区|支部|${POSTS}))([\\p{Script=Han}]{2,3})$`,
    'u',
  ).exec(token);
  if (
    joined &&
    SURNAME.test(joined[2] ?? '') &&
    !/[：:]/u.test(joined[1] ?? '') &&
    info.organization === undefined &&
    info.speaker === undefined
  ) {
    info.organization = joined[1];
    info.speaker = joined[2];
    return true;
  }
  return false;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * A date written 2024年5月10日, 2024-05-10, 2024.5.10, 2024/5/10 or 二〇二四年五月十日, as YYYY-MM-DD; one written
 * to the month only (2024年5月, 二〇二四年五月) as YYYY-MM, which the draft keeps as a remark for the speaker to complete.
 */
export function findDate(text: string): { written: string; iso: string } | undefined {
  const arabic = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?/u.exec(text);
  if (arabic) return toIso(arabic[0], Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese =
    /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/u.exec(text);
  if (chinese) {
    const year = Number([...(chinese[1] ?? '')].map((d) => CN_DIGITS[d] ?? 0).join(''));
    return toIso(
      chinese[0],
      year,
      chineseNumber(chinese[2] ?? ''),
      chinese[3] === undefined ? undefined : chineseNumber(chinese[3]),
    );
  }
  const month = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/u.exec(text);
  if (month) return toIso(month[0], Number(month[1]), Number(month[2]), undefined);
  return undefined;
}

function toIso(
  written: string,
  year: number,
  month: number,
  day: number | undefined,
): { written: string; iso: string } | undefined {
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31)) || year < 1900 || year > 2200)
    return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { written, iso: day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}` };
}

/** Whether a date found by findDate names its day (a YYYY-MM-DD the outline accepts). */
export function isFullDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(iso);
}

/** 一 … 三十一 */
function chineseNumber(text: string): number {
  if (!text.includes('十')) return CN_DIGITS[text] ?? 0;
  const [tens, ones] = text.split('十');
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}
