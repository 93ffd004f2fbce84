// A slide's title when the speech gives none: the sentence or clause of the passage that states its thesis, chosen by
// thesis cues, TF-IDF weight, position and length — never an opening phrase or the first sentence copied for want of better.
import { inverseDocumentFrequency } from './document-frequency.ts';
import { findFigures } from './figures.ts';
import { isStory, phraseOf } from './ideas.ts';
import { isFrameClause, unnumbered, withoutModal } from './points.ts';
import { slideWidth, splitClauses, type Clause } from './sentences.ts';
import { isContentWord, wordsOf } from './words.ts';

/** A title the speaker takes in at a glance. */
export const TITLE_WIDTH = 16;
/** A thesis of two clauses ("养老服务好不好，关键在人") may run a little longer: it is said whole or not at all. */
export const STATEMENT_WIDTH = 18;
/** Shorter than this, a clause rarely says what the passage is about ("价格也上去"). */
const SHORTEST_WIDE = 6;
/** Only the passage's first sentences state its thesis; later ones tell how it was done. */
const LEAD_SENTENCES = 4;

/** Verbs a thesis opens with: "坚持……", "聚焦……", "把党组织建在网格上", "让群众有事知道找谁". */
const THESIS_VERB =
  /^(坚持|聚焦|突出|推动|推行|实行|建立|健全|完善|强化|加强|打造|构建|建设|开展|实施|深化|创新|探索|设立|组建|成立|搭建|出台|整合|压实|推进|提升|破解|织密|畅通|拓宽|压缩|优化|发挥|培育|发展|守住|守好|用好|念好|打好|弥合|营造|把|让|以|用|从)/u;
/**
 * A clause that states a thesis: "……是……的关键", "关键在人", "……的核心是责任", "只能走……的路子", "人回来了，还要留得住",
 * "把引回人才作为头等大事", "……老人说了算".
 */
export const THESIS_STATEMENT =
  /(是.{1,8}(关键|根本|前提|基础|核心|重点|主体|难点|命根子|第一资源|硬骨头)|关键(在|是|看)|说到底|的(核心|前提|根本|关键)是|生命在于|在于|要靠|不能只|更要|还要|才能|就是|必须|只能|唯有|说了算|^把.{2,12}作为|更(加)?注重|就.{1,6}什么)/u;

/** The cues that name the thesis outright ("关键在于", "……的核心是", "说到底", "只能"): they weigh more than "还要" or "就是". */
const STRONG_STATEMENT = /关键|核心|根本|前提|说到底|在于|必须|只能|唯有|说了算|第一资源|作为/u;
/** "护河不能只靠政府": the first half of a contrast, whose second half ("还要发动群众") is the point. */
const FIRST_HALF = /不能只|不仅|不只|不光|不单/u;
/** Words of effort before the verb of method ("注重给年轻人才压担子", "注意弥合……"): the verb still leads the title. */
const EFFORT = /^(注意|注重|着力|始终|更加|更|还|也|都)/u;

/** "注重从返乡人才中……": after a word of effort, a preposition does not lead a method. */
const PREPOSITION = /^(把|让|以|用|从)/u;

/** A title does not open with the speaker, a pronoun, or a word that leans on what went before ("就……", "更……", "同样……"). */
const NOT_A_TITLE_START = /^(我|他|她|它|这|那|有(?!了)|是|就|更|也|还|都|又|才|却|而|但|并|则|即|同样|同时|一样)/u;
/**
 * "镇里专门建了一个返乡创业园", "老人们白天来中心活动", "……提升他们的本领": who did it, told as a story, or a pronoun
 * that needs the sentence before — a title that dangles.
 */
const DANGLING = /^([镇县区市村乡省]里|\p{Script=Han}{1,3}们)|他们|她们|它们|其中/u;

/** "过去，……" "以前……": a sentence about how things were states the problem, not the thesis. */
const PAST = /^(过去|以前|此前|原来|过去一段时间|前些年|那时)$/u;

/** A title candidate: a clause (or a short sentence) of the passage as a title says it, and its score. */
export interface TitleCandidate {
  text: string;
  score: number;
}

/** The passage's thesis as a title: the best candidate's text (see weighedTitle). */
export function thesisTitle(sentences: readonly string[]): string | undefined {
  return weighedTitle(sentences)?.text;
}

/**
 * Two clauses as a title, as said ("人回来了，还要留得住"): only the speaker's 我们 and a 要 that opens them left out — not one after a topic ("改革要见效，
 * 关键在窗口" stays whole, where a clause as a point would drop "改革").
 */
function statementOf(source: string): string | undefined {
  const text = source.trim().replace(/(^|[，,])我们/gu, '$1');
  const plain = text.startsWith('要') ? (withoutModal(text) ?? text) : text;
  return phraseOf(source) === undefined ? undefined : plain;
}

/** A run of clauses of one sentence, from `first` to `last` (inclusive), as written between them. */
function clauseRun(clauses: readonly Clause[], first: number, last: number): string {
  return clauses
    .slice(first, last + 1)
    .map((c, i) => c.text + (first + i < last ? c.end : ''))
    .join('');
}

/**
 * The best title candidate of the passage and its score (above zero: it opens with a verb of method or states a
 * thesis). Candidates are the clauses of its first sentences and, where they state a thesis, short runs of two clauses;
 * each is weighed by its thesis cues, its words' TF-IDF (how much of the passage they carry, less what every speech
 * says), where it stands, and its length. Never a clause of time or story, never one with a figure (figures go to the
 * points), never half a phrase, and the passage's first words copied as a title only when they state its thesis.
 */
export function weighedTitle(sentences: readonly string[]): TitleCandidate | undefined {
  const frequencies = new Map<string, number>();
  for (const word of wordsOf(sentences.join('')))
    if (isContentWord(word)) frequencies.set(word.word, (frequencies.get(word.word) ?? 0) + 1);
  const candidates: TitleCandidate[] = [];
  sentences.slice(0, LEAD_SENTENCES).forEach((sentence, s) => {
    const clauses = splitClauses(unnumbered(sentence));
    if (PAST.test(clauses[0]?.text ?? '') || isStory(clauses[0]?.text ?? '')) return;
    clauses.forEach((clause, c) => {
      for (const last of [c, c + 1]) {
        if (last >= clauses.length) continue;
        const run = clauses.slice(c, last + 1);
        // The second clause of a thesis leans on the first by design ("……，还要留得住"): only the first may not frame.
        const framed = run.some((r, i) => (i === 0 || !THESIS_STATEMENT.test(r.text)) && isFrameClause(r.text));
        if (framed || run.some((r) => /[\d０-９]/u.test(r.text) || isStory(r.text))) continue;
        if (run.some((r) => findFigures(r.text).length > 0)) continue;
        const source = clauseRun(clauses, c, last);
        const statement = THESIS_STATEMENT.test(source);
        // Two clauses make a title only when together they state the thesis ("有了设施，还要有服务").
        if (last > c && (!statement || clauses[c]?.end === '；' || clauses[c]?.end === '：')) continue;
        const text = statement ? statementOf(source) : phraseOf(source);
        if (text === undefined) continue;
        const width = slideWidth(text);
        if (width < 4 || width > (last > c ? STATEMENT_WIDTH : TITLE_WIDTH)) continue;
        if (NOT_A_TITLE_START.test(text) || DANGLING.test(text)) continue;
        const words = wordsOf(text);
        // "对引进的高层次人才": a preposition and its object only set up what the sentence goes on to say.
        if (/^p/u.test(words[0]?.tag ?? '') && /^n/u.test(words.at(-1)?.tag ?? '')) continue;
        const whole = c === 0 && last === clauses.length - 1;
        candidates.push({ text, score: scoreOf(text, words, { s, c, statement, whole, clauses: clauses.length }) });
      }
    });
  });
  return candidates.sort((a, b) => b.score - a.score)[0];

  function scoreOf(
    text: string,
    words: ReturnType<typeof wordsOf>,
    at: { s: number; c: number; statement: boolean; whole: boolean; clauses: number },
  ): number {
    let score = -0.6 * at.s - 0.3 * at.c;
    const verbFirst = text.replace(EFFORT, '');
    if (THESIS_VERB.test(verbFirst) && (verbFirst === text || !PREPOSITION.test(verbFirst))) score += 3;
    if (at.statement) score += STRONG_STATEMENT.test(text) ? 2.5 : 2;
    // A sentence that is its thesis and nothing else ("河湖长制的核心是责任。") is the passage's lead.
    if (at.statement && at.whole) score += 0.5;
    if (FIRST_HALF.test(text) && !at.whole && at.c === 0) score -= 1;
    // "关键看群众找不找得到人" without "网格划得好不好": the key to what, the clause before says.
    if (/^关键/u.test(text) && at.c > 0) score -= 1;
    // The passage's first words copied as they stand read like the start of the notes: a title only if they state the thesis.
    if (at.s === 0 && at.c === 0 && !at.statement && at.clauses > 1) score -= 1;
    // A word weighs by how often the rest of the passage says it ("老屋还是那些老屋" does not weigh twice), and by how
    // rare it is in speeches of the genre (TF-IDF): "机制" or "服务" say little, "助餐" or "河湖长" much.
    const own = new Map<string, number>();
    for (const w of words.filter(isContentWord)) own.set(w.word, (own.get(w.word) ?? 0) + 1);
    for (const [word, n] of own)
      score += Math.min(3, (frequencies.get(word) ?? n) - n) * inverseDocumentFrequency(word);
    // An action on an object ("重新划分网格") says more than a state ("网格大小不一").
    if (words.some((w) => w.tag.startsWith('v')) && words.some((w) => /^n/u.test(w.tag))) score += 0.5;
    if (slideWidth(text) < SHORTEST_WIDE) score -= 0.5;
    return score;
  }
}
