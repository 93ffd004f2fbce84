// Style: each part a paragraph whose short first sentence is its heading ("紧跟时代步伐，把群众变化把握得更准。做好……").
import { isQuestion, slideWidth, splitClauses, splitSentences, stripTerminal } from '../sentences.ts';
import { findFigures } from '../figures.ts';
import { isStory } from '../ideas.ts';
import { isSalutation } from '../points.ts';
import { gatherBody, type Body, type Role } from './body.ts';
import { FRAMED_COUNT, headingOf, withoutCounting } from './markers.ts';
import type { Paragraph } from './paragraph.ts';
import { answerTitle, keyClause, STATEMENT_WIDTH, thesisTitle, TITLE_WIDTH } from '../titles.ts';
import { goalOfLead, isProblem, pairedLead, thesisTopic, unfitTitle } from '../title-phrasing.ts';
import {
  askedAsStatement,
  asksItsQuestion,
  goesOn,
  leadTitle,
  opensItsOwnPart,
  partStarts,
  statesThesis,
  stillAsks,
} from './topic-groups.ts';

/** A lead sentence is a heading, not the speaker talking about the talk ("今天我谈三点体会。"). */
const NOT_A_HEADING =
  /^(我|今天|大家|同志们|各位|下面|说起|记得)|我想|很高兴|汇报|谈谈|谈几点|几点体会|感谢|谢谢|(交流|发言)(如下|一下)/u;
/** "我谈三点体会。" "有三点体会比较深。" "汇报如下。": the opening announces the parts; what stands up to it is no part. */
const ANNOUNCES =
  /(谈|讲|汇报|交流|分享|介绍)(谈|一谈|一下)?.{0,6}(几|[两三四五六七八九十\d])(点|个方面)|(?<!第)[几两三四五六七八九十]点(体会|认识|思考|感悟|收获|做法|看法|建议)|(汇报|报告|介绍)如下|作个?(简要)?(汇报|交流)/u;
/**
 * A phrase without its punctuation, to tell two wordings apart; its commas kept: "习惯的养成，关键在宣传引导" said as one
 * clause ("习惯的养成关键在宣传引导") names the part, and the lead as said titles its slide.
 */
function samePhrase(text: string): string {
  return text.replace(/[^\P{P}，,]|\s/gu, '');
}

/** The opening is at most this many paragraphs. */
const OPENING_PARAGRAPHS = 3;
/** "一是……", "第一，……", "（一）……": counted paragraphs under a lead that only introduces them. */
const COUNTED =
  /^([一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|[（(][一二三四五六七八九十][）)]|\d{1,2}[、.．])/u;
/** More parts than this is prose with short sentences, not a structure. */
const MOST_PARTS = 9;

interface Lead {
  sentence: string;
  rest: string;
  /** A heading on a line of its own, over its paragraph. */
  alone: boolean;
  /** A sentence too long to read as a heading, which leads only because counted paragraphs follow it. */
  long?: boolean;
  /** The body's last paragraph, whose lead heads less than a passage: a part only where it is built like the others. */
  last?: boolean;
}

export function leadSentenceStyle(paragraphs: readonly Paragraph[]): Body | undefined {
  const candidates = paragraphs.map((p, i) => readLead(p, paragraphs[i + 1]));
  const items = countedItems(paragraphs, candidates);
  const { leads, leaning } = chooseLeads(
    candidates.map((l, i) => (items[i] ? undefined : l)),
    paragraphs,
  );
  const count = leads.filter((l) => l !== undefined).length;
  if (count < 2 || count > MOST_PARTS) return undefined;
  const roles = leadRoles(paragraphs, leads, leaning);
  return gatherBody(paragraphs, (paragraph, index) => roles[index] ?? { kind: 'text', text: paragraph.text });
}

/**
 * "让教师下得去，关键是把补充渠道打通。" over "一是定向培养。……" "二是特岗招聘。……" paragraphs, and again for the next
 * part: where two or more leads each head a run of counted paragraphs, the runs are the items of their leads' parts,
 * never parts of their own, however like a lead their first sentences read.
 */
function countedItems(paragraphs: readonly Paragraph[], candidates: ReadonlyArray<Lead | undefined>): boolean[] {
  const items = paragraphs.map(() => false);
  let heads = 0;
  paragraphs.forEach((paragraph, i) => {
    if (!candidates[i] || COUNTED.test(paragraph.text) || !COUNTED.test(paragraphs[i + 1]?.text ?? '')) return;
    heads += 1;
    for (let next = i + 1; next < paragraphs.length && COUNTED.test(paragraphs[next]?.text ?? ''); next += 1)
      items[next] = true;
  });
  return heads >= 2 ? items : paragraphs.map(() => false);
}

/**
 * Each lead paragraph opens a part or a slide of the part before it: leads whose paragraphs go on with the one before, or
 * more leads than the talk's length holds parts, are grouped (topic-groups.ts). Headings the speech writes on lines of
 * their own are each a part, as written.
 */
function leadRoles(
  paragraphs: readonly Paragraph[],
  leads: ReadonlyArray<Lead | undefined>,
  leaning: ReadonlyArray<Lead | undefined>,
): Array<Role | undefined> {
  const first = leads.findIndex((l) => l);
  const at = paragraphs.flatMap((_, i) => (i >= first && (leads[i] ?? leaning[i]) ? [i] : []));
  const alone = at.some((i) => leads[i]?.alone);
  const runs = at.map((i, k) => ({
    lead: (leads[i] ?? leaning[i])?.sentence ?? '',
    text: paragraphs
      .slice(i, at[k + 1] ?? paragraphs.length)
      .map((p) => p.text)
      .join(''),
  }));
  const starts = alone ? at.map((i) => leads[i] !== undefined) : partStarts(runs);
  const grouped = starts.some((start) => !start);
  const roles: Array<Role | undefined> = [];
  at.forEach((i, k) => {
    const lead = leads[i] ?? leaning[i];
    const paragraph = paragraphs[i];
    if (!lead || !paragraph) return;
    // Where the speech's leads were grouped, a part is named by a short phrase of its lead, and the lead as said titles
    // the slide of the rest of its paragraph, as the speaker who groups them does ("激励约束两手抓" / "激励约束要两手抓").
    // A lead with nothing to shorten names its part only: the slide of its rest draws its own title.
    const asSaid = lead.long ? longLeadName(lead.sentence) : headingOf(lead.sentence);
    // "精准管控，是社区矫正的底线": the part is named by its topic, as a speaker names it.
    const topic = thesisTopic(withoutCounting(lead.sentence));
    const said = topic ?? framedLeadKey(asSaid);
    // "节水，既要靠管，也要靠改": a pair is one thought, said whole.
    const short =
      pairedLead(withoutCounting(lead.sentence), STATEMENT_WIDTH) ?? leadTitle(withoutCounting(lead.sentence));
    // "饭菜价格怎么定？我们的做法是保本微利。……": the part asks, and its short answer titles the slide of the rest; a
    // question said as a statement ("钱从哪里来，是绕不开的问题") names its part by what it asks.
    const asked = askedAsStatement(lead.sentence);
    const question = isQuestion(lead.sentence) ? lead.sentence : asked === undefined ? undefined : `${asked}？`;
    const answer = question === undefined ? undefined : answerTitle([question, splitSentences(lead.rest)[0] ?? '']);
    // A lead that states a problem ("山区村子分散，群众吃水难") titles nothing: the slide draws its title from the thesis.
    const restHeading =
      answer ?? (grouped && samePhrase(short) !== samePhrase(said) && fitTitle(said) ? said : undefined);
    // "怎样让群众满意？归根到底，要把质量放在第一位。": an answer that states the part's thesis names the part.
    const thesis = answer !== undefined && statesThesis(splitSentences(lead.rest)[0] ?? '') ? answer : undefined;
    // A question's name cut to the clause before its asking is half of it: the answer names the part instead.
    const asLed = thesis ?? asked ?? topic ?? (grouped ? short : said);
    // "过去一些地方建设质量不高，群众意见很大": a problem names no part; what the paragraph does about it does.
    const named =
      question === undefined && !lead.alone && (unfitTitle(asLed) === 'problem' || namesDifficulty(lead.sentence))
        ? (solvedBy(lead.rest) ?? asLed)
        : asLed;
    const whole = question === undefined || stillAsks(named) ? named : (answer ?? said);
    if (starts[k])
      roles[i] = {
        kind: 'part',
        heading: whole,
        spoken: lead.sentence.trim(),
        rest: lead.rest,
        ...(restHeading === undefined ? {} : { restHeading }),
      };
    else if (alone) roles[i] = { kind: 'text', text: paragraph.text };
    // A question asked on the way ("意见不统一怎么办？我们的做法是……") is answered on its slide: the answer titles it.
    else if (asksItsQuestion(lead.sentence)) roles[i] = { kind: 'section', text: paragraph.text };
    else {
      const said = leadTitle(lead.sentence);
      const heading = pairedLead(lead.sentence, STATEMENT_WIDTH) ?? goalOfLead(said) ?? said;
      roles[i] = { kind: 'section', ...(fitTitle(heading) ? { heading } : {}), text: paragraph.text };
    }
  });
  return roles;
}

/**
 * "针对……", "随着……", "为了……", "在……上": a first clause that only sets the scene for what the lead goes on to say.
 */
const SCENE = /^(针对|围绕|面对|面向|随着|为了|为|按照|根据|依托|立足|结合|在[^，,]{1,12}(上|中|下|方面|过程中))/u;
/** A place said as the subject ("县里推动……", "镇里建起……"): the room knows whose work it is. */
const PLACE_SUBJECT = /^([镇县区市村乡省]里|全[县市区镇乡省])/u;

/**
 * "针对乡镇卫生院人才短缺，县里推动优质医疗资源下沉到乡镇" → "推动优质医疗资源下沉到乡镇": a lead too long to name its
 * part at a glance, whose first clause only sets the scene, is named by the key clause of what it goes on to say (the
 * speech's characters in order, ≤ TITLE_WIDTH). A lead of two clauses of its own ("坚持问需于企，把企业的难点当作工作的
 * 重点") is the speaker's heading and stays whole, as does any lead with no key clause to take.
 */
function framedLeadKey(lead: string): string {
  if (slideWidth(lead) <= TITLE_WIDTH) return lead;
  const clauses = splitClauses(lead).map((c) => c.text.trim());
  if (clauses.length < 2 || !SCENE.test(clauses[0] ?? '')) return lead;
  const rest = clauses
    .slice(1)
    .map((c) => c.replace(PLACE_SUBJECT, ''))
    .join('，');
  return keyClause(rest) ?? lead;
}

/**
 * The thesis of what follows a problem, as its part's name: what was done about it; where no sentence states a thesis,
 * the first thing the speaker's side says it did ("我们推行政府补助、企业投入、居民出资相结合，……").
 */
function solvedBy(rest: string): string | undefined {
  const sentences = splitSentences(rest);
  const title = thesisTitle(sentences);
  if (title !== undefined && fitTitle(title)) return title;
  const done = sentences.find((s) => /^我们/u.test(s.trim()) && !isProblem(s));
  const said = done === undefined ? undefined : leadTitle(done);
  return said !== undefined && findFigures(said).length === 0 && fitTitle(said) ? said : undefined;
}

/**
 * Whether a lead, as said or shortened, can title a slide: not a problem the passage answers, a story's opening, a
 * fragment or a frame (title-phrasing.ts) — the same check as for any title the draft chooses.
 */
function fitTitle(title: string): boolean {
  return unfitTitle(title) === undefined;
}

/**
 * Of the paragraphs that could be parts, those that are: none in the opening that announces the parts;
 * only headings on lines of their own when the speech writes at least two so; and the first or last candidate
 * only when it is built like the others (an opening or concluding statement is not parallel to the parts).
 */
function chooseLeads(
  candidates: ReadonlyArray<Lead | undefined>,
  paragraphs: readonly Paragraph[],
): { leads: Array<Lead | undefined>; leaning: Array<Lead | undefined> } {
  let leads = [...candidates];
  const announced = paragraphs.slice(0, OPENING_PARAGRAPHS).findIndex((p) => ANNOUNCES.test(p.text));
  if (announced >= 0 && leads.some((l, i) => l && i > announced))
    leads = leads.map((l, i) => (i <= announced ? undefined : l));
  if (leads.filter((l) => l?.alone).length >= 2) leads = leads.map((l) => (l?.alone ? l : undefined));
  // "第一点体会是，……第二点感受是：……": where the speech counts its parts so, those are its parts.
  const framed = (l: Lead | undefined): boolean => l !== undefined && FRAMED_COUNT.test(l.sentence.trim());
  if (leads.filter(framed).length >= 2) leads = leads.map((l) => (framed(l) ? l : undefined));
  else leads = parallelLeads(leads, paragraphs.map((p) => p.text).join(''));
  // "宣传还要抓住党员这个关键少数。": a lead that leans on the one before (还要, 也要, 我们还) goes on with its part.
  const opening = leads.findIndex((l) => l);
  const leaning = leads.map((l, i) => (l && i > opening && !framed(l) && goesOn(l.sentence) ? l : undefined));
  leads = leads.map((l, i) => (leaning[i] ? undefined : l));
  // Questions the speech answers are built alike however many clauses each asks in ("改什么，由谁说了算？" "钱从哪里来？").
  const shapes = leads.map((l) =>
    l ? (asksItsQuestion(l.sentence) || framed(l) ? 0 : splitClauses(l.sentence).length) : undefined,
  );
  const usual = mostCommon(shapes.filter((s): s is number => s !== undefined));
  // The last paragraph's short lead is a part only beside leads of its shape.
  leads = leads.map((l, i) => (l?.last && (usual === undefined || shapes[i] !== usual) ? undefined : l));
  if (usual === undefined) return { leads, leaning };
  const first = leads.findIndex((l) => l);
  for (const edge of [first, leads.findLastIndex((l) => l)]) {
    // "群众遇到纠纷，第一时间找谁？……": after an opening that announced the parts, a question the first part asks is
    // that part, not an opening statement.
    const asks = edge === first && announced >= 0 && asksItsQuestion(leads[edge]?.sentence ?? '');
    // "建成以后，管护是关键。": a lead that states a thesis of its own opens its part however it is built.
    const lead = leads[edge];
    // A lead over counted paragraphs ("……多用力。" "一是……" "二是……") is one by what follows it, however it is built.
    const own =
      lead !== undefined &&
      (lead.long === true ||
        (!asksItsQuestion(lead.sentence) && opensItsOwnPart({ lead: lead.sentence, text: lead.sentence })));
    if (edge >= 0 && shapes[edge] !== usual && !asks && !own && !answersItsProblem(leads, edge, first, paragraphs))
      leads[edge] = undefined;
  }
  return { leads, leaning };
}

/** "……最难的是成本高、网点少" "……难在资金" "……的短板是……": the difficulty a part answers, named as its lead. */
const DIFFICULTY = /最(难|头疼|突出|紧迫|大的(难题|问题|短板|瓶颈|难点))|难在|(难点|难题|短板|瓶颈|痛点|堵点)(是|在)/u;

function namesDifficulty(sentence: string): boolean {
  return DIFFICULTY.test(sentence) || isProblem(sentence);
}

/**
 * "快递进村最难的是成本高、网点少。……我们推动……建成村级服务站186个": after the opening has been said, a first lead
 * that names the difficulty its paragraph goes on to solve, with the figures of what was done, is the first part, however
 * it is built; a problem said before anything else is the opening's.
 */
function answersItsProblem(
  leads: ReadonlyArray<Lead | undefined>,
  edge: number,
  first: number,
  paragraphs: readonly Paragraph[],
): boolean {
  const lead = leads[edge];
  return (
    lead !== undefined &&
    edge === first &&
    paragraphs.slice(0, edge).some((p) => !isSalutation(p.text)) &&
    namesDifficulty(lead.sentence) &&
    findFigures(lead.rest).length > 0
  );
}

/**
 * "坚持问需于企，……" "坚持刀刃向内，……" "坚持真金白银，……": when three or more leads open alike (the same two
 * characters at the same place), they are the parts, and a lead that does not ("改革要见效，关键在窗口。") is a
 * paragraph of the part before it. Two characters the whole talk keeps saying (调解 in a talk on mediation: "调解员
 * 靠什么……" "调解的场所……") are its topic, not a parallel opening: they open leads by chance.
 */
function parallelLeads(leads: ReadonlyArray<Lead | undefined>, text: string): Array<Lead | undefined> {
  const pairs = leads.map((l) => {
    const chars = [...(l ? stripTerminal(l.sentence) : '')];
    return new Set(
      [0, 1, 2, 3].map((at) => `${at}:${chars.slice(at, at + 2).join('')}`).filter((key) => key.length === 4),
    );
  });
  const counts = new Map<string, number>();
  leads.forEach((l, i) => {
    if (l) for (const key of pairs[i] ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const [shared, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const total = leads.filter((l) => l).length;
  if (shared === undefined || count === undefined || count < 3 || count === total || total - count >= count)
    return [...leads];
  if (text.split(shared.slice(shared.indexOf(':') + 1)).length - 1 > TOPIC_TIMES * count) return [...leads];
  return leads.map((l, i) => (l && pairs[i]?.has(shared) ? l : undefined));
}

/** A parallel opening is said about once a lead; a talk's topic many times more. */
const TOPIC_TIMES = 2;

/** The value most of at least three leads share, when it is shared by more than half of them. */
function mostCommon(values: readonly number[]): number | undefined {
  if (values.length < 3) return undefined;
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [value, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return count !== undefined && count > values.length / 2 ? value : undefined;
}

/**
 * The paragraph's lead: a short first sentence followed by the passage it heads (in the paragraph, or in counted
 * paragraphs after it), or a short line followed by a long paragraph.
 */
function readLead(paragraph: Paragraph, next: Paragraph | undefined): Lead | undefined {
  const sentences = splitSentences(paragraph.text);
  const first = sentences[0] ?? '';
  const rest = sentences.slice(1).join('');
  // "产业是长远的事，后期扶持不能只顾眼前，要在培育产业上多用力。" alone in its paragraph over "一是……" paragraphs leads
  // them however long it is: the counted paragraphs after it are what makes it a lead.
  if (sentences.length === 1 && next !== undefined && COUNTED.test(next.text) && isLongLead(first))
    return { sentence: first, rest, alone: false, long: true };
  if (!isHeadingLike(first)) return undefined;
  const heads = slideWidth(rest) >= 40 || (next !== undefined && COUNTED.test(next.text));
  // "把人才留下来。全县招聘定向医学生八十六名。" last in the body: a lead over a short passage is still the last part
  // where it is built as the leads before it are (chooseLeads).
  if (
    next === undefined &&
    !heads &&
    sentences.length >= 2 &&
    slideWidth(rest) >= LAST_REST &&
    findFigures(first).length === 0 &&
    !isProblem(first) &&
    /[。！!]$/u.test(first.trim())
  )
    return { sentence: first, rest, alone: false, last: true };
  // "钱从哪里来？这是改造中最难的一道题。……": a question the paragraph goes on to answer leads it as a statement does.
  if (sentences.length >= 2 && heads && /[。！？?]$/u.test(first.trim()))
    return { sentence: first, rest, alone: false };
  // "让教师下得去，关键是把补充渠道打通。" alone in its paragraph, over "一是……" "二是……" paragraphs: it leads them.
  if (sentences.length === 1 && heads && !COUNTED.test(first) && /[。！!]$/u.test(first.trim()))
    return { sentence: first, rest, alone: false };
  // A heading on a line of its own, without punctuation, over a paragraph.
  const alone = sentences.length === 1 && !/[。！？!?.]$/u.test(first.trim());
  if (alone && next && slideWidth(next.text) >= 30) return { sentence: first, rest: '', alone: true };
  return undefined;
}

/** A lead over counted paragraphs is at most this wide: longer, it is a passage of its own. */
const LONG_LEAD_WIDTH = 60;

/** A sentence over counted paragraphs that is too long to read as a heading but leads them as one. */
function isLongLead(sentence: string): boolean {
  const text = stripTerminal(sentence.trim());
  return (
    !COUNTED.test(text) &&
    /[。！!]$/u.test(sentence.trim()) &&
    slideWidth(text) > HEADING_WIDTH &&
    slideWidth(text) <= LONG_LEAD_WIDTH &&
    !isStory(text) &&
    !isQuotation(text) &&
    !NOT_A_HEADING.test(text) &&
    !/[：:]$/u.test(text)
  );
}

/**
 * A long lead named as a speaker names its part: the thesis it states ("……，要在培育产业上多用力" → "在培育产业上多用力"),
 * else its first clause said as a title ("就业是移民增收最直接的途径").
 */
function longLeadName(sentence: string): string {
  const thesis = thesisTitle([sentence]);
  return thesis !== undefined && fitTitle(thesis) ? thesis : leadTitle(sentence);
}

/** What the last paragraph's lead must head at least: a sentence of what was done, not a word of thanks. */
const LAST_REST = 10;

/** Wider than this, a first sentence reads as a passage, not a heading. */
const HEADING_WIDTH = 28;

function isHeadingLike(sentence: string): boolean {
  const text = stripTerminal(sentence.trim().replace(FRAMED_COUNT, ''));
  // "有一个小区的居民一开始不愿出钱，……": a story opens a paragraph of the part it tells of.
  if (isStory(text)) return false;
  // A line wholly in brackets is a remark ("（数据来源：……）"), not a heading.
  if (/^[（(【\[].*[）)】\]]$/u.test(text)) return false;
  return (
    slideWidth(text) >= 4 &&
    slideWidth(text) <= HEADING_WIDTH &&
    !isQuotation(text) &&
    !NOT_A_HEADING.test(text) &&
    !/[：:]$/u.test(text)
  );
}

/**
 * Someone's words quoted ("“……”，老书记常说。") are no heading; a heading may still put a word or two in quotation
 * marks ("坚决遏制耕地“非农化”“非粮化”", "打好“特色牌”").
 */
function isQuotation(text: string): boolean {
  if (/["「」]/u.test(text)) return true;
  const quoted = text.match(/“[^“”]*”/gu) ?? [];
  const open = (text.match(/[“”]/gu) ?? []).length;
  if (open === 0) return false;
  // A one-clause sentence around a quoted phrase is a saying ("粮食安全是“国之大者”"), not a heading of two parallel halves.
  return open !== quoted.length * 2 || quoted.some((q) => slideWidth(q) > 8) || splitClauses(text).length < 2;
}
