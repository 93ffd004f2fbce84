// What a slide shows of its passage as points: the figures first, and the counted items.
import { findFigures, isResult } from './figures.ts';
import {
  asPoint,
  isFrameClause,
  isQuestionOnly,
  isQuotedSpeech,
  PERSON_BROUGHT_IN,
  POINT_WIDTH,
  unnumbered,
} from './points.ts';
import { slideWidth, splitClauses, type Clause } from './sentences.ts';
import { endsOnFunctionWord, withoutFillers, wordsOf } from './words.ts';

/** "Complete phrases of about 20 characters": what fits one line of a slide. */
const PHRASE_WIDTH = 20;

/** A phrase a slide could show, where it stands in the passage, and how much the speaker would want it. */
export interface Idea {
  text: string;
  /** Sentence index in the passage, then clause index: the phrases are shown in the speech's order. */
  sentence: number;
  clause: number;
  kind: 'figure' | 'counted';
  weight: number;
}

/** A phrase that opens with a word joining it to what went before ("就重点解决什么", "而是……") is half a sentence. */
const LEANS_BACK = /^(而是|而且|而|但是|但|却|并且|从而|进而|所以|因此|因而|于是|否则|就|才|则)/u;
/** "一是" "二是" …: an item counted inside a sentence. */
const COUNTED = /^[一二三四五六七八九十]是/u;

/** A clause as a phrase: no numbering, no modal 要 or "我们" as subject, no filler words; undefined when too long or dangling. */
export function phraseOf(text: string, width = PHRASE_WIDTH): string | undefined {
  const phrase = withoutFillers(asPoint(unnumbered(text))).trim();
  if (
    phrase === '' ||
    slideWidth(phrase) > width ||
    endsOnFunctionWord(phrase) ||
    slideWidth(phrase) < 3 ||
    LEANS_BACK.test(phrase) ||
    isQuestionOnly(phrase)
  )
    return undefined;
  return balanced(phrase) ? phrase : undefined;
}

function balanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/[（(]/gu) === count(/[）)]/gu) && count(/《/gu) === count(/》/gu);
}

/**
 * A clause with a figure too long for one line, cut at a list comma after the figure ("……网格86个、专属网格23个、
 * 楼栋党小组156个" keeps the items that fit): a phrase always starts where its clause starts.
 */
function figureListCut(text: string): string | undefined {
  const clean = withoutFillers(asPoint(unnumbered(text)));
  const items = clean.split('、');
  let kept = '';
  for (const item of items) {
    const longer = kept === '' ? item : `${kept}、${item}`;
    if (slideWidth(longer) > PHRASE_WIDTH) break;
    kept = longer;
  }
  // "就是把年用水量1万立方米以上的工业企业、……全部纳入……": a cut inside what 把/将 governs loses its verb.
  return kept !== '' &&
    kept !== clean &&
    findFigures(kept).length > 0 &&
    balanced(kept) &&
    !endsOnFunctionWord(kept) &&
    !LEANS_BACK.test(kept) &&
    !/[把将]/u.test(kept)
    ? kept
    : undefined;
}

/**
 * A clause with a figure a little too long for one line, without a list to cut at ("改造完成后的小区物业管理覆盖率达到
 * 百分之九十二"): shown whole up to the widest a point may be, rather than lose its figure; a point is never cut inside a
 * clause.
 */
function wholeFigureClause(text: string): string | undefined {
  const phrase = withoutFillers(asPoint(unnumbered(text))).trim();
  return slideWidth(phrase) <= POINT_WIDTH && phraseOf(phrase, POINT_WIDTH) !== undefined ? phrase : undefined;
}

/** A result verb with where it went: "提高到", "压缩至", "下降到". */
const RESULT_TO = '(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|压缩|缩短|缩减|降)(?:到|至)';
/**
 * "由原来的半年（压缩到30天以内）", "由百分之八十一（提高到百分之九十八）": where a result started, said just before the result
 * verb. A number (or 半) must be in it, so "由村民（提高到……）" is no start value; 自由, 理由, 经由, 缘由 are words.
 */
const START_VALUE = new RegExp(
  String.raw`(?<![自理经缘来])[由从](?:原来|过去|原先|此前|之前|以前|改革前)?的?(?=[^，。；：、到至由从]{0,8}[\d零〇一二两三四五六七八九十百千万半])[^，。；：、到至由从]{1,10}?(?=${RESULT_TO})`,
  'u',
);

/**
 * The two kinds of words a result's point may leave out besides the listed fillers, each narrow and each kept by what is
 * left: the value a result started from ("普及率由百分之八十一提高到百分之九十八" → "普及率提高到百分之九十八": the result is
 * still said as reached), and examples listed before 等 where a figure after 等 counts them all ("梳理出信息采集、矛盾调解、
 * 隐患排查等6大类38项工作" → "梳理出6大类38项工作": the figure's count stands for the list). Nothing else is taken out;
 * the rest of the clause stays in order.
 */
export function withoutResultDetail(clause: string): string {
  return withoutExamples(clause.replace(START_VALUE, ''));
}

/** "解决住房、子女入学等实际问题420多个" → "解决实际问题420多个": examples of two or more before 等, counted by a figure after it. */
function withoutExamples(clause: string): string {
  const at = clause.indexOf('等');
  const list = clause.slice(0, at);
  const firstComma = list.indexOf('、');
  if (at < 0 || firstComma < 0) return clause;
  // The figure counts the list: it follows 等 at once or after a short noun ("等创新平台126个", "等8支志愿服务总队").
  const after = clause.slice(at + 1);
  const figure = findFigures(after)[0];
  if (figure === undefined || figure.index > 6 || /[，。；：、]/u.test(after.slice(0, figure.index))) return clause;
  // The list starts after the verb that governs it: the last verb (and its 了 or 出) that leaves a first item of two
  // characters or more ("组建了理论宣讲、……": 组建, not 宣讲, which ends the item).
  let start = -1;
  let end = 0;
  const words = wordsOf(list.slice(0, firstComma));
  words.forEach((word, i) => {
    end += word.word.length;
    const next = words[i + 1];
    const verbEnd = end + (next !== undefined && /^(了|出|好)$/u.test(next.word) ? next.word.length : 0);
    if (word.tag === 'v' && firstComma - verbEnd >= 2) start = verbEnd;
  });
  const items = list.slice(start).split('、');
  if (start < 0 || items.some((item) => slideWidth(item) < 2 || slideWidth(item) > 12)) return clause;
  return `${clause.slice(0, start)}${after}`;
}

/**
 * A result clause too long for a line without its start value or its listed examples ("全县农村自来水普及率由百分之八十一
 * 提高到百分之九十八" → "全县农村自来水普及率提高到百分之九十八"), as a point, or undefined when it is still too long.
 */
function shortenedFigureClause(text: string): string | undefined {
  const shorter = withoutResultDetail(unnumbered(text));
  if (shorter === unnumbered(text)) return undefined;
  const phrase = phraseOf(shorter, POINT_WIDTH);
  return phrase !== undefined && findFigures(phrase).length > 0 ? phrase : undefined;
}

/** "建队伍" and "组建理论宣讲、文化文艺、助老助残等12支专业志愿服务队" → "建队伍，组建12支专业志愿服务队", when it fits. */
function labelWithShortened(label: string, figureClause: string): string | undefined {
  const shorter = withoutResultDetail(figureClause);
  return shorter === figureClause ? undefined : phraseOf(`${label}，${shorter}`);
}

/** The phrases of a sentence that carry figures, one a clause, a short clause joined to the one before it. */
export function figureIdeas(text: string, sentence: number): Idea[] {
  // "有的商户说：“一年能多赚两万元。”": a figure someone is quoted saying is their words, not the passage's result.
  if (isQuotedSpeech(text)) return [];
  const clauses = splitClauses(text);
  // "有一位在工地上干活的师傅，……，两年读了六十多本": a story of one person, whose figures are theirs, not the passage's.
  if (PERSON_BROUGHT_IN.test(clauses[0]?.text ?? '')) return [];
  const ideas: Array<Idea & { lastClause: number }> = [];
  clauses.forEach((clause, index) => {
    const figures = findFigures(clause.text);
    if (figures.length === 0 || isStory(clause.text)) return;
    const previous = clauses[index - 1];
    const joined =
      previous && slideWidth(clause.text) <= 8 && !COUNTED.test(clause.text) && !isFrameClause(previous.text)
        ? phraseOf(`${previous.text}${previous.end}${clause.text}`)
        : undefined;
    const named = previous && !joined ? namingClause(previous.text, clause.text) : undefined;
    const phrase =
      joined ??
      named ??
      phraseOf(clause.text) ??
      figureListCut(clause.text) ??
      wholeFigureClause(clause.text) ??
      shortenedFigureClause(clause.text);
    if (phrase === undefined || findFigures(phrase).length === 0) return;
    const result = figures.some((f) => isResult(clause.text, f));
    const weight = 3 + (result ? 2 : 0) + Math.min(2, figures.length - 1);
    // Two figures of neighbouring clauses share a line when both fit ("受理企业诉求716件，办结率达到99%").
    const before = ideas.at(-1);
    const pair = before && before.lastClause === index - 1 && !joined ? `${before.text}，${phrase}` : undefined;
    if (before && pair !== undefined && slideWidth(pair) <= PHRASE_WIDTH) {
      ideas[ideas.length - 1] = {
        ...before,
        text: pair,
        weight: Math.max(before.weight, weight) + 1,
        lastClause: index,
      };
    } else ideas.push({ text: phrase, sentence, clause: index, lastClause: index, kind: 'figure', weight });
  });
  return ideas.map(({ lastClause: _, ...idea }) => idea);
}

/**
 * "……与受威胁群众逐户签订安全告知书，共签订3200余份": a figure clause that only says its verb again before the figure
 * (共签订3200余份) counts what the clause before names; where the two are too long for a line together, the clause before
 * is taken from that verb on ("签订安全告知书，共签订3200余份"), so the point carries the figure's noun.
 */
function namingClause(before: string, clause: string): string | undefined {
  const figure = findFigures(clause)[0];
  if (figure === undefined || clause.slice(figure.index + figure.text.length).trim() !== '') return undefined;
  // Only the verb, and a word of counting before it, stands before the figure: 共签订, 累计发放了.
  // "全年更换2600余处", "去年共签订……": a time said before the count is no noun of its own either.
  // "共排查出……", "共鉴定完成……": the verb may carry its result.
  const verb =
    /^(?:全年|去年|今年|当年|年内|[一二两三四五六七八九十\d]{1,2}年(?:来|内)?)?(?:共|累计|先后|已|总共)?(\p{Script=Han}{2})(?:出|到|完成)?了?$/u.exec(
      clause.slice(0, figure.index).trim(),
    )?.[1];
  const at = verb === undefined ? -1 : before.lastIndexOf(verb);
  if (at < 0) return undefined;
  // The verb's object follows it in the clause before ("签订安全告知书"); where the clause before ends on the verb, its
  // object is the clause before itself ("开展安全鉴定，共鉴定三千四百多户", "开展隐患排查，共排查出一千二百余处"), taken
  // whole; "参加技能培训" names nothing after it and is no frame either.
  const endsOnVerb = slideWidth(before.slice(at)) < (verb?.length ?? 0) + 2;
  if (endsOnVerb && (at + (verb?.length ?? 0) !== before.length || isFrameClause(before))) return undefined;
  const phrase = endsOnVerb
    ? (phraseOf(`${before}，${clause}`, POINT_WIDTH) ?? fromLastVerb(before, at, clause))
    : phraseOf(`${before.slice(at)}，${clause}`, POINT_WIDTH);
  return phrase !== undefined && findFigures(phrase).length > 0 ? phrase : undefined;
}

/**
 * "对全镇农村危房开展安全鉴定，共鉴定三千四百多户" too long for a line: the clause before from its verb that governs the
 * named action on ("开展安全鉴定，共鉴定三千四百多户").
 */
function fromLastVerb(before: string, at: number, clause: string): string | undefined {
  let start = -1;
  let end = 0;
  for (const word of wordsOf(before)) {
    if (end >= at) break;
    if (word.tag === 'v' && end + word.word.length <= at && end > 0) start = end;
    end += word.word.length;
  }
  if (start < 0) return undefined;
  const phrase = phraseOf(`${before.slice(start)}，${clause}`, POINT_WIDTH);
  return phrase !== undefined && findFigures(phrase).length > 0 ? phrase : undefined;
}

/** "一位做食品生意的个体户……", "有一次凌晨一点……": a story's figures are not the passage's results. */
export function isStory(clause: string): boolean {
  return /^(有一(位|次|个|家|天)|一位|比如|例如|记得|当时)/u.test(clause.trim());
}

/**
 * "……：一是配强网格力量，每个网格配备……，全街道专兼职网格员达到412人；二是……" → one phrase per item: the item's
 * own words, with the figure of its result joined on when both fit ("提高待遇，平均月收入提高了800元" → "提高待遇，平均月收入提高800元").
 */
export function countedIdeas(text: string, sentence: number): Idea[] {
  const clauses = splitClauses(text);
  const starts = clauses.flatMap((c, i) => (COUNTED.test(c.text) ? [i] : []));
  if (starts.length < 2) return [];
  return starts.flatMap((start, n) => {
    const end = starts[n + 1] ?? clauses.length;
    const item = clauses.slice(start, end);
    const head = phraseOf((item[0]?.text ?? '').replace(COUNTED, ''));
    const withFigure = figureClauseOf(item.slice(1));
    const joined =
      withFigure === undefined || head === undefined
        ? undefined
        : (phraseOf(`${(item[0]?.text ?? '').replace(COUNTED, '')}，${withFigure.text}`) ??
          labelWithShortened(head, withFigure.text));
    // Figures first: the item's result, when its own words and the figure do not fit one line together.
    const figure =
      withFigure === undefined
        ? undefined
        : (phraseOf(withFigure.text) ??
          phraseOf(withFigure.text, POINT_WIDTH) ??
          shortenedFigureClause(withFigure.text));
    const text = joined ?? figure ?? completeHead(item, head);
    if (text === undefined) return [];
    return [{ text, sentence, clause: start, kind: 'counted' as const, weight: 4 + (joined || figure ? 2 : 0) }];
  });
}

/** "定菜单" "严监管" "强队伍": an item's label of a verb and a one- or two-character object says nothing alone. */
const BARE_HEAD = 4;

/**
 * A counted item's own words as a phrase: its first clause, and where that is only a bare label ("一是定菜单，由老人代表
 * 每月投票选出下月菜谱") the clause that says what it does, so the point is a whole phrase ("定菜单，由老人代表每月投票选出下月菜谱");
 * the label alone when the two do not fit one line. An item with a figure shows its result beside the label instead.
 */
function completeHead(item: readonly Clause[], head: string | undefined): string | undefined {
  if (head === undefined || slideWidth(head) > BARE_HEAD) return head;
  const label = (item[0]?.text ?? '').replace(COUNTED, '');
  // The clause right after the label, or where that is too long to share its line, the first later clause of the item
  // that does ("聚合力，动员……组成帮扶小组，开展结对帮扶" → "聚合力，开展结对帮扶"): a point keeps whole clauses only.
  for (const clause of item.slice(1)) {
    if (isFrameClause(clause.text)) continue;
    const phrase = phraseOf(`${label}，${clause.text}`);
    if (phrase !== undefined) return phrase;
  }
  return head;
}

function figureClauseOf(clauses: readonly Clause[]): Clause | undefined {
  return [...clauses].reverse().find((c) => findFigures(c.text).length > 0);
}

/** "……：一张清单、一套机制、一个平台。": the names a sentence lists after its colon, two to six of them. */
const NAME_LIST = /[：:]\s*((?:[^，。；：、,;:\s]{2,8}、){1,5}[^，。；：、,;:\s]{2,8})[。；;！!]?$/u;
/** "就是县财政……" "即由街道……" "就是县里……": a definition that opens with who acts, not with what the item is. */
const SETS_UP =
  /^(就是|即|也就是)由?(各级|街道|财政|我们|[省市县区乡镇](里|财政|政府|委|级|\p{Script=Han}{0,3}(局|办|部门)))/u;
/** What follows an item's name where the sentence says it: "一张清单，就是……" "一套机制：……". */
const NAME_ENDS = new Set(['，', ',', '：', ':']);

/**
 * Items a passage names in a list and then says one by one ("我们重点抓好“三个一”：一张清单、一套机制、一个平台。一张清单，
 * 就是把……"): for each sentence that opens with one of the names, a point that starts with its name and goes on with a
 * whole clause of what it is, or the figure of its result, where either fits a line ("一套机制，实行计划用水和超定额
 * 累进加价"); the name alone otherwise. Keyed by the sentence's index; empty when fewer than two items are said so.
 */
export function namedItems(sentences: readonly string[]): Map<number, string> {
  const names = sentences.flatMap((s) => NAME_LIST.exec(s.trim())?.[1]?.split('、') ?? []);
  const items = new Map<number, string>();
  if (names.length < 2) return items;
  sentences.forEach((sentence, index) => {
    const said = sentence.trim();
    const name = names.find((n) => said.startsWith(n) && NAME_ENDS.has(said[n.length] ?? ''));
    if (name === undefined) return;
    // "就是" stays: a point keeps the speech's words in order, and "一套机制，就是……" says what the item is.
    const clauses = splitClauses(said.slice(name.length + 1)).map((c) => c.text);
    const withName = (clause: string): string | undefined => phraseOf(`${name}，${clause}`, POINT_WIDTH);
    const figure = [...clauses].reverse().find((c) => findFigures(c).length > 0);
    // "一批站点，就是市财政安排资金……，新建便民服务站八十六个": who pays or acts is said first, and the item is what the
    // clause after makes; its first clause alone is half the sentence.
    const first = clauses[0] === undefined || (clauses.length > 1 && SETS_UP.test(clauses[0])) ? undefined : clauses[0];
    const point =
      (first === undefined ? undefined : withName(first)) ??
      (figure === undefined ? undefined : withName(figure)) ??
      clauses
        .slice(1)
        .filter((c) => !isFrameClause(c))
        .map(withName)
        .find((p) => p !== undefined) ??
      name;
    items.set(index, point);
  });
  return items.size >= 2 ? items : new Map();
}
