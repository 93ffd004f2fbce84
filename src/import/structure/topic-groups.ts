// Parts of a speech without markers: its lead paragraphs gathered two or three to a part, as a speaker groups them — by
// a lead that goes on with the one before (也要, 同时 …), by the words two neighbours share, and by how many parts the
// talk's length holds (a six-minute 交流发言 has three, not seven).
import { DEFAULT_PACE } from '../../outline/meta.ts';
import { inverseDocumentFrequency } from '../document-frequency.ts';
import { isQuestion, slideWidth, splitClauses, stripTerminal } from '../sentences.ts';
import { asTitle, isProblem, withoutSpeakersSide } from '../title-phrasing.ts';
import { FRAMED_COUNT } from './markers.ts';
import { shortenedSentence } from '../titles.ts';
import { isContentWord, wordsOf } from '../words.ts';

/** A lead sentence and all it heads: its paragraph and the paragraphs after it, up to the next lead. */
export interface LeadRun {
  lead: string;
  text: string;
}

/** Minutes of talk a part takes, about: a six-minute talk holds three parts, a ten-minute one four. */
const MINUTES_A_PART = 2.6;
const FEWEST_PARTS = 3;
const MOST_PARTS = 5;
/** Three lead paragraphs are as much as a speaker puts under one heading. */
const MOST_LEADS_A_PART = 3;
/** Fewer leads than this the speech is taken at its word (a lead each part), unless a lead leans on the one before. */
const GROUPED_FROM = 5;

/**
 * "前端分得好，后端也要……" "审批提速的同时，我们也在……" "宣传还要……" "同时，……": a lead that goes on with the one
 * before, in its first two clauses.
 */
const GOES_ON =
  /^(我们)?(同样|同时|此外|另外|与此同时)|^[^。]{0,14}?(也要|还要|也在|还在|还得|也得|还需|也需|还应|也应|我们还|我们也|的同时)/u;

/**
 * "意见不统一怎么办？" "居民不愿意出钱，又该怎么办？": what to do about a difficulty the part has just met, asked on the
 * way; a question of its own topic (钱从哪里来？改完以后怎么管？) opens a part.
 */
const RAISED_ON_THE_WAY = /(怎么办|如何应对|怎样应对)[？?]$/u;
/**
 * "岗位再多，技能跟不上，也难上岗。" "设施再好，没人管护也用不长。": what the part before provided, conceded before what
 * it still lacks; the part goes on with what answers it, and the topics after it are not gathered under it.
 */
const CONCEDES = /^[^，,。]{1,12}再[多好大高强全][，,]/u;

/** The genre's words for what a thesis names: 关键, 落脚点, 生命线 … ("……是医保工作的落脚点"). */
const THESIS_NOUNS =
  '关键|根本|核心|重点|重中之重|基础|前提|保障|根基|主体|落脚点|出发点|着力点|立足点|突破口|生命线?|命脉|第一[^，。]{1,3}';
/**
 * "习惯的养成，关键在宣传引导。" "食品安全是食堂的生命线。" "减轻群众负担，是医保工作的落脚点。" "建成以后，管护是关键。"
 * "服务说到底是……": a lead
 * whose first clause states a thesis of its own, in the genre's words for one (the same words whether the thesis comes
 * first, 关键在……, or last, 是……的关键). A speaker makes it a part, however many words it shares with the part before.
 */
const OWN_THESIS = new RegExp(
  `(${THESIS_NOUNS})(在于?|是)|重在|贵在|是[^，。]{1,14}的(${THESIS_NOUNS})|是(${THESIS_NOUNS})(，|$)|说到底|归根到底|归根结底`,
  'u',
);
/**
 * "说到底，是对调解结果不放心" "归根到底还是群众不信任": what the words of a thesis name is a problem — a doubt, a fear, a
 * lack — which the part goes on to answer, not its thesis.
 */
const PROBLEM_NAMED =
  /(说到底|归根到底|归根结底)[，,]?[^，。]*(不放心|不信任|不相信|不认可|不愿|不敢|不想|不会|担心|顾虑|怕|缺|没有|难|矛盾|问题|短板)/u;

/** Whether a sentence states a thesis in the genre's words for one ("归根到底，要把质量放在第一位"), not a problem. */
export function statesThesis(sentence: string): boolean {
  return OWN_THESIS.test(sentence) && !PROBLEM_NAMED.test(sentence) && !isProblem(sentence);
}

/** An indirect question: "钱从哪里来", "谁来带孩子", "家长敢不敢送、放不放心", "费用怎么定". */
const ASKED = /哪里|哪儿|哪个|哪些|谁|怎么|怎样|如何|什么|多少|为什么|何时|能不能|会不会|有没有|(\p{Script=Han})不\1/u;
/** What the question is to the work: "是绕不开的问题", "是摆在我们面前的又一道难题", "是……的关键", "是最发愁的事". */
const SAID_OF_IT =
  /^(这|也|始终|一直|都|就)?是[^，。]{0,18}(问题|难题|难点|一道题|考题|题|坎|关|事|事情|考验|课题|关键)$/u;

/**
 * "钱从哪里来，是绕不开的问题" "家长敢不敢送、放不放心，是摆在我们面前的又一道难题": a question said as a statement
 * leads its part as a question asked does; the question is what it asks.
 */
export function askedAsStatement(sentence: string): string | undefined {
  const clauses = splitClauses(stripTerminal(sentence)).map((c) => c.text.trim());
  const [question = '', said = ''] = clauses;
  if (clauses.length !== 2 || !ASKED.test(question) || slideWidth(question) > 16) return undefined;
  return SAID_OF_IT.test(said) ? question : undefined;
}

/**
 * Whether a part's name drawn from a question still asks it: "群众家门口遇到矛盾纠纷，第一时间能找谁来帮着化解？" cut to its
 * first clause ("群众家门口遇到矛盾纠纷") names only half of it, a situation, not what the part is about.
 */
export function stillAsks(name: string): boolean {
  return ASKED.test(name);
}

/** A question the speech asks, or says as a statement: it leads a part. */
export function asksItsQuestion(sentence: string): boolean {
  return isQuestion(sentence) || askedAsStatement(sentence) !== undefined;
}

/** "一是……二是……", "第一，……第二，……", "（一）……（二）……": a passage that counts its own items. */
const COUNTS_ITS_OWN = [/一是[\s\S]*二是/u, /第一[，,、][\s\S]*第二[，,、]/u, /[（(]一[）)][\s\S]*[（(]二[）)]/u];

/**
 * Whether a run opens a part whatever the talk's length: its lead states a thesis of its own, or its passage counts its
 * own items (一是……二是……). Neighbours are joined by the talk's length only where neither holds: on the speeches the
 * importer is tuned on, the words two neighbouring passages share tell the speaker's parts apart no better than chance
 * (median TF-IDF cosine 0.13 within a part, 0.09 across), so they only choose among joins a speaker could make.
 */
export function opensItsOwnPart(run: LeadRun): boolean {
  // A talk built on the questions it asks and answers ("钱从哪里来？……") is parted by them, as a speaker parts it; the
  // question a difficulty raises on the way ("意见不统一怎么办？") goes on with its part instead (goesOn).
  if (asksItsQuestion(run.lead)) return !goesOn(run.lead);
  // "第一点体会是，……": a part the speech counts itself.
  if (FRAMED_COUNT.test(run.lead.trim())) return true;
  const firstClause = splitClauses(stripTerminal(run.lead))
    .slice(0, 2)
    .map((c) => c.text)
    .join('，');
  return OWN_THESIS.test(firstClause) || COUNTS_ITS_OWN.some((pattern) => pattern.test(run.text));
}

/** How many parts a talk of this many characters holds. */
export function plausibleParts(width: number): number {
  const parts = Math.round(width / DEFAULT_PACE / MINUTES_A_PART);
  return Math.min(MOST_PARTS, Math.max(FEWEST_PARTS, parts));
}

/** Whether a lead goes on with the part before rather than opening one. */
export function goesOn(lead: string): boolean {
  if (RAISED_ON_THE_WAY.test(lead.trim()) || CONCEDES.test(lead.trim())) return true;
  const clauses = splitClauses(lead);
  const opening = clauses
    .slice(0, 2)
    .map((c) => c.text)
    .join('，');
  return GOES_ON.test(opening);
}

/**
 * For each run, whether it opens a part (the first always does). Runs that go on with the one before join it; then, where
 * the talk has more leads than its length holds parts, the two neighbouring parts whose runs share most words are joined,
 * never more than three leads to a part and never a run that opens its own part (a thesis of its own, its own counted
 * items), until the count is plausible: a talk of six clear parts keeps six.
 */
export function partStarts(runs: readonly LeadRun[]): boolean[] {
  const starts = runs.map((run, i) => i === 0 || !goesOn(run.lead));
  const size = (i: number): number => {
    // The number of runs in the part that run i belongs to.
    let first = i;
    while (first > 0 && !starts[first]) first--;
    let last = i;
    while (last + 1 < runs.length && !starts[last + 1]) last++;
    return last - first + 1;
  };
  // A lead that leans on its part would make a part of four or more: it opens its own after all.
  let inPart = 0;
  for (let i = 0; i < runs.length; i++) {
    if (!starts[i] && inPart >= MOST_LEADS_A_PART) starts[i] = true;
    inPart = starts[i] ? 1 : inPart + 1;
  }
  if (runs.length < GROUPED_FROM) return starts;
  const width = slideWidth(runs.map((r) => r.text).join(''));
  const target = Math.max(plausibleParts(width), Math.ceil(runs.length / MOST_LEADS_A_PART));
  const vectors = runs.map((r) => weights(r.text));
  const fixed = runs.map(opensItsOwnPart);
  let parts = starts.filter(Boolean).length;
  while (parts > target) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 1; i < runs.length; i++) {
      if (!starts[i] || fixed[i] || size(i - 1) + size(i) > MOST_LEADS_A_PART) continue;
      const score = cosine(vectors[i - 1] ?? new Map(), vectors[i] ?? new Map());
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) break;
    starts[best] = false;
    parts--;
  }
  return starts;
}

/** The run's content words, each weighed by how often it says it times how rare it is in speeches of the genre. */
function weights(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordsOf(text)) if (isContentWord(word)) counts.set(word.word, (counts.get(word.word) ?? 0) + 1);
  return new Map([...counts].map(([word, count]) => [word, count * inverseDocumentFrequency(word)]));
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const norm = (v: ReadonlyMap<string, number>): number => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const both = norm(a) * norm(b);
  return both === 0 ? 0 : dot / both;
}

/** Words of how a lead is said, not what it says: a title leaves them out ("分类设施要先配到位" → "分类设施配到位"). */
const MODAL_WORDS = new Set([
  '要',
  '也',
  '还',
  '先',
  '也要',
  '还要',
  '还得',
  '也得',
  '要先',
  '先要',
  '必须',
  '一定',
  '一定要',
]);
/** Openers that tie a lead to the part before ("同时，我们……"). */
const TIES = new Set(['同时', '此外', '另外', '同样', '与此同时', '我们']);
/** Adverbs that lean on the part before, left out with the speaker's side ("我们还……"). */
const LEANING_WORDS = new Set(['还', '也', '又', '都']);
/** A title drawn from a lead is at most this wide; a longer one is said as its first clause. */
const LEAD_TITLE_WIDTH = 18;

/**
 * A lead sentence said as a slide title: the genre's shapes first (titles.ts); a turn from the part before keeps the
 * clause that goes on ("前端分得好，后端也要运得走" → "后端运得走"); the words of how it is said left out. Only the
 * lead's own characters, in order.
 */
export function leadTitle(sentence: string): string {
  const shaped = shortenedSentence(sentence);
  if (shaped !== undefined) return shaped;
  const clauses = splitClauses(stripTerminal(sentence)).map((c) => c.text);
  const [first = '', second] = clauses;
  const turn = clauses.length === 2 && second !== undefined && /^[^，,]{0,6}?(也|还)/u.test(second);
  let text = withoutSpeakersSide(turn ? (second ?? first) : clauses.length > 1 ? clauses.join('，') : first);
  const words = wordsOf(text).map((w) => w.word);
  // "我们还建立了……": the adverb that leaned on the speaker's side goes with it.
  let tied = false;
  while (
    words.length > 1 &&
    (TIES.has(words[0] ?? '') || /^[\s\p{P}]+$/u.test(words[0] ?? '') || (tied && LEANING_WORDS.has(words[0] ?? '')))
  ) {
    const word = words.shift() ?? '';
    tied = tied || TIES.has(word);
  }
  // "管护要有钱": before 有 the 要 says what is needed, and stays: "管护有钱" would claim it is so.
  const kept = words.flatMap((w, i) => {
    if (i === 0 || !MODAL_WORDS.has(w)) return [w];
    const needed = w.replace(/^(也|还)/u, '');
    return /^有/u.test(words[i + 1] ?? '') && /要|得|必须/u.test(needed) ? [needed] : [];
  });
  text = asTitle(kept.join(''));
  if (slideWidth(text) > LEAD_TITLE_WIDTH) {
    const clause = splitClauses(text)[0]?.text ?? text;
    if (slideWidth(clause) >= 4) text = clause;
  }
  return text;
}
