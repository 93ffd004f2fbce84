// Sentences → short slide points: a clause or two of about 20 Han characters, cut only at punctuation.
import { slideWidth, splitClauses, splitSentences, stripTerminal, type Clause } from './sentences.ts';
import { NOT_A_SERIES } from '../outline/numbering.ts';
import { isAnnouncement, isProblem } from './title-phrasing.ts';
import { EXHORTS } from './structure/closing.ts';
import { wordsOf } from './words.ts';

/** About this wide (in Han characters), a point fits one line of a 16:9 slide: "about 20 characters". */
export const POINT_WIDTH = 22;

/** "习近平总书记强调，……" "让干部认识到，……": the clause that introduces words or a thought is not the point. */
const ATTRIBUTION =
  /(指出|强调|提出|说|说过|写道|认为|表示|谈到|讲到|告诫|所说|讲话中|指示|认识到|意识到|体会到|感受到|看到|懂得|明白|知道|发现)$/u;
/** "随着……，" "通过……，" "只要……，" "对老年人等……的群体，": a framing clause; the point is in what follows. */
const FRAMING =
  /^(随着|对于|通过|为了|为(防止|避免|确保|保证|破解|方便|便于)|面对|围绕|按照|根据|基于|经过|只要|如果|虽然|尽管|即使|因为|由于|既然|在)|(时|的时候|以来|期间|之际|之后|以后|的基础上|的前提下|的情况下|的背景下|的过程中)$|^作为|^每(建|办|开|设|到)一?个|[^统唯之第万专单同划]一(立|动|抓|查|建|改|通)$|[一二两三四五六七八九十\d]+个?(年|月|天|日|周|小时)之?内$|^对[^，,]{2,16}的\p{Script=Han}{1,4}$/u;
/** "我们按照市委的统一部署，……": a frame after the subject ("在……中做了……" is not one: it goes on to say what was done). */
const FRAME_AFTER_SUBJECT = /^(随着|对于|通过|为了|面对|围绕|按照|根据|基于)/u;
/** "去年，" "比如，" "为此，": a clause of time or a connective says nothing on its own; the point follows it. */
const OPENER =
  /^(去年|今年|前年|目前|当前|现在|如今|过去|以前|此前|后来|随后|最近|近期|近年来|这几年|多年来|[一二两三四五六七八九十几]年多?(来|以来)|[一二两三四五六几]个多?月(来|以来)|为此|对此|针对(这|此|上述)(个|一|些)?(问题|情况|现象|难题|短板)|比如|例如|譬如|比如说|同时|此外|另外|其中|首先|其次|再次|最后|总之|因此|所以|但是|然而|不过|当然|而且|下面|接下来|下一步|一方面|另一方面|具体来说|具体而言|总的来说|事实上|实际上|可以说|应该说|也就是说|特别是|尤其是|实践证明|事实证明)$/u;
/**
 * Words that join a clause to the one before it: a phrase starting with one is the second half of a sentence
 * ("是读书的习惯", "不是工作的标准": the half of a contrast, or a predicate whose subject was said before).
 */
const DEPENDENT =
  /^(而是|而且|而|但是|但|却|并且|并|也|还|又|就|才|则|从而|进而|以便|以免|所以|因此|因而|于是|甚至|乃至|否则|不然|即|便|其中|以及|不是|是(?!否))/u;
/** "这句话，……" "这件事……" "这是……" "这个问题不解决，……": a sentence that points back at the one before says nothing on a slide by itself. */
const REFERS_BACK = /^(这|那)(句话|件事|一点|些|样|种|么|是|就是|也是|(个|一)(问题|难题|情况|现象))|^其中/u;
/** "去年汛期，" "今年一季度，": a short clause of time sets the scene. */
const WHEN =
  /^(去年|今年|前年|明年|上半年|下半年|年初|年底|当时|那时|这次|此前|以前|目前|当前|近期|最近)\p{Script=Han}{0,4}$/u;
/** "我问他，……" "说起粮食，……": the speaker telling a story, not stating a point. */
const TELLING = /^(我|他|她)(问|说|想|记得|告诉)|^(说起|记得|听说|据说)/u;
/**
 * "过去有居民说，……" "有位老党员跟我说，……": someone of the public's words retold — a story, not a point (a leader's
 * "指出，要……" is an instruction, and stays one).
 */
const RETOLD =
  /(居民|群众|村民|市民|家长|老人|老党员|党员|大爷|大娘|阿姨|职工|游客|学员|学生|孩子|负责人|老板|企业家|个体户|有人)们?(都|也|还)?(说|反映|讲|告诉我|跟我说|对我说)$/u;
/** "（每建一个书房，）都先在社区征集意见": an adverb that leans on a subject said before is not where a point starts. */
const LEANING_ADVERB = /^(都|均)(?=\p{Script=Han}{4})/u;
/**
 * "群众说：“……”" "居民纷纷点赞：“……”" "用村民的话说，“……”" "“……”村民们高兴地说。": someone's words quoted. On the
 * tuned references none of the twelve sayings of the public is a point or title (the speaker's own clause and figures
 * around it are, in eleven); a motto the speaker coins in quotation marks ("一号响应、一网通办") is no saying and stays.
 */
const QUOTED_SPEECH =
  /(说|讲|道|问|感慨|感叹|点赞|称赞|夸赞|评价|反映|表示|所说|的话说|的话讲|常说)[：:，,]\s*“[^”]{4,}|“[^”]{4,}[。！？!?]?”[，,]?[^。，“”]{0,12}(说|讲|道|感慨|点赞|称赞)(道)?$/u;

/** Whether a sentence quotes someone's words rather than stating the speaker's own point. */
export function isQuotedSpeech(sentence: string): boolean {
  return QUOTED_SPEECH.test(stripTerminal(sentence.trim()));
}

/** "有一位在工地上干活的师傅", "有位老大爷", "一位……青年": one person brought in, whoever they are, as a story opens. */
export const PERSON_BROUGHT_IN = /^(有一?位|有一名|一位)/u;

/**
 * "有居民反映……" "一位做食品生意的个体户……" "有一位在工地上干活的师傅": someone of the public introduced, as a story opens
 * (有一位/有位/有一名/一位 always bring in one person, whoever they are), or a story's time is set (那天早上，……, 有一次，……).
 */
const STORY_OPENING = new RegExp(
  String.raw`${PERSON_BROUGHT_IN.source}|^((那|有)一?(天|年|次|回)|那时候?)|^(有|一名|一个|有个)(居民|群众|村民|市民|家长|老人|老党员|企业主|商户|个体户|学生|孩子|大爷|大娘|阿姨|游客|网友|职工)`,
  'u',
);
/** "我们……", "我县……": who does it is the speaker's side; the point is what is done. */
const SUBJECT =
  /^(我们(单位|局|县|市|区|镇|乡|村|社区|街道|学校|科室)?|我(市|县|区|镇|乡|局|委|院|馆|校|部|单位))(今年|去年|还|也|都|先后|一直|将要|将)?/u;
/** "我们身边……", "我们的……": 我们 is not the subject there, and what follows is not a phrase of its own. */
const NOT_A_PREDICATE = /^(的|身边|身上|心中|心里|自己|大家|这|那|每|一些|有|是|都是|都有|所)/u;
/**
 * "各位领导、同志们：" "我谈三点认识" "下面我作简要汇报": the speaker addressing the room or announcing the talk;
 * "有些同志觉得……" "身边也有一些干部……": a view the speech argues against, or a bad example — none is a point.
 */
const NOT_A_POINT =
  /[：:]$|^(各位|尊敬的|同志们)|(谈|汇报|交流|讲|说)(一下|三|几|两|四|五|一些|一点)点?(认识|体会|思考|想法|看法|意见|感受|做法|经验|建议)|(下面|接下来|这里|借此机会)[，,]?我|(汇报|介绍)如下|作个?(简要)?(汇报|交流)|(谈|讲|介绍|分享)(谈|一谈|一下)?.{0,6}(几|[两三四五六七八九十])(点|个方面)|从.{0,6}(几|[两三四五六七八九十])个?方面.{0,4}(谈|讲|汇报|交流|介绍|说|分享)|以下几|[两三四五六七八九十几](件事|项(措施|举措|工作)|条(措施|举措|做法)?|个?方面)$|^(有的|有些|一些|个别|少数)(同志|干部|人|地方|单位|企业)?(认为|觉得|以为)|^有人(认为|觉得|说)|有(一些|个别|少数|的)(干部|同志|党员)/u;

/** Who a salutation addresses: "尊敬的各位领导", "亲爱的团员青年朋友们", "各位来宾", "同志们". */
const ADDRESSEE =
  /^(尊敬的|亲爱的|敬爱的|在座的|各位|全体)|(们|来宾|嘉宾|代表|领导|同仁|同事|同志|老师|同学|家长|乡亲)$/u;
/** "大家好！" "各位领导，上午好！": a greeting, said to the room and nothing else. */
const GREETING = /^(\p{Script=Han}{0,12}[，,、]\s*)?(大家|各位|同志们|朋友们)?(上午|下午|晚上)?好$/u;

/**
 * "非常荣幸作为代表在这里发言" "借这个机会，和大家分享……" "不当之处，敬请批评指正" "供大家参考": the speaker's courtesy
 * to the room, wherever the sentence puts it.
 */
const COURTESY =
  /^(非常|很|十分|特别)?(荣幸|高兴|感谢)|^(借此|借这个|趁此|趁这个|利用这个)机会|批评指正|敬请指正|不(当|妥|足|到)之处|(供|仅供)(大家|各位)?参考/u;

/**
 * "各位领导、同志们：" "尊敬的各位领导，亲爱的团员青年朋友们：" "大家好！" "非常荣幸在这里发言": the speaker greeting
 * the room. A salutation is never a title or a point, however its words weigh.
 */
export function isSalutation(sentence: string): boolean {
  const text = sentence.trim().replace(/[。！!？?]+$/u, '');
  if (GREETING.test(text) || COURTESY.test(text)) return true;
  if (!/[：:]$/u.test(text)) return false;
  const names = text
    .slice(0, -1)
    .split(/[，,、\s]+/u)
    .filter((n) => n !== '');
  return names.length > 0 && names.every((n) => ADDRESSEE.test(n));
}

/**
 * "建立了……体系" "制定了……清单" "开设……课程": a clause that says what was set up or done, by a verb of method at its start.
 * A passage's methods are what a speaker shows beside its figures.
 */
const METHOD =
  /^(建立|建成|建起|制定|成立|推行|实行|开设|设置|设立|组建|引入|开通|编印|编写|出台|搭建|打造|推出|实施|开发|上线|印发|评选|选派|培育|招募|聘请|举办|开办|创建|研发|完善|健全)了?\p{Script=Han}/u;

/** Whether a point says what was set up or done ("建立了区、镇、村三级河湖长体系"), not how it went. */
export function isMethodPoint(point: string): boolean {
  return METHOD.test(point.trim());
}

/** Numbering and counting words before a point: 一、 （一） 1. ① 第一， 首先， 首先是 一是 */
const NUMBERING = new RegExp(
  String.raw`^([一二三四五六七八九十]{1,3}[、．.]${NOT_A_SERIES}|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]{1,3}[，,、：:]|(首先|其次|再次|再者|最后)[，,、：:]|(首先|其次|再次|最后)是(?=\p{Script=Han})|[一二三四五六七八九十]是[，,：:]?)\s*`,
  'u',
);

/** Characters that make 要 part of a word (重要, 需要, 不要 …) when they stand before it. */
const BEFORE_YAO = new Set([...'重主需只必紧摘纲想将扼概首显政险机提切简不']);
/** …and when they follow it (要求, 要素, 要点 …). */
const AFTER_YAO = new Set([...'求素点害务件闻员领义职冲塞地案旨诀']);

/**
 * "要把握群众思想观念的变化" → "把握群众思想观念的变化": a 要 (with a short subject or adverb
 * before it, like 年轻干部要 or 更是要) that opens a clause is the speech's way of stating a point.
 * After a longer subject 要 says what someone has to do ("群众办一件事要跑好几个部门"): that is no point to state.
 */
export function withoutModal(clause: string): string | undefined {
  const chars = [...clause];
  for (let i = 0; i < Math.min(chars.length, 7); i++) {
    if (!/\p{Script=Han}/u.test(chars[i] ?? '')) return undefined;
    if (chars[i] !== '要') continue;
    // "归根结底就是要……" states a point however long the lead-in; "群众办一件事要……" says what someone has to do.
    if (i > 5 && chars[i - 1] !== '是') continue;
    if (i > 0 && BEFORE_YAO.has(chars[i - 1] ?? '')) continue;
    if (AFTER_YAO.has(chars[i + 1] ?? '')) continue;
    const rest = chars.slice(i + 1).join('');
    // "服务要精准" is not "精准": a predicate of one word needs what it is said of.
    return slideWidth(rest) >= (i > 0 ? 4 : 2) ? rest : undefined;
  }
  return undefined;
}

/**
 * "要让群众走几步就能借到书" → "让群众走几步就能借到书": a heading that opens with the modal 要 exhorts; a slide states
 * what is done. Only a 要 at the very start: after a subject ("年轻干部要……") the subject stays with it.
 */
export function withoutOpeningModal(heading: string): string {
  const text = heading.trim();
  if (!text.startsWith('要')) return text;
  const rest = withoutModal(text);
  return rest !== undefined && slideWidth(rest) >= 4 ? rest : text;
}

/** "我们建立了……" → "建立了……", when enough is left to say something. */
function withoutSubject(clause: string): string | undefined {
  const subject = SUBJECT.exec(clause);
  if (!subject) return undefined;
  // "我们县委办作为牵头部门": 县委办 is one word, so only 我们 is the speaker's side — cutting at 我们县 would leave
  // "委办作为牵头部门". The subject ends where a word ends, or it is not taken off.
  const ends = new Set<number>();
  let at = 0;
  for (const { word } of wordsOf(clause)) ends.add((at += word.length));
  const length = ends.has(subject[0].length) ? subject[0].length : clause.startsWith('我们') && ends.has(2) ? 2 : 0;
  // "我们都先在社区征集意见": the adverbs that lean on the subject go with it.
  const rest = clause.slice(length).replace(LEANING_ADVERB, '');
  return length > 0 && slideWidth(rest) >= 4 && !DEPENDENT.test(rest) && !NOT_A_PREDICATE.test(rest) ? rest : undefined;
}

/** A clause as a point says it: without a modal 要 ("要把握……" → "把握……") or the speaker's side as subject. */
export function asPoint(clause: string): string {
  return withoutModal(clause) ?? withoutSubject(clause) ?? clause.replace(LEANING_ADVERB, '');
}

/**
 * "河湖长制能不能落地", "群众是否满意": a question the sentence goes on to answer ("……，关键在于……"); a clause that
 * says where the answer lies ("关键看能不能兑现") is no such question.
 */
const QUESTION_ONLY =
  /^(?!.*(关键|要看|在于|取决于|决定|看的是))[^，,]{1,12}(能不能|会不会|是不是|有没有|是否|能否)[^，,]{1,10}$/u;

export function isQuestionOnly(clause: string): boolean {
  return QUESTION_ONLY.test(clause.trim());
}

/**
 * A clause that cannot stand on a slide by itself: one that introduces words ("……强调"), frames ("随着……"), opens
 * ("去年", "比如"), sets the time, tells a story, points back ("这件事"), announces the talk, or hangs on the one before.
 */
export function isFrameClause(clause: string): boolean {
  const text = clause.trim();
  return (
    ATTRIBUTION.test(text) ||
    FRAMING.test(text) ||
    OPENER.test(text) ||
    WHEN.test(text) ||
    TELLING.test(text) ||
    REFERS_BACK.test(text) ||
    NOT_A_POINT.test(text) ||
    isQuestionOnly(text) ||
    isAnnouncement(text) ||
    DEPENDENT.test(text)
  );
}

/** Numbering and counting words before a point, taken off: "（一）减环节" → "减环节", "一是提高待遇" → "提高待遇". */
export function unnumbered(text: string): string {
  return text.trim().replace(NUMBERING, '');
}

/** Whether a sentence states a point the speech's way: it opens with a modal 要 clause. */
export function isModalSentence(sentence: string): boolean {
  const clauses = splitClauses(sentence.trim().replace(NUMBERING, ''));
  const first = firstContentClause(clauses);
  return first !== undefined && withoutModal(clauses[first]?.text ?? '') !== undefined;
}

/**
 * "我们的体会是，群众说了算" "我们的做法是多商量、不硬推" "我的回答是：……": the speaker framing what follows as their
 * view or way; the slide says what follows.
 */
const SPEAKERS_FRAME =
  /^(我们|我)的?(体会|回答|答案|做法|办法|经验|感受|认识|思路|打算|考虑|理解)(就是|是)[，,：:]?\s*(?=\p{Script=Han}{2})/u;
/**
 * "我们体会，……" "我认为……" "我想，……" "我们深深感到，……": the speaker's view said as a frame before it; the point is
 * the view. Only before a comma, or before a clause long enough to be the view ("我想讲一个例子" frames nothing).
 */
const VIEW_FRAME =
  /^(我们|我)(也|都|还)?(始终|一直|深深|深刻|真切|越来越)?(地)?(体会到|体会|感受到|感到|认识到|意识到|认为|觉得|相信|坚信|深知|想)(?:[，,：:]\s*|(?=\p{Script=Han}{4}))/u;

/** A sentence without the speaker's frame before what it says ("我们的体会是，群众说了算" → "群众说了算"). */
export function withoutSpeakersFrame(sentence: string): string {
  const text = sentence.trim().replace(SPEAKERS_FRAME, '');
  const view = VIEW_FRAME.exec(text);
  // "我想" before its view needs the comma: "我想讲一个例子" is an announcement, not a frame.
  if (!view || (view[5] === '想' && !/[，,：:]\s*$/u.test(view[0]))) return text;
  return text.slice(view[0].length);
}

/** The short phrase a slide shows for this sentence, or undefined when none reads well (never one ending on 的). */
export function pointOf(sentence: string): string | undefined {
  const point = phraseOfSentence(sentence);
  return point !== undefined && /的$/u.test(point) ? undefined : point;
}

function phraseOfSentence(sentence: string): string | undefined {
  const unnumbered = withoutSpeakersFrame(sentence.trim().replace(NUMBERING, ''));
  const whole = stripTerminal(unnumbered);
  const clauses = splitClauses(unnumbered);
  // A remark in brackets ("（数据来源：……）") is not said as a point; nor is a story told or a sentence that points back.
  if (
    clauses.length === 0 ||
    // "钱从哪里来？": a question the speaker asks is answered by the points, not one of them.
    /[？?]\s*$/u.test(sentence) ||
    isSalutation(sentence) ||
    NOT_A_POINT.test(whole) ||
    // "让我们携手努力，为……作出新的更大贡献": the closing's rallying call, never a point.
    EXHORTS.test(whole) ||
    isQuotedSpeech(whole) ||
    isAnnouncement(whole) ||
    /^[（(【\[].*[）)】\]]$/u.test(whole) ||
    TELLING.test(whole) ||
    REFERS_BACK.test(whole) ||
    // "……存在……的问题", "一些家庭……": the problem the passage answers is no point of it.
    isProblem(whole) ||
    RETOLD.test(clauses[0]?.text ?? '') ||
    // "有居民反映小区消防通道被长期占用": a story's opening, who came with what.
    STORY_OPENING.test(whole)
  )
    return undefined;
  const first = clauses[0]?.text ?? '';
  if (
    slideWidth(whole) <= POINT_WIDTH &&
    !ATTRIBUTION.test(first) &&
    !OPENER.test(first) &&
    !WHEN.test(first) &&
    !DEPENDENT.test(whole)
  ) {
    return asPoint(whole);
  }
  for (const start of candidateStarts(clauses)) {
    const point = phraseFrom(clauses, start);
    if (point !== undefined) return point;
  }
  return undefined;
}

/**
 * Clause indexes to try, best first: the first modal ("要……") clause, then the first content clause onwards —
 * but not a short topic just before the modal clause ("做好群众工作，归根结底就是要……").
 */
function candidateStarts(clauses: Clause[]): number[] {
  const first = firstContentClause(clauses) ?? 0;
  const starts: number[] = [];
  const modal = clauses.findIndex((c, i) => i >= first && withoutModal(c.text) !== undefined);
  if (modal >= 0) starts.push(modal);
  const topic = modal === first + 1 && slideWidth(clauses[first]?.text ?? '') <= 6 ? first : -1;
  for (let i = first; i < clauses.length; i++) if (!starts.includes(i) && i !== topic) starts.push(i);
  return starts;
}

function firstContentClause(clauses: Clause[]): number | undefined {
  for (let i = 0; i < clauses.length; i++) {
    const text = clauses[i]?.text ?? '';
    const last = i === clauses.length - 1;
    if (
      !last &&
      (ATTRIBUTION.test(text) ||
        FRAMING.test(text) ||
        FRAME_AFTER_SUBJECT.test(withoutSubject(text) ?? '') ||
        /(的基础上|的前提下|的情况下|的背景下|的过程中)$/u.test(text) ||
        OPENER.test(text) ||
        WHEN.test(text))
    )
      continue;
    return i;
  }
  return undefined;
}

function phraseFrom(clauses: Clause[], start: number): string | undefined {
  const first = clauses[start];
  if (
    !first ||
    OPENER.test(first.text) ||
    WHEN.test(first.text) ||
    DEPENDENT.test(first.text) ||
    REFERS_BACK.test(first.text)
  )
    return undefined;
  let phrase = asPoint(first.text);
  if (slideWidth(phrase) > POINT_WIDTH) return quotedSentence(phrase) ?? cutAtListComma(phrase);
  // Add following clauses while the point stays short; a ；or ： starts another thought, a framing clause a new one.
  for (let i = start; i < clauses.length - 1; i++) {
    const clause = clauses[i];
    const next = clauses[i + 1];
    if (!clause || !next || (clause.end !== '，' && clause.end !== ',') || FRAMING.test(next.text)) break;
    // "……设立了“人才日”，这一天……": a clause that points back or sets the time starts what the point does not say.
    if (REFERS_BACK.test(next.text) || /^这一?(天|年|次|时)/u.test(next.text) || WHEN.test(next.text)) break;
    const longer = `${phrase}${clause.end}${next.text}`;
    if (slideWidth(longer) > POINT_WIDTH) break;
    phrase = longer;
  }
  // "……认识到": a phrase that introduces what follows it is not a point by itself.
  return ATTRIBUTION.test(phrase) ? undefined : phrase;
}

/** A long quotation ("“年轻干部要提高群众工作能力。要坚持……”"): its first sentence, still in quotation marks. */
function quotedSentence(clause: string): string | undefined {
  const quoted = /^“([^“”]+)”$/u.exec(clause);
  if (!quoted) return undefined;
  const first = stripTerminal(splitSentences(quoted[1] ?? '')[0] ?? '');
  return slideWidth(first) <= POINT_WIDTH && first !== '' ? `“${first}”` : undefined;
}

/**
 * "甲需求、乙需求、丙需求……" too long for a slide: keep the items that fit, cut at a 、 — but only between
 * items that end alike, as list items do ("……最基础、最核心的能力" is one phrase, not a list).
 */
function cutAtListComma(phrase: string): string | undefined {
  const items = phrase.split('、');
  let kept = items[0] ?? '';
  let count = 1;
  if (slideWidth(kept) > POINT_WIDTH) return undefined;
  for (const item of items.slice(1)) {
    const longer = `${kept}、${item}`;
    if (slideWidth(longer) > POINT_WIDTH) break;
    kept = longer;
    count++;
  }
  const lastKept = items[count - 1] ?? '';
  const firstDropped = items[count] ?? '';
  const parallel = lastKept.slice(-1) === firstDropped.slice(-1);
  // "实现好、维护好、发展好": short items are a set phrase, which loses its sense with one cut off.
  const setPhrase = items.slice(count).every((item) => slideWidth(item) <= 4);
  return slideWidth(kept) < 6 || !quotesBalanced(kept) || !parallel || setPhrase ? undefined : kept;
}

function quotesBalanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/“/g) === count(/”/g) && count(/（/g) === count(/）/g) && count(/《/g) === count(/》/g);
}

const COUNTED = /^[一二三四五六七八九十]是/u;

/** What a sentence says before it starts counting ("我们要用……方式讲道理：一是……"), as a point. */
export function pointBeforeCounting(sentence: string): string | undefined {
  const clauses = splitClauses(sentence);
  const first = clauses.findIndex((c) => COUNTED.test(c.text));
  if (first <= 0) return undefined;
  return pointOf(
    clauses
      .slice(0, first)
      .map((c, i) => c.text + (i < first - 1 ? c.end : ''))
      .join(''),
  );
}

/** "……：一是推行……，……；二是……" → each counted item's words, without its counting word ("推行……，……"). */
export function countedItems(sentence: string): string[] {
  const clauses = splitClauses(sentence);
  const starts = clauses.flatMap((c, i) => (COUNTED.test(c.text) ? [i] : []));
  return starts.map((start, n) =>
    clauses
      .slice(start, starts[n + 1] ?? clauses.length)
      .map((c, i, item) => c.text + (i < item.length - 1 ? c.end : ''))
      .join('')
      .replace(COUNTED, ''),
  );
}

/** Whether a sentence opens with numbering or a counting word ("一是……", "第二，……"). */
export function isNumbered(sentence: string): boolean {
  return NUMBERING.test(sentence.trim());
}

/** "……：一是加强学习，二是深入调研，三是狠抓落实。" → one point per counted clause (none when fewer than two). */
export function enumeratedPoints(sentence: string): string[] {
  const counted = splitClauses(sentence).filter((c) => COUNTED.test(c.text));
  if (counted.length < 2) return [];
  return counted.flatMap((c) => {
    const phrase = asPoint(c.text.replace(COUNTED, ''));
    if (slideWidth(phrase) <= POINT_WIDTH) return [phrase];
    const cut = cutAtListComma(phrase);
    return cut === undefined ? [] : [cut];
  });
}

/** What a sentence says after the phrase taken from it: "用开放思维搭建多样平台，引导群众自我教育……" → "引导群众自我教育……". */
export function pointAfter(sentence: string, phrase: string): string | undefined {
  const clauses = splitClauses(sentence.trim().replace(NUMBERING, ''));
  let used = '';
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (!clause) break;
    used += clause.text;
    if (used.endsWith(phrase) || (withoutModal(used) ?? used).endsWith(phrase)) {
      const rest = clauses
        .slice(i + 1)
        .map((c) => c.text + c.end)
        .join('');
      return rest === '' ? undefined : pointOf(rest);
    }
    used += clause.end;
  }
  return undefined;
}
