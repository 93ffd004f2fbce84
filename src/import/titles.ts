// A slide's title when the speech gives none: the sentence or clause of the passage that states its thesis, chosen by
// thesis cues, TF-IDF weight, position and length — never an opening phrase or the first sentence copied for want of better.
import { inverseDocumentFrequency } from './document-frequency.ts';
import { isStory, phraseOf } from './ideas.ts';
import {
  asPoint,
  isFrameClause,
  isSalutation,
  pointOf,
  unnumbered,
  withoutModal,
  withoutSpeakersFrame,
} from './points.ts';
import { slideWidth, splitClauses, type Clause } from './sentences.ts';
import {
  achieved,
  answeredQuestion,
  asTitle,
  causeAndResult,
  contrastThesis,
  decidedBy,
  FIRST_HALF,
  keyedTopic,
  keyOf,
  hasFigureOutsideQuotes,
  namedItem,
  namesItsMethod,
  hasQuotedName,
  isFigureOfSpeech,
  isDescribedNoun,
  isLeadIn,
  needsTheNext,
  purposeOf,
  quotedNameTitle,
  isSeries,
  topicOfPart,
  unfitTitle,
  withoutLessonFrame,
} from './title-phrasing.ts';
import { isContentWord, wordsOf, type Word } from './words.ts';

/**
 * "对引进的高层次人才", "对留在村里的农民": a preposition and its object only set up what the sentence goes on to say.
 * "在监管上做减法" has a verb of its own, and "把……作为……" always does: they say what was done.
 */
function onlySetsUp(words: readonly Word[]): boolean {
  if (!/^p/u.test(words[0]?.tag ?? '') || !/^n/u.test(words.at(-1)?.tag ?? '')) return false;
  if (/^(把|将)$/u.test(words[0]?.word ?? '')) return false;
  const modifierEnd = words.map((w) => w.word).lastIndexOf('的');
  return !words.slice(modifierEnd + 1).some((w) => w.tag.startsWith('v'));
}

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
/** "织好“三张网”", "做到“四个到位”": a name that counts the items the passage goes on to say names what it does. */
const COUNTED_NAME = /“[一二三四五六七八九十两几][^“”]{1,6}”/u;
/** "制度再完善", "虽然条件有限": a concession the clause after it holds against. */
const CONCESSION = /^[^，,]{1,8}再\p{Script=Han}{1,4}$|^(虽然|尽管|即使|哪怕|纵然|就算)/u;
/** A clause that opens a counted item ("一是……", "第一，……"). */
const COUNTED_START = /^(一是|第一|首先)/u;
/** What a quoted name of a method adds to a candidate's weight. */
const NAMED = 1.5;
/** What a quoted name adds besides when the clause says what kind of method it names ("……”的工作机制"). */
const METHOD = 2;
/** "审批提速的同时，……": a first clause that turns from the passage before to this one. */
const TURN = /的同时$/u;
/** The speaker's side and a leaning adverb before what a clause says ("我们还把……"). */
const SPEAKER = /^(我们|我[县市区镇乡局委])?(还|也|更|都)?/u;
/** The speaker's side alone, before an adverb that may lean ("我们还……"). */
const SPEAKER_ONLY = /^(我们|我[县市区镇乡局委])/u;
/** Adverbs that lean on the clause before ("更注重……", "还……", "也……"). */
const LEANING = /^(更|还|也|又|同样)/u;
/** Words of effort before the verb of method ("注重给年轻人才压担子", "注意弥合……"): the verb still leads the title. */
const EFFORT = /^(注意|注重|着力|始终|更加|更|还|也|都)/u;

/** "注重从返乡人才中……": after a word of effort, a preposition does not lead a method. */
const PREPOSITION = /^(把|让|以|用|从)/u;

/**
 * A title does not open with the speaker, a pronoun, or a word that leans on what went before ("就……", "更……", "同样……"),
 * nor with half a clause whose subject went before ("占教师总数的六成", "的……").
 */
const NOT_A_TITLE_START =
  /^(我|他|她|它|这|那|有(?!了)|是|的|占(?!领|据)|就|更|也|还|都|又|才|却|而|但|并|则|即|同样|同时|一样)/u;
/**
 * "镇里专门建了一个返乡创业园", "老人们白天来中心活动", "……提升他们的本领": who did it, told as a story, or a pronoun
 * that needs the sentence before — a title that dangles.
 */
const DANGLING = /^([镇县区市村乡省]里|\p{Script=Han}{1,3}们)|他们|她们|它们|其中/u;

/** "下了一番功夫", "做了大量工作": effort said without what it was, no title. */
const EFFORT_ONLY =
  /^(下了?(一番|很大|不少)?功夫|做了?(大量|许多|很多)(的)?工作|进行了?(积极|有益)?(的)?探索|取得了?(一定|明显|积极)(的)?成效)$/u;

/**
 * "“家门口就能寄快递，方便多了”": someone's words quoted whole make a good point but no title; a short quoted name
 * ("“四下基层”", "“一件事一次办”") with or without words after it is one.
 */
function isQuotedSpeech(text: string): boolean {
  const quoted = /^[“"]([^”"]+)(?:[”"]|$)/u.exec(text);
  if (!quoted) return false;
  const rest = text.slice(quoted[0].length);
  return rest === '' && (/[，,。！？]/u.test(quoted[1] ?? '') || slideWidth(quoted[1] ?? '') > 8);
}

/**
 * "一家快递公司单独进村", "一户农户单独闯市场": one case told as the problem's detail, and "很难坚持下去", how hard it was:
 * not what the passage did.
 */
const INSTANCE = /^(一|某)(家|个|户|位|名|所|座|辆|台|条)\p{Script=Han}|^(很难|难以|不易)/u;

/** "过去，……" "以前……": a sentence about how things were states the problem, not the thesis. */
const PAST = /^(过去|以前|此前|原来|过去一段时间|前些年|那时)$/u;

/**
 * "如果……", "只要……", "群众有诉求": a condition said first, which the main clause after it answers. The condition is
 * never the title; the main clause is the point ("……，可以直接向……报告" → "直接向……报告").
 */
const CONDITION =
  /^(如果|假如|假若|倘若|若是|要是|一旦|只要|凡是|每当|遇到|碰到|无论|不管|不论)|^[^，,]{1,8}有(诉求|需求|困难|问题|意见|需要|难处|难题)$/u;
/** "直到大多数人同意为止": how long it goes on, no point of its own. */
const UNTIL = /^直到|为止$/u;

/** Whether a clause is a condition that the next clause answers. */
function isCondition(clause: string): boolean {
  return CONDITION.test(clause.trim());
}

/**
 * The main clause after a condition, without what ties it to the condition: "就由村民议事会重新讨论" → "由村民议事会重新
 * 讨论", "人社部门就在三天内组织专场招聘" → "人社部门在三天内组织专场招聘", "可以直接向……报告" → "直接向……报告".
 */
function mainClause(clause: string): string {
  return clause
    .trim()
    .replace(/^我们/u, '')
    .replace(/^(\p{Script=Han}{2,6}?)(就|便|即|则)(?=\p{Script=Han}{4})/u, '$1')
    .replace(/^(就|便|即|则|都)/u, '')
    .replace(/^(可以|能够|可|能)(?=\p{Script=Han}{4})/u, '');
}

/** Words a long thesis says around its core: the speaker's side, adverbs of effort, 坚持 before 把, 工作的, 来抓. */
const AROUND_CORE: ReadonlyArray<[RegExp, string]> = [
  [/^(我们|我[县市区镇乡局委])/u, ''],
  [/^(始终如一地|一以贯之地|坚定不移地|始终|一直|切实|持续|不断|坚决|认真|扎实|全力|着力|努力|真正)+/u, ''],
  [/^坚持(?=[把将])/u, ''],
  [/工作的(?=\p{Script=Han}{2})/gu, ''],
  [/来(抓|做|办)$/u, ''],
];

/**
 * A one-clause thesis too long for a glance said by its core ("始终坚持把群众满意作为工作的第一标准" → "把群众满意作为第一
 * 标准"): the words around the verb and its object left out, the rest the speech's characters in order. Undefined when
 * nothing is left out or the core is still too long.
 */
export function thesisCore(clause: string): string | undefined {
  let text = asTitle(clause);
  for (const [around, by] of AROUND_CORE) text = text.replace(around, by);
  const width = slideWidth(text);
  if (text === asTitle(clause) || width < SHORTEST_WIDE || width > TITLE_WIDTH) return undefined;
  return NOT_A_TITLE_START.test(text) || unfitTitle(text) !== undefined ? undefined : text;
}

/**
 * Whether a short sentence read as a heading says what its run does or holds ("开发的前提是保护", "坚持逐户上门",
 * "要把规矩立在前面"), rather than only what it is about or how things stand ("村里的年轻人越来越少"): only then is it the
 * run's title as said; otherwise the run's title is drawn from its thesis, as for any passage.
 */
export function statesAThesis(heading: string): boolean {
  const text = heading.replace(SPEAKER, '').replace(EFFORT, '');
  if (THESIS_STATEMENT.test(heading) || THESIS_VERB.test(text) || /^要/u.test(text) || hasQuotedName(heading, true))
    return true;
  // Any verb of doing that opens it, past its adverbs ("特别关注……", "给年轻人才压担子"): it says what is done.
  const words = wordsOf(text);
  const first = words.findIndex((w) => !w.tag.startsWith('d'));
  const tag = words[first]?.tag ?? '';
  return tag.startsWith('v') || (tag.startsWith('p') && words.slice(first + 1).some((w) => w.tag.startsWith('v')));
}

/** A second clause that goes on from the first by design: "还要留得住", "关键在窗口", "才能常态化", "而是……". */
const LEANS_ON_FIRST = /^(还要|更要|也要|还得|还需|才能|才|就|关键|重在|贵在|而是|而要|却|但|同样|也|还|更|又)/u;

/**
 * "覆盖全部行政村，团队是签约服务的主体", "耕地少、坡地多，只能走特色种植的路子": the first clause tells the background, the
 * second states the thesis on its own, without leaning on it.
 */
function backgroundBefore(first: string, second: string): boolean {
  const own = (clause: string): boolean => THESIS_STATEMENT.test(clause.replace(SPEAKER, ''));
  return own(second) && !own(first) && !LEANS_ON_FIRST.test(second.replace(/^我们/u, ''));
}

/** A title candidate: a clause (or a short sentence) of the passage as a title says it, and its score. */
export interface TitleCandidate {
  text: string;
  score: number;
}

/** A candidate as the structure reads it: which sentence it stands in, whether it states a claim or tells a detail. */
interface Weighed extends TitleCandidate {
  sentence: number;
  claim: boolean;
  detail: boolean;
  headline: boolean;
  maxim: boolean;
  strong: boolean;
}

/** The passage's thesis as a title: the answer to the question it opens with, or the best candidate's text (see weighedTitle). */
export function thesisTitle(sentences: readonly string[]): string | undefined {
  const answer = answerTitle(sentences);
  if (answer !== undefined) return answer;
  return weighedTitle(sentences)?.text;
}

/**
 * "意见不统一怎么办？我们的做法是多商量、不硬推。……" → "多商量、不硬推": a passage that opens with a question and
 * answers it in a short sentence of its own is titled by the answer (a problem, a sentence that points back, a story
 * or a figure is no answer to title by).
 */
export function answerTitle(sentences: readonly string[]): string | undefined {
  const [question = '', answer = ''] = sentences;
  if (!/[？?]\s*$/u.test(question) || /[？?]\s*$/u.test(answer)) return undefined;
  // The answer's thesis as the title machinery weighs it ("归根到底，要把质量放在第一位" → "把质量放在第一位"), else as a point.
  const said = pointOf(answer);
  const point = said === undefined ? undefined : (weighedTitle([answer])?.text ?? said);
  if (point === undefined || hasFigureOutsideQuotes(point) || isStory(point)) return undefined;
  const title = asTitle(point);
  const width = slideWidth(title);
  return width >= 4 && width <= TITLE_WIDTH && !NOT_A_TITLE_START.test(title) && unfitTitle(title) === undefined
    ? title
    : undefined;
}

/**
 * Two clauses as a title, as said ("人回来了，还要留得住"): only the speaker's 我们 and a 要 that opens them left out — not one after a topic ("改革要见效，
 * 关键在窗口" stays whole, where a clause as a point would drop "改革").
 */
function statementOf(source: string): string | undefined {
  const text = source.trim().replace(/(^|[，,])我们/gu, '$1');
  // "只能走特色化、品牌化的路子" → "走特色化、品牌化的路子": the modal states the thesis, the title is what it states.
  const modal = /^(只能|必须|就要|一定要)/u.exec(text)?.[0] ?? '';
  const rest = text.slice(modal.length);
  const plain =
    modal !== '' && slideWidth(rest) >= 4 ? rest : text.startsWith('要') ? (withoutModal(text) ?? text) : text;
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
  return titleCandidates(sentences)[0];
}

/**
 * What a passage does in detail rather than what it claims: how (通过……, 依托……, 以市图书馆为总馆), to whom one by one
 * (对进山人员逐一登记), each time (每个……都要……), in steps (先……再……), for example (比如……), a list of the kinds
 * (楼栋长、单元长等), or the benefit to someone (让上班族不用请假也能办事). A detail never titles a passage that claims.
 */
const DETAIL =
  /^(通过|依托|利用|借助|采取|采用|运用|比如|例如|譬如|先|再|然后|随后|接着|最后|共|累计|先后)|^以[^，,]{1,10}为[^，,]{1,4}$|逐一|逐个|逐户|逐村|一一|、[^，,、]{1,8}等|^每[^，,]{1,10}都|^让[^，,]{1,8}(不用|不必|也能|就能|都能|足不出)/u;

export function isDetail(clause: string): boolean {
  return DETAIL.test(clause.replace(SPEAKER, '').trim());
}

/**
 * The candidates in the order the structure ranks them, weight last: a claim of the passage's lead (its first sentence
 * that claims anything: 坚持/聚焦/推动… + object, or a judgement 是/要/必须/关键在…) first, then claims said later, then
 * anything else, and details last — each tier by its weight.
 */
function byStructure(candidates: readonly Weighed[]): TitleCandidate[] {
  const claims = candidates.filter((c) => c.claim && !c.detail);
  // A maxim leads only where no other claim follows it.
  const lead = Math.min(
    ...(claims.some((c) => !c.maxim) ? claims.filter((c) => !c.maxim) : claims).map((c) => c.sentence),
  );
  const tier = (c: Weighed): number =>
    c.detail
      ? 0
      : !c.claim
        ? 1
        : c.sentence === lead && c.strong
          ? 4
          : c.headline || (c.sentence === lead && !c.maxim)
            ? 3
            : 2;
  return [...candidates]
    .sort((a, b) => tier(b) - tier(a) || b.score - a.score)
    .map(({ text, score }) => ({ text, score }));
}

/** Every title candidate of the passage, best first (see weighedTitle). */
function titleCandidates(sentences: readonly string[]): TitleCandidate[] {
  return byStructure(weighedCandidates(sentences));
}

function weighedCandidates(sentences: readonly string[]): Weighed[] {
  const frequencies = new Map<string, number>();
  for (const word of wordsOf(sentences.join('')))
    if (isContentWord(word)) frequencies.set(word.word, (frequencies.get(word.word) ?? 0) + 1);
  const candidates: Weighed[] = [];
  sentences.slice(0, LEAD_SENTENCES).forEach((sentence, s) => {
    // The clause after a condition is the sentence's point, said without what ties it to the condition.
    const clauses = splitClauses(withoutLessonFrame(withoutSpeakersFrame(unnumbered(sentence)))).map(
      (clause, i, all) =>
        i > 0 && isCondition(all[i - 1]?.text ?? '') ? { ...clause, text: mainClause(clause.text) } : clause,
    );
    const main = (c: number): boolean => c > 0 && isCondition(clauses[c - 1]?.text ?? '');
    const opening = clauses[0]?.text ?? '';
    // What was wrong before, the problem the passage sets out to solve, and a stock saying are not its thesis.
    // Nor is the speaker greeting the room ("尊敬的各位领导，亲爱的团员青年朋友们：").
    if (PAST.test(opening) || isStory(opening) || isLeadIn(unnumbered(sentence)) || isSalutation(sentence)) return;
    // A question the passage asks is answered by its thesis; the answer is the title.
    if (/[？?]\s*$/u.test(sentence)) return;
    clauses.forEach((clause, c) => {
      // A condition said first is never the title, nor is how long something goes on.
      if ((isCondition(clause.text) && c + 1 < clauses.length) || UNTIL.test(clause.text)) return;
      for (const last of [c, c + 1]) {
        if (last >= clauses.length) continue;
        const run = clauses.slice(c, last + 1);
        // "审批提速的同时，我们也在监管上做减法": the turn from what went before to the passage's own thesis.
        const turn = last === c && c === 1 && TURN.test(opening);
        // "为了让企业诉求件件有着落，我们……": the goal the sentence opens with states what the passage is for.
        const goal = last === c && c === 0 && clauses.length > 1 ? purposeOf(clause.text) : undefined;
        // The second clause of a thesis leans on the first by design ("……，还要留得住"): only the first may not frame.
        // "品牌打响之后，价格也上去了": the cause frames its result by design; the two are said as one slogan below.
        const caused = last > c && causeAndResult(run[0]?.text ?? '', run[1]?.text ?? '') !== undefined;
        const framed =
          !caused &&
          run.some(
            (r, i) =>
              (i === 0 || !THESIS_STATEMENT.test(r.text)) && isFrameClause(r.text) && !(turn && i === 0) && !goal,
          );
        if (framed || run.some((r) => hasFigureOutsideQuotes(r.text) || isStory(r.text) || isFigureOfSpeech(r.text)))
          continue;
        // "节水，既要靠管": the first half of a pair (既……也……) is no title without the second.
        if (/^既/u.test(run.at(-1)?.text ?? '') && /^(也|又|还|更)/u.test(clauses[last + 1]?.text ?? '')) continue;
        // "全部把婚事新办、丧事简办": a clause whose verb or main clause comes after is no title without it.
        if (needsTheNext(run.at(-1)?.text ?? '') && last + 1 < clauses.length) continue;
        const whole = c === 0 && last === clauses.length - 1;
        // Half a contrast ("护河不能只靠政府") is never a title; both halves are weighed together below.
        if (last === c && !whole && FIRST_HALF.test(clause.text)) continue;
        const source = clauseRun(clauses, c, last);
        const [first, second] = [run[0]?.text ?? '', run[1]?.text ?? ''];
        const shortened =
          last > c
            ? (namedItem(first, second) ??
              answeredQuestion(first, second) ??
              contrastThesis(first, second) ??
              keyedTopic(first, second) ??
              causeAndResult(first, second) ??
              decidedBy(first, second))
            : undefined;
        // "……，关键是要有干事创业的平台": what the passage turns on, said without its 关键是.
        const key = last === c && c > 0 ? keyOf(clause.text) : undefined;
        const part = last === c ? (goal ?? topicOfPart(clause.text) ?? achieved(clause.text) ?? key) : undefined;
        // "我们把引回人才作为头等大事来抓": the cue is read past the speaker's side, as the title will be.
        const said = source.replace(SPEAKER, '');
        const statement = THESIS_STATEMENT.test(said) || turn || shortened !== undefined || part !== undefined;
        // Two clauses make a title only when together they state the thesis ("有了设施，还要有服务").
        if (last > c && (!statement || clauses[c]?.end === '；' || clauses[c]?.end === '：')) continue;
        // "覆盖全部行政村，团队是签约服务的主体": a second clause that states the thesis by itself, after a first that only
        // tells the background, is the title alone; one that leans on the first ("人回来了，还要留得住") keeps it.
        if (last > c && shortened === undefined && backgroundBefore(first, second)) continue;
        const method = THESIS_VERB.test(asTitle(asPoint(clause.text).replace(SPEAKER, '')));
        const named = hasQuotedName(source, method && last === c);
        // A cause and its result, a question and who answers it: said whole as built, 的 and all ("……听群众的").
        const built = last > c ? (causeAndResult(first, second) ?? decidedBy(first, second)) : undefined;
        let text =
          part ??
          built ??
          (shortened !== undefined ? statementOf(shortened) : statement ? statementOf(source) : phraseOf(source));
        if (named && last === c && (text === undefined || slideWidth(asTitle(text)) > TITLE_WIDTH))
          text = quotedNameTitle(asPoint(clause.text), TITLE_WIDTH);
        if (text === undefined) continue;
        // "……的同时，我们也在监管上做减法": the 也 or 更 leans on the turn, which the title leaves behind.
        if (turn) text = text.replace(LEANING, '');
        text = asTitle(text);
        // "全民阅读不能只靠图书馆一家唱独角戏。": a sentence that is its thesis and nothing else is said whole, as a thesis
        // of two clauses may be.
        const widest =
          last > c || (named && isSeries(text)) || (whole && clauses.length === 1 && statement)
            ? STATEMENT_WIDTH
            : TITLE_WIDTH;
        // A one-clause thesis too long for a glance is said by its core.
        const core = last === c && slideWidth(text) > widest ? thesisCore(text) : undefined;
        if (core !== undefined) text = core;
        const width = slideWidth(text);
        if (width < 4 || width > widest) continue;
        if (
          NOT_A_TITLE_START.test(text) ||
          DANGLING.test(text) ||
          EFFORT_ONLY.test(text) ||
          INSTANCE.test(text) ||
          isQuotedSpeech(text)
        )
          continue;
        // A story's opening, a fragment or half clause, a frame or a problem is never a title, however it weighs.
        if (unfitTitle(text) !== undefined) continue;
        const words = wordsOf(text);
        // "对引进的高层次人才": a preposition and its object only set up what the sentence goes on to say
        // ("在监管上做减法" has its verb: it says what was done).
        if (onlySetsUp(words) || (isDescribedNoun(words) && !statement && !named)) continue;
        // "我们更注重……", "还……": a clause that leans on the one before is no lead, unless it turns to the thesis.
        const leans = (c > 0 || s > 0) && !turn && LEANING.test(clause.text.replace(/^我们/u, ''));
        const at = {
          s,
          c,
          // "把群众满意作为第一标准": the core states the thesis its frame hid.
          statement: statement || (core !== undefined && THESIS_STATEMENT.test(core)),
          whole: whole || turn,
          turn,
          named: named || achieved(clause.text) !== undefined,
          leans,
          clauses: clauses.length,
          keyed: key !== undefined && text === asTitle(key),
          main: last === c && main(c),
          // "我们探索了“政府补一点、企业投一点、居民出一点”的办法：一是……": the named method the counted items carry out.
          introduces: named && last === c && clause.end === '：' && COUNTED_START.test(clauses[c + 1]?.text ?? ''),
          // "我们还建立了……“回头看”制度": a further step the speaker adds (还, 也) is no headline of the passage.
          method:
            named &&
            last === c &&
            !leans &&
            !LEANING.test(clause.text.replace(SPEAKER_ONLY, '')) &&
            namesItsMethod(clause.text),
        };
        const verbFirst = text.replace(EFFORT, '');
        // "关键看群众找不找得到人" without "网格划得好不好": the key to what, the clause before says; it claims nothing alone.
        const halfKey = /^关键/u.test(text) && c > 0;
        const claim =
          !halfKey &&
          (at.statement ||
            COUNTED_NAME.test(text) ||
            at.named ||
            at.keyed ||
            (THESIS_VERB.test(verbFirst) && (verbFirst === text || !PREPOSITION.test(verbFirst))));
        const detail = isDetail(source) || isDetail(text);
        candidates.push({
          text,
          score: scoreOf(text, words, at),
          sentence: s,
          claim,
          detail,
          // "建立了“网格发现、社区吹哨、部门报到”的工作机制": a method named as one heads the passage wherever it is said.
          headline: at.method || at.introduces,
          // "乡村振兴，关键在人": a key of one word is a maxim the passage goes on to make concrete, not its own claim.
          // "制度再完善，最终还要靠人来执行": what holds however the clause before goes is a saying too.
          maxim: /关键(在|是)\p{Script=Han}$/u.test(text) || (c > 0 && CONCESSION.test(clauses[c - 1]?.text ?? '')),
          // "只能走特色化、品牌化的路子": a lead that names its thesis outright outranks even a named method after it.
          strong: at.statement && STRONG_STATEMENT.test(source),
        });
      }
    });
  });
  return candidates;

  function scoreOf(
    text: string,
    words: ReturnType<typeof wordsOf>,
    at: {
      s: number;
      c: number;
      statement: boolean;
      whole: boolean;
      turn: boolean;
      named: boolean;
      leans: boolean;
      clauses: number;
      keyed: boolean;
      main: boolean;
      introduces: boolean;
      method: boolean;
    },
  ): number {
    let score = -0.6 * at.s - 0.3 * at.c + (at.leans ? -1 : 0);
    // What is done once the condition is met is what the sentence says.
    if (at.main) score += 2;
    const verbFirst = text.replace(EFFORT, '');
    if (THESIS_VERB.test(verbFirst) && (verbFirst === text || !PREPOSITION.test(verbFirst))) score += 3;
    // "……，关键是要有干事创业的平台": the key the speaker names is the thesis outright, though its cue is left behind.
    if (at.statement) score += STRONG_STATEMENT.test(text) ? 2.5 : at.keyed ? 3 : 2;
    // A sentence that is its thesis and nothing else ("河湖长制的核心是责任。") is the passage's lead.
    if (at.statement && at.whole) score += 0.5;
    // "……的同时，我们也……" is the speaker's own signpost: what follows it is the passage's thesis.
    if (at.turn) score += 1;
    // A method or a change the speech names in quotation marks ("推行“一件事一次办”") is what the room remembers.
    if (at.named) score += NAMED;
    // Its items are its points: the name that introduces them is the slide's title, as a method's verb would make it.
    if (at.introduces) score += 3;
    // "建立了“网格发现、社区吹哨、部门报到”的工作机制": a method named and said to be one is the passage's headline, over
    // the saying that leads to it ("网格不能只是“画出来”，更要“转起来”") or a step it takes.
    else if (at.method) score += METHOD;
    // "关键看群众找不找得到人" without "网格划得好不好": the key to what, the clause before says.
    if (/^关键/u.test(text) && at.c > 0) score -= 1;
    // The passage's first words copied as they stand read like the start of the notes: a title only if they state the thesis.
    if (at.s === 0 && at.c === 0 && !at.statement && !at.introduces && at.clauses > 1) score -= 1;
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

/**
 * A title too long for a glance said by its key clause: the one that says what was done (坚持/聚焦/推动/建立… + object)
 * or states the thesis ("……是……的关键"), ≤ TITLE_WIDTH; else its first clause when that can stand alone. Never an
 * opening phrase (面对……, 在……过程中), a time, or a clause without its subject ("可以直接向……报告"). Undefined when
 * no clause fits.
 */
export function keyClause(title: string): string | undefined {
  const clauses = splitClauses(title).map((c) => c.text);
  const opening = (clause: string): boolean => isFrameClause(clause) || PAST.test(clause) || isCondition(clause);
  const fit = clauses.flatMap((clause, i) => {
    if (opening(clause) || (isCondition(clause) && i + 1 < clauses.length)) return [];
    const said = asTitle(i > 0 && isCondition(clauses[i - 1] ?? '') ? mainClause(clause) : clause);
    const text = slideWidth(said) > TITLE_WIDTH ? (thesisCore(said) ?? said) : said;
    const width = slideWidth(text);
    if (width < 4 || width > TITLE_WIDTH || NOT_A_TITLE_START.test(text) || DANGLING.test(text)) return [];
    // The first clause said after the openings ("按照县委的部署，全面推行河湖长制度") is where the sentence begins to say something.
    const first = clauses.slice(0, i).every(opening);
    return unfitTitle(text) === undefined ? [{ text, first }] : [];
  });
  const key = fit.find(({ text }) => {
    const verbFirst = text.replace(EFFORT, '');
    return THESIS_VERB.test(verbFirst) && !PREPOSITION.test(verbFirst) ? true : THESIS_STATEMENT.test(text);
  });
  return (key ?? fit.find((f) => f.first))?.text;
}

/**
 * A short sentence the passage opens with, as a title: its question answered ("政策关键看能不能兑现"), its contrast
 * said by the half that states the thesis ("护河还要发动群众"), or its topic where it only says what that is part of
 * ("资金保障"); undefined when none of these shapes applies.
 */
export function shortenedSentence(sentence: string): string | undefined {
  const clauses = splitClauses(unnumbered(sentence)).map((c) => c.text);
  const [first = '', second = ''] = clauses;
  const text =
    clauses.length === 1
      ? topicOfPart(first)
      : clauses.length === 2
        ? (answeredQuestion(first, second) ??
          contrastThesis(first, second) ??
          keyedTopic(first, second) ??
          causeAndResult(first, second) ??
          decidedBy(first, second))
        : undefined;
  return text === undefined ? undefined : asTitle(text);
}
