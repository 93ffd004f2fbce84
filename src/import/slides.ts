// Passages → slides: a slide per idea (the speech's sub-headings, then its paragraphs, a part in 1–3 slides), each with
// a title that states the thesis, its figures and counted items as points, and its text as notes.
import { findFigures } from './figures.ts';
import { countedIdeas, figureIdeas, namedItems, type Idea } from './ideas.ts';
import {
  asTitle,
  goalOfLead,
  hasQuotedName,
  isLeadIn,
  quotedNameTitle,
  topicOfPart,
  unfitTitle,
  withoutLabel,
  withoutLessonFrame,
} from './title-phrasing.ts';
import {
  keyClause,
  shortenedSentence,
  STATEMENT_WIDTH,
  statesAThesis,
  THESIS_STATEMENT,
  thesisTitle,
  TITLE_WIDTH,
  weighedTitle,
} from './titles.ts';
import {
  countedItems,
  enumeratedPoints,
  isFrameClause,
  isModalSentence,
  isMethodPoint,
  isNumbered,
  isSalutation,
  pointAfter,
  pointBeforeCounting,
  pointOf,
  POINT_WIDTH,
  unnumbered,
  withoutOpeningModal,
} from './points.ts';
import { slideWidth, splitClauses, splitSentences, stripTerminal } from './sentences.ts';
import type { Passage, SpeechPart } from './types.ts';
import { withoutFillers } from './words.ts';

/** A slide of the draft: what it shows, and the speech's own words for its notes (paragraphs in order). */
export interface SlidePlan {
  title: string;
  /** 'speech' when the speech gives the title (a heading or sub-heading), 'point' when it is drawn from the text. */
  titleFrom: 'speech' | 'point';
  points: string[];
  notes: string[];
}

/** A part's divider notes and slides. */
export interface PartPlan {
  heading: string;
  notes: string[];
  slides: SlidePlan[];
}

/** About a minute and a half of speech at 220 characters a minute; a slide is cut before it passes SLIDE_LIMIT. */
const SLIDE_TARGET = 350;
const SLIDE_LIMIT = 500;
const MOST_POINTS = 4;
const FEWEST_POINTS = 2;
/** A short text before a part's first sub-heading is said on the divider rather than given a slide. */
const DIVIDER_TEXT = 120;
/** A part shows its ideas on at most this many slides, unless the speech itself heads more sub-points. */
const MOST_SLIDES_A_PART = 3;
/** A paragraph shorter than this, without a figure, is said on the slide of its neighbour. */
const SHORT_PARAGRAPH = 100;
/** A slide shows this many points when the passage has them to show. */
const WANTED_POINTS = 3;

interface Sentence {
  text: string;
  /** Index of the paragraph in the passage: notes keep the paragraph breaks. */
  paragraph: number;
}

export function planPart(part: SpeechPart): PartPlan {
  const notes = [...part.paragraphs];
  const all = part.sections.flatMap(passageChunks);
  // A lead said on the divider (below) is not one of the part's slides.
  const lead = all[0];
  const leadOnDivider =
    lead !== undefined &&
    all.length > 1 &&
    lead.heading === undefined &&
    isShortIntro(lead.sentences.map((s) => s.text)) &&
    findFigures(lead.sentences.map((s) => s.text).join('')).length === 0;
  const chunks = fewestSlides(all, MOST_SLIDES_A_PART + (leadOnDivider ? 1 : 0));
  const slides = withPointsEverywhere(chunks, part.heading);
  // A sentence or two before the part's first sub-heading is said on the divider rather than given a slide of its own.
  const first = slides[0];
  if (
    first &&
    first.titleFrom === 'point' &&
    slides.length > 1 &&
    isShortIntro(first.notes) &&
    !first.points.some((p) => findFigures(p).length > 0)
  ) {
    notes.push(...first.notes);
    slides.shift();
  }
  // "第一点体会是，要……": the part is named by its lesson, not by the speaker's frame of it; "让教师下得去，关键是……":
  // by the goal its lead states, not the way to it.
  const heading = withoutOpeningModal(withoutLessonFrame(part.heading));
  return { heading: goalOfLead(heading) ?? heading, notes, slides };
}

function isShortIntro(paragraphs: string[]): boolean {
  const text = paragraphs.join('');
  return splitSentences(text).length <= 2 && slideWidth(text) <= DIVIDER_TEXT;
}

/** The slides of one passage; together their notes are the passage's text, in order. */
export function planSlides(passage: Passage, fallbackTitle: string): SlidePlan[] {
  return withPointsEverywhere(passageChunks(passage), fallbackTitle);
}

/** A passage cut at its sub-headings, then at its paragraphs: a chunk for each idea. */
function passageChunks(passage: Passage): Chunk[] {
  const sentences: Sentence[] = passage.paragraphs.flatMap((text, paragraph) =>
    splitSentences(text).map((sentence) => ({ text: sentence, paragraph })),
  );
  const chunks: Chunk[] = [];
  subheadingRuns(sentences).forEach((run, runIndex) => {
    byParagraph(run.sentences).forEach((chunk, chunkIndex) => {
      const own = chunkIndex === 0 && runIndex === 0 && passage.heading !== undefined;
      const heading = chunkIndex > 0 ? undefined : own ? passage.heading : run.heading;
      chunks.push({ ...(heading === undefined ? {} : { heading }), ...(own ? { own } : {}), sentences: chunk });
    });
  });
  return chunks;
}

/** "有一位……" "比如……": a story or an example (without figures of its own) belongs to the idea before it. */
const STORY = /^(有一(位|次|个|家|天|年)|一位|比如|例如|譬如|记得)/u;

/**
 * A chunk per paragraph: a short paragraph without figures, or one that tells a story, joins its neighbour; a long one
 * is cut by length.
 */
function byParagraph(sentences: Sentence[]): Sentence[][] {
  const paragraphs: Sentence[][] = [];
  for (const sentence of sentences) {
    const last = paragraphs.at(-1);
    if (last && last[0]?.paragraph === sentence.paragraph) last.push(sentence);
    else paragraphs.push([sentence]);
  }
  const chunks: Sentence[][] = [];
  paragraphs.forEach((paragraph, i) => {
    const text = paragraph.map((s) => s.text).join('');
    const previous = chunks.at(-1);
    const short = slideWidth(text) < SHORT_PARAGRAPH && findFigures(text).length === 0;
    const story = STORY.test(text.trim()) && findFigures(text).length === 0;
    if (previous && (story || (short && i === paragraphs.length - 1))) previous.push(...paragraph);
    else if (short && i < paragraphs.length - 1) (paragraphs[i + 1] ?? []).unshift(...paragraph);
    else chunks.push(...byLength(paragraph));
  });
  return chunks.filter((c) => c.length > 0);
}

/**
 * At most `most` slides a part (more only where the speech heads more sub-points itself): the two neighbours that
 * together say least are said on one slide, until the part fits. A chunk the speech heads is never joined to the one before.
 */
function fewestSlides(chunks: Chunk[], most: number): Chunk[] {
  const result = [...chunks];
  const headed = result.filter((c) => c.own).length;
  while (result.length > Math.max(most, headed)) {
    let best = -1;
    let bestWidth = Number.POSITIVE_INFINITY;
    for (let i = 0; i + 1 < result.length; i++) {
      if (result[i + 1]?.own) continue;
      const width = slideWidth(
        [...(result[i]?.sentences ?? []), ...(result[i + 1]?.sentences ?? [])].map((s) => s.text).join(''),
      );
      // Two items the speech heads (一是……。二是……。) are joined only where nothing else can be: a lead before them
      // joins the first, so the second item is not made a point under the first one's title.
      const cost =
        result[i]?.heading !== undefined && result[i + 1]?.heading !== undefined ? width + JOINS_TWO_HEADED : width;
      if (cost < bestWidth) {
        best = i;
        bestWidth = cost;
      }
    }
    if (best < 0) break;
    const [first, second] = [result[best], result[best + 1]];
    if (!first || !second) break;
    const heading = first.heading ?? second.heading;
    result.splice(best, 2, {
      ...(heading === undefined ? {} : { heading }),
      ...(first.own ? { own: first.own } : {}),
      sentences: [...first.sentences, ...second.sentences],
    });
  }
  return result;
}

/** Added to the width of two headed neighbours, so that any join of an unheaded chunk is tried before theirs. */
const JOINS_TWO_HEADED = 100_000;

interface Chunk {
  heading?: string;
  /** The heading is the speech's own numbered sub-heading, not a short sentence read as one. */
  own?: true;
  sentences: Sentence[];
}

/**
 * A chunk that gives nothing to show ("各位同志：" alone, a sentence that only announces) is said on the next
 * slide, or on the one before when it is the last: a slide with a title and no points is no use to the speaker.
 * Two headings the speech gives are never merged into one slide.
 */
function withPointsEverywhere(chunks: Chunk[], fallbackTitle: string): SlidePlan[] {
  const slides = chunks.map((c) => planSlide(c.sentences, c.heading, fallbackTitle));
  for (let i = 0; i < slides.length; i++) {
    if ((slides[i]?.points.length ?? 1) > 0) continue;
    const at = i + 1 < chunks.length ? i : i - 1;
    const [first, second] = [chunks[at], chunks[at + 1]];
    if (!first || !second || (first.heading !== undefined && second.heading !== undefined)) continue;
    const merged: Chunk = { sentences: [...first.sentences, ...second.sentences] };
    const heading = first.heading ?? second.heading;
    if (heading !== undefined) merged.heading = heading;
    if (slideWidth(merged.sentences.map((s) => s.text).join('')) > SLIDE_LIMIT) continue;
    chunks.splice(at, 2, merged);
    slides.splice(at, 2, planSlide(merged.sentences, merged.heading, fallbackTitle));
    i = at - 1;
  }
  return slides;
}

/** Cut where the speech states a sub-point in a sentence of its own ("要畅通群众利益表达渠道。"). */
function subheadingRuns(sentences: Sentence[]): Array<{ heading?: string; sentences: Sentence[] }> {
  const runs: Array<{ heading?: string; sentences: Sentence[] }> = [{ sentences: [] }];
  sentences.forEach((sentence, i) => {
    const following = sentences
      .slice(i + 1, i + 4)
      .map((s) => s.text)
      .join('');
    // "意见不统一怎么办？我们的做法是多商量、不硬推。": the answer goes with its question, on one slide.
    const answers = /[？?]\s*$/u.test(sentences[i - 1]?.text ?? '');
    // A stock saying ("作风建设没有休止符。") opens the passage but is not its title: the passage's thesis is.
    const shaped = shortenedSentence(sentence.text);
    const said = asTitle(pointOf(sentence.text) ?? stripTerminal(sentence.text));
    // A sentence that states no thesis ("村里的年轻人越来越少。") still opens its run, but the run's thesis titles it.
    // "心理安全同样不能忽视。" "食品安全是校园安全的重要内容，……": the passage turns to a topic of its own, which titles it.
    const turn = i > 0 && !answers ? topicTurn(sentence.text, following) : undefined;
    if (turn !== undefined) {
      runs.push({ heading: turn, sentences: [sentence] });
      return;
    }
    const heading =
      i > 0 && !answers && isSubheading(sentence.text) && slideWidth(following) >= followingNeeded(sentence.text, runs)
        ? isLeadIn(sentence.text) || (shaped === undefined && !statesAThesis(said))
          ? undefined
          : (shaped ?? said)
        : null;
    // A short sentence that opens a story ("过去种的都是玉米。"), leans on the one before ("也没有放下。") or states a
    // problem ("一个人做饭麻烦。") heads nothing: it is said in the run it belongs to.
    if (heading === null || (heading !== undefined && unfitTitle(heading) !== undefined))
      runs.at(-1)?.sentences.push(sentence);
    else runs.push({ ...(heading === undefined ? {} : { heading }), sentences: [sentence] });
  });
  return runs.filter((r) => r.sentences.length > 0);
}

/** What a short sentence needs after it to head a run: a slide's worth of text. */
const HEADED_TEXT = 60;
/** "三是抓执法监管。" after "一是……" and "二是……" headed runs: the series' last item heads its own, short as it is. */
const ITEM_TEXT = 20;

function followingNeeded(sentence: string, runs: ReadonlyArray<{ heading?: string }>): number {
  return isNumbered(sentence) && runs.some((run) => run.heading !== undefined) ? ITEM_TEXT : HEADED_TEXT;
}

/** "心理安全同样不能忽视" "安全教育也很重要": a topic the passage turns to, said to matter as much as what went before. */
const TOPIC_TURN =
  /^(\p{Script=Han}{2,10}?)(同样|也|更|还)?(是)?(不能忽视|不容忽视|不可忽视|不能放松|不能松懈|不能缺位|很重要|十分重要|非常重要|至关重要|重中之重)$/u;
/** What a topic turn needs after it to make a slide of its own: a sentence or two of what was done about it. */
const TURN_FOLLOWING = 30;

/**
 * The title of a run a sentence opens where the passage turns to a topic of its own: the sentence whole when it only
 * says the topic matters ("心理安全同样不能忽视"), or its first clause's topic where that says what the topic is part of
 * ("食品安全是校园安全的重要内容，……" → "食品安全"); undefined for any other sentence.
 */
function topicTurn(sentence: string, following: string): string | undefined {
  const clauses = splitClauses(stripTerminal(sentence)).map((c) => c.text.trim());
  const [first = ''] = clauses;
  if (clauses.length === 1 && TOPIC_TURN.test(first) && slideWidth(following) >= TURN_FOLLOWING) return first;
  const topic = topicOfPart(first);
  if (topic === undefined || findFigures(first).length > 0) return undefined;
  const rest = clauses.slice(1).join('') + following;
  return slideWidth(rest) >= TURN_FOLLOWING ? topic : undefined;
}

/** A short sentence of one clause, or a "要……" sentence of two short clauses, with no quotation. */
function isSubheading(sentence: string): boolean {
  const text = stripTerminal(sentence);
  if (/[“”"「」]/u.test(text) || !/[。！]\s*$/u.test(sentence) || isSalutation(sentence)) return false;
  // "目前……城市书房已有14个。": a result with its figure is a point of the run, not its heading.
  if (findFigures(text).length > 0) return false;
  const clauses = splitClauses(sentence);
  if (clauses.length === 1 && slideWidth(text) >= 6 && slideWidth(text) <= 24) return true;
  return clauses.length === 2 && slideWidth(text) <= 32 && isModalSentence(sentence) && /^要/u.test(text);
}

/** Cut a run into slides of about SLIDE_TARGET, at paragraph ends when possible, never past SLIDE_LIMIT. */
function byLength(sentences: Sentence[]): Sentence[][] {
  const total = slideWidth(sentences.map((s) => s.text).join(''));
  if (total <= SLIDE_LIMIT) return [sentences];
  const chunks: Sentence[][] = [[]];
  let width = 0;
  sentences.forEach((sentence, i) => {
    const current = chunks.at(-1) ?? [];
    const w = slideWidth(sentence.text);
    const newParagraph = i > 0 && sentences[i - 1]?.paragraph !== sentence.paragraph;
    const full = width + w > SLIDE_LIMIT || (width >= SLIDE_TARGET && (newParagraph || isModalSentence(sentence.text)));
    if (current.length > 0 && full) {
      chunks.push([sentence]);
      width = w;
    } else {
      current.push(sentence);
      width += w;
    }
  });
  return chunks;
}

function planSlide(sentences: Sentence[], given: string | undefined, fallbackTitle: string): SlidePlan {
  // A heading the structure drew from a lead that leans on the one before ("也没有放下") or opens a story is no title:
  // the slide draws its own. A problem may be the speech's own heading ("水从哪里来"), and stays.
  const unfit = given === undefined ? undefined : unfitTitle(given);
  const heading = unfit === 'fragment' || unfit === 'story' ? undefined : given;
  const named = namedItems(sentences.map((s) => s.text));
  const candidates = sentences.flatMap((s, index) => {
    // "一张清单，就是把……": an item the passage named before, shown by its name and what it is.
    const item = named.get(index);
    if (item !== undefined)
      return [{ index, point: item as string | undefined, stated: true, counted: true, intro: false }];
    const counted = enumeratedPoints(s.text);
    if (counted.length > 0) {
      const before = pointBeforeCounting(s.text);
      const intro =
        before === undefined
          ? []
          : [{ index, point: before as string | undefined, stated: true, counted: true, intro: true }];
      return [
        ...intro,
        ...counted.map((point) => ({
          index,
          point: point as string | undefined,
          stated: true,
          counted: true,
          intro: false,
        })),
      ];
    }
    return [{ index, point: pointOf(s.text), stated: isStatedPoint(s.text), counted: false, intro: false }];
  });
  let title = heading;
  let titled: (typeof candidates)[number] | undefined;
  const label = heading === undefined ? itemLabel(sentences[0]?.text ?? '') : undefined;
  // "……讲道理：一是……二是……三是……": the items are the slide's points, all of them; none is its title, but what introduces them may be.
  const counted =
    candidates.filter((c) => !c.intro && (c.counted || isNumbered(sentences[c.index]?.text ?? ''))).length >= 2;
  if (title === undefined && counted) {
    // What introduces the items: the words before "一是" in their sentence, or a sentence of its own before the first item.
    const firstItem = candidates.findIndex(
      (c) => !c.intro && (c.counted || isNumbered(sentences[c.index]?.text ?? '')),
    );
    // The items are the points, so a thesis is looked for only in what comes before them: a clause that states one
    // wins over the words that merely lead in ("审批慢、环节多，是企业反映最集中的问题").
    const lead = sentences.slice(0, Math.max(0, candidates[firstItem]?.index ?? 0)).map((s) => s.text);
    // A problem the items go on to solve ("审批慢、环节多，是企业反映最集中的问题") is not their thesis.
    const before = lead.filter((text) => !isLeadIn(text));
    const thesis = before.length > 0 ? weighedTitle(before) : undefined;
    titled =
      candidates.find((c) => c.intro) ??
      candidates
        .slice(0, firstItem)
        .find(
          (c) =>
            c.point !== undefined &&
            !c.point.startsWith('“') &&
            !isLeadIn(sentences[c.index]?.text ?? '') &&
            unfitTitle(asTitle(c.point)) === undefined,
        );
    if (thesis && thesis.score > 0) titled = undefined;
    // After a problem and nothing else, the items say how it was solved: the best-weighed of them is the title.
    const solved =
      titled === undefined && before.length < lead.length && !(thesis && thesis.score > 0)
        ? weighedTitle(sentences.flatMap((s) => countedItems(s.text)))
        : undefined;
    // "我们探索了“政府补一点、企业投一点、居民出一点”的办法：一是……": the method the items carry out, by its name.
    // A thesis said before them ("治本在岸上。") still wins.
    const named =
      thesis && thesis.score > 0
        ? undefined
        : introducedName(sentences[candidates[firstItem]?.index ?? -1]?.text ?? '');
    title = named ?? titled?.point ?? solved?.text ?? thesis?.text ?? itemLabels(sentences) ?? fallbackTitle;
  } else if (label !== undefined) {
    // "一是分类管理。我们对每名矫正对象进行风险评估……": the item's label is the slide's title, its detail a point.
    titled = candidates[0];
    title = label;
  } else if (title === undefined) {
    title = thesisTitle(sentences.map((s) => s.text));
    // A quotation makes a good point but an odd title.
    if (title === undefined) {
      // Never a stock saying or a problem the passage answers ("营商环境没有最好，只有更好"), nor a title a speaker rewrites.
      const fit = candidates.filter(
        (c) =>
          c.point !== undefined &&
          !isLeadIn(sentences[c.index]?.text ?? '') &&
          unfitTitle(asTitle(c.point)) === undefined,
      );
      titled = fit.find((c) => !c.point?.startsWith('“')) ?? fit[0];
      title = titled?.point ?? fallbackTitle;
    }
  }
  // A title drawn from the text fits a glance: a longer one is said by its key clause (坚持/聚焦/推动… + object).
  if (heading === undefined && slideWidth(title) > (THESIS_STATEMENT.test(title) ? STATEMENT_WIDTH : TITLE_WIDTH))
    title = keyClause(title) ?? title;
  title = heading === undefined ? asTitle(title) : withoutLabel(title);
  const shown = title;
  const ideas = slideIdeas(
    sentences,
    candidates.filter((c) => c !== titled && !c.intro),
    shown,
  );
  const points = ideas.map((idea) => idea.text);
  if (points.length === 0 && heading === undefined && !counted)
    return { ...statementAsPoints(title), notes: notesOf(sentences) };
  return {
    title,
    titleFrom: heading === undefined && !counted ? 'point' : 'speech',
    points,
    notes: notesOf(sentences),
  };
}

/**
 * The slide's points, figures first: every counted item (一是……二是……), the figures of its results, then what the
 * speech states as points, up to MOST_POINTS, in the speech's order; none repeats the title or another point.
 */
function slideIdeas(
  sentences: Sentence[],
  stated: ReadonlyArray<{ index: number; point: string | undefined; stated: boolean }>,
  title: string,
): Idea[] {
  const texts = sentences.map((s) => s.text);
  const named = namedItems(texts);
  const counted = texts.flatMap((t, i) => countedIdeas(t, i));
  const figures = texts.flatMap((t, i) => figureIdeas(t, i)).sort((a, b) => b.weight - a.weight);
  // A sentence that opens with its number ("一是……", "第二，……") is a counted item of its own.
  const others: Idea[] = stated.flatMap((c) =>
    c.point === undefined
      ? []
      : [
          {
            text: c.point,
            sentence: c.index,
            clause: 0,
            kind: 'counted' as const,
            weight: isNumbered(texts[c.index] ?? '') || named.has(c.index) ? 4 : c.stated ? 1 : 0,
          },
        ],
  );
  counted.push(...others.filter((o) => o.weight === 4));
  const chosen: Idea[] = [];
  const add = (candidate: Idea, followOn = false): void => {
    // A point that repeats the title gives way to what its sentence says next ("……机制，共引入社会资金3.5亿元"),
    // when the slide has too few points without it.
    const sentence = texts[candidate.sentence] ?? '';
    const next = followOn ? pointAfter(sentence, candidate.text) : undefined;
    const text =
      beyondTitle(candidate.text, title) ?? (next !== undefined && !overlaps(next, title) ? next : undefined);
    if (text === undefined) return;
    const idea = { ...candidate, text };
    if (chosen.length >= MOST_POINTS || chosen.some((c) => overlaps(c.text, idea.text))) return;
    chosen.push(idea);
  };
  const hasFigure = (): boolean => chosen.some((c) => findFigures(c.text).length > 0);
  for (const idea of counted.slice(0, figures.length > 0 ? MOST_POINTS - 1 : MOST_POINTS)) add(idea);
  if (!hasFigure() && figures[0]) add(figures[0]);
  // Every paragraph of the slide shows something of its own: its key figure, or what it states or did.
  const paragraphOf = (idea: Idea): number => sentences[idea.sentence]?.paragraph ?? -1;
  for (const paragraph of new Set(sentences.map((s) => s.paragraph))) {
    // A story ("有一位……") is told for the point beside it, and shows nothing of its own.
    const opening = sentences.find((s) => s.paragraph === paragraph)?.text.trim() ?? '';
    if (STORY.test(opening) || chosen.some((c) => paragraphOf(c) === paragraph)) continue;
    const own = [...figures, ...others.filter((o) => o.weight > 0), ...others.filter((o) => o.weight === 0)].filter(
      (i) => paragraphOf(i) === paragraph,
    );
    for (const idea of own) if (!chosen.some((c) => paragraphOf(c) === paragraph)) add(idea);
  }
  for (const idea of figures) add(idea);
  // What the passage set up or did ("建立了……体系", "开设……课程"), beside its figures, up to a full slide.
  for (const idea of others.filter((o) => o.weight < 4 && isMethodPoint(o.text))) add(idea);
  for (const idea of others.filter((o) => o.weight > 0)) if (chosen.length < WANTED_POINTS) add(idea);
  for (const idea of others) if (chosen.length < FEWEST_POINTS) add(idea);
  const before = chosen.length;
  for (const idea of others) if (chosen.length < FEWEST_POINTS) add(idea, true);
  // What a sentence says next is worth showing only when it gives the slide its points: one alone would not.
  if (chosen.length < FEWEST_POINTS) chosen.splice(before);
  // "……全部实现“明厨亮灶”，家长可以通过手机实时查看后厨": a slide of one point shows what the same sentence says after it.
  for (const idea of [...chosen]) {
    if (chosen.length >= FEWEST_POINTS) break;
    const next = pointAfter(texts[idea.sentence] ?? '', idea.text);
    if (next !== undefined) add({ ...idea, text: next, clause: idea.clause + 1, kind: 'counted' });
  }
  return chosen.sort((a, b) => a.sentence - b.sentence || a.clause - b.clause);
}

/**
 * A slide whose only point became its title ("乡村振兴，关键在人，关键在干"): its first clause is the title and
 * the other clauses its points, so the slide still shows the whole statement.
 */
function statementAsPoints(statement: string): Pick<SlidePlan, 'title' | 'titleFrom' | 'points'> {
  const clauses = splitClauses(statement);
  const points = clauses.slice(1).flatMap((c) => {
    const point = pointOf(c.text);
    return point === undefined ? [] : [point];
  });
  const title = clauses[0]?.text;
  if (title === undefined || points.length === 0 || points.length !== clauses.length - 1)
    return { title: statement, titleFrom: 'point', points: [] };
  return { title, titleFrom: 'point', points };
}

/** A shorter phrase standing in order within a longer one says the same when it is most of it. */
const MOSTLY_SAME = 0.5;

/**
 * Two phrases that say the same, but for filler words (了, 我们 …) and punctuation, or the one being most of the other
 * with a few words left out ("后端运得走、处理得了" in "前端分得好，后端也要运得走、处理得了").
 */
function overlaps(point: string, title: string): boolean {
  const [a, b] = [samePhrase(point), samePhrase(title)];
  if (a.includes(b) || b.includes(a)) return true;
  const [shorter, longer] = [...a].length < [...b].length ? [[...a], [...b]] : [[...b], [...a]];
  return shorter.length >= MOSTLY_SAME * longer.length && inOrder(shorter, longer);
}

/** Whether every character of `part` stands in `whole`, in order. */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const char of whole) if (char === part[at]) at++;
  return at === part.length;
}

function samePhrase(text: string): string {
  return withoutFillers(text).replace(/[\s\p{P}]/gu, '');
}

/**
 * A point that repeats the slide title adds nothing ("建立了网格员积分考核制度" under "建立网格员积分考核制度"):
 * it is left out, or, when it goes on past the title ("……制度，每月公布积分排名"), it keeps what it adds.
 */
export function beyondTitle(point: string, title: string): string | undefined {
  if (!overlaps(point, title)) return point;
  const clauses = splitClauses(point);
  // "每年定向培养本土师范生60名" under "定向培养": a clause whose figure is what it adds, and the title never shows it.
  if (clauses.length === 1 && findFigures(point).some((f) => !title.includes(f.text))) return point;
  for (let i = 1; i < clauses.length; i++) {
    const said = clauses
      .slice(0, i)
      .map((c) => c.text)
      .join('');
    if (!samePhrase(said).includes(samePhrase(title))) continue;
    const rest = clauses
      .slice(i)
      .map((c, j) => c.text + (i + j < clauses.length - 1 ? c.end : ''))
      .join('');
    return slideWidth(rest) >= 6 && !isFrameClause(rest) && !overlaps(rest, title) ? rest : undefined;
  }
  return undefined;
}

/** The speech states a point when it says "要……", or in a sentence short enough to be one. */
function isStatedPoint(sentence: string): boolean {
  return isModalSentence(sentence) || isNumbered(sentence) || slideWidth(stripTerminal(sentence)) <= POINT_WIDTH;
}

/** Sentences back into their paragraphs, exactly as written. */
function notesOf(sentences: Sentence[]): string[] {
  const paragraphs: string[] = [];
  let last = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== last) paragraphs.push(sentence.text);
    else paragraphs[paragraphs.length - 1] += sentence.text;
    last = sentence.paragraph;
  }
  return paragraphs.map((p) => p.trim());
}

/** A counted item's label is short: "分类管理", "科技监管", "帮就业". */
const LABEL_WIDTH = 10;

/** The label of a counted item said as a sentence of its own ("一是分类管理。"), as a title; undefined for any other sentence. */
function itemLabel(sentence: string): string | undefined {
  if (!isNumbered(sentence) || splitClauses(sentence).length !== 1) return undefined;
  const label = asTitle(stripTerminal(unnumbered(sentence)));
  const width = slideWidth(label);
  return width >= 2 && width <= LABEL_WIDTH && unfitTitle(label) === undefined ? label : undefined;
}

/**
 * "二是特岗招聘。……三是城乡交流。……" said on one slide, with nothing before them to title it: the items' own labels
 * ("特岗招聘、城乡交流"), when every item says one and they fit a title, rather than the part's name.
 */
function itemLabels(sentences: readonly Sentence[]): string | undefined {
  const items = sentences.filter((s) => isNumbered(s.text));
  const labels = items.map((s) => itemLabel(s.text));
  const title = labels.join('、');
  return items.length >= 2 && labels.every((l) => l !== undefined) && slideWidth(title) <= TITLE_WIDTH
    ? title
    : undefined;
}

/** The quoted name of the method a sentence's counted items carry out, from the words before its "一是" or "第一，". */
function introducedName(sentence: string): string | undefined {
  const at = sentence.search(/一是|第一[，,、]/u);
  if (at <= 0) return undefined;
  const intro = sentence.slice(0, at).replace(/[：:，,\s]+$/u, '');
  return intro.includes('，') || !hasQuotedName(intro, true) ? undefined : quotedNameTitle(intro, TITLE_WIDTH);
}
