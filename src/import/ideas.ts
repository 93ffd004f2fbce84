// What a slide shows of its passage: the figures first, the counted items, and a title that states the thesis.
import { findFigures, isResult } from './figures.ts';
import { asPoint, isFrameClause, unnumbered } from './points.ts';
import { slideWidth, splitClauses, stripTerminal, type Clause } from './sentences.ts';
import { inverseDocumentFrequency } from './document-frequency.ts';
import { endsOnFunctionWord, isContentWord, withoutFillers, wordsOf } from './words.ts';

/** "Complete phrases of about 20 characters": what fits one line of a slide. */
const PHRASE_WIDTH = 20;
/** A title the speaker takes in at a glance. */
export const TITLE_WIDTH = 16;

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
function phraseOf(text: string): string | undefined {
  const phrase = withoutFillers(asPoint(unnumbered(text))).trim();
  if (
    phrase === '' ||
    slideWidth(phrase) > PHRASE_WIDTH ||
    endsOnFunctionWord(phrase) ||
    slideWidth(phrase) < 3 ||
    LEANS_BACK.test(phrase)
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
  return kept !== '' && kept !== clean && findFigures(kept).length > 0 && balanced(kept) && !endsOnFunctionWord(kept)
    ? kept
    : undefined;
}

/** The phrases of a sentence that carry figures, one a clause, a short clause joined to the one before it. */
export function figureIdeas(text: string, sentence: number): Idea[] {
  const clauses = splitClauses(text);
  const ideas: Array<Idea & { lastClause: number }> = [];
  clauses.forEach((clause, index) => {
    const figures = findFigures(clause.text);
    if (figures.length === 0 || isStory(clause.text)) return;
    const previous = clauses[index - 1];
    const joined =
      previous && slideWidth(clause.text) <= 8 && !COUNTED.test(clause.text) && !isFrameClause(previous.text)
        ? phraseOf(`${previous.text}${previous.end}${clause.text}`)
        : undefined;
    const phrase = joined ?? phraseOf(clause.text) ?? figureListCut(clause.text);
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

/** "一位做食品生意的个体户……", "有一次凌晨一点……": a story's figures are not the passage's results. */
function isStory(clause: string): boolean {
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
        : phraseOf(`${(item[0]?.text ?? '').replace(COUNTED, '')}，${withFigure.text}`);
    // Figures first: the item's result, when its own words and the figure do not fit one line together.
    const figure = withFigure === undefined ? undefined : phraseOf(withFigure.text);
    const text = joined ?? figure ?? head;
    if (text === undefined) return [];
    return [{ text, sentence, clause: start, kind: 'counted' as const, weight: 4 + (joined || figure ? 2 : 0) }];
  });
}

function figureClauseOf(clauses: readonly Clause[]): Clause | undefined {
  return [...clauses].reverse().find((c) => findFigures(c.text).length > 0);
}

/** Verbs a thesis opens with: "坚持……", "聚焦……", "把党组织建在网格上", "让群众有事知道找谁". */
const THESIS_VERB =
  /^(坚持|聚焦|突出|推动|推行|实行|建立|健全|完善|强化|加强|打造|构建|建设|开展|实施|深化|创新|探索|设立|组建|成立|搭建|出台|整合|压实|推进|提升|破解|织密|畅通|拓宽|压缩|优化|发挥|培育|发展|守住|守好|用好|念好|打好|把|让|以|用|从)/u;
/** A clause that states a thesis: "……是……的关键", "关键在人", "……是第一资源". */
const THESIS_STATEMENT =
  /(是.{1,8}(关键|根本|前提|基础|核心|重点|主体|难点|命根子|第一资源|硬骨头)|关键在|说到底|的核心是|要靠|不能只|更要|还要|才能|就是|就.{1,6}什么)/u;

/** A title candidate: a clause of the passage as a title says it, and its score. */
export interface TitleCandidate {
  text: string;
  score: number;
}

/**
 * The passage's thesis as a title of at most TITLE_WIDTH: a clause opening with a verb of method (坚持/聚焦/推行 …) or
 * stating a thesis, from the passage's first sentences, weighed by how much of the passage its words carry; never a
 * clause of time or story, never one with a figure (figures go to the points), never half a phrase.
 */
export function thesisTitle(sentences: readonly string[]): string | undefined {
  return weighedTitle(sentences)?.text;
}

/** A title does not open with the speaker, a pronoun, or a word that leans on what went before ("就……", "更……"). */
const NOT_A_TITLE_START = /^(我|他|她|它|这|那|有|是|就|更|也|还|都|又|才|却|而|但|并|则|即)/u;

/** "过去，……" "以前……": a sentence about how things were states the problem, not the thesis. */
const PAST = /^(过去|以前|此前|原来|过去一段时间|前些年|那时)$/u;

/** The best title candidate of the passage and its score: above zero, it opens with a verb of method or states a thesis. */
export function weighedTitle(sentences: readonly string[]): TitleCandidate | undefined {
  const weights = new Map<string, number>();
  for (const word of wordsOf(sentences.join('')))
    if (isContentWord(word)) weights.set(word.word, (weights.get(word.word) ?? 0) + 1);
  const candidates: TitleCandidate[] = [];
  sentences.slice(0, 4).forEach((sentence, s) => {
    const clauses = splitClauses(unnumbered(sentence));
    if (PAST.test(clauses[0]?.text ?? '') || isStory(clauses[0]?.text ?? '')) return;
    // "有了设施，还要有服务": a short sentence of two clauses that states a thesis is a title whole — but not the
    // passage's first sentence, which the notes open with.
    const whole =
      s > 0 && clauses.length === 2 && !clauses.some((c) => isFrameClause(c.text))
        ? phraseOf(stripTerminal(unnumbered(sentence)))
        : undefined;
    if (
      whole !== undefined &&
      slideWidth(whole) <= TITLE_WIDTH &&
      THESIS_STATEMENT.test(whole) &&
      !NOT_A_TITLE_START.test(whole) &&
      findFigures(whole).length === 0
    ) {
      candidates.push({ text: whole, score: 2.5 - 0.6 * s });
    }
    clauses.forEach((clause, c) => {
      if (
        isFrameClause(clause.text) ||
        /[\d０-９]/u.test(clause.text) ||
        findFigures(clause.text).length > 0 ||
        isStory(clause.text)
      )
        return;
      const text = phraseOf(clause.text);
      if (text === undefined || slideWidth(text) > TITLE_WIDTH || slideWidth(text) < 4 || NOT_A_TITLE_START.test(text))
        return;
      const all = wordsOf(text);
      // "对引进的高层次人才": a preposition and its object only set up what the sentence goes on to say.
      if (/^p/u.test(all[0]?.tag ?? '') && /^n/u.test(all.at(-1)?.tag ?? '')) return;
      let score = -0.6 * s - 0.3 * c;
      if (THESIS_VERB.test(text)) score += 3;
      if (THESIS_STATEMENT.test(clause.text)) score += 2;
      // The first clause of the passage, copied as it stands, reads like the start of the notes, not a title.
      if (s === 0 && c === 0 && clauses.length > 1) score -= 1;
      const words = all.filter(isContentWord);
      // A word weighs by how often the rest of the passage says it ("老屋还是那些老屋" does not weigh twice).
      const own = new Map<string, number>();
      for (const w of words) own.set(w.word, (own.get(w.word) ?? 0) + 1);
      score += [...own].reduce(
        (sum, [word, n]) => sum + Math.min(3, (weights.get(word) ?? n) - n) * inverseDocumentFrequency(word),
        0,
      );
      // An action on an object ("重新划分网格") says more than a state ("网格大小不一").
      if (all.some((w) => w.tag.startsWith('v')) && all.some((w) => /^n/u.test(w.tag))) score += 0.5;
      candidates.push({ text, score });
    });
  });
  return candidates.sort((a, b) => b.score - a.score)[0];
}
