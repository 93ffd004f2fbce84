// Sentences → short slide points: a clause or two of about 20 Han characters, cut only at punctuation.
import { slideWidth, splitClauses, splitSentences, stripTerminal, type Clause } from './sentences.ts';

/** About this wide, a point fits one line of a 16:9 slide. */
export const POINT_WIDTH = 20;
/** One clause may run this wide rather than be cut inside a word. */
const CLAUSE_WIDTH = 24;

/** "习近平总书记强调，……": the clause that introduces someone's words is not the point. */
const ATTRIBUTION = /(指出|强调|提出|说|说过|写道|认为|表示|谈到|讲到|告诫|所说|讲话中|指示)$/u;
/** "随着……，" "通过……，" "只要……，": a framing clause; the point is in what follows. */
const FRAMING = /^(随着|对于|通过|为了|面对|围绕|按照|根据|基于|经过|只要|如果|虽然|尽管|即使|因为|由于|既然|在)|(时|的时候|以来|期间|之际|之后|以后)$/u;
/** "各位领导、同志们：" "我谈三点认识": the speaker addressing the room or announcing the talk, not a point. */
const NOT_A_POINT = /[：:]$|^(各位|尊敬的|同志们)|(谈|汇报|交流|讲|说)(一下|三|几|两|四|五|一些|一点)点?(认识|体会|思考|想法|看法|意见|感受)/u;

/** Numbering and counting words before a point: 一、 （一） 1. ① 第一， 首先， 一是 */
const NUMBERING = /^([一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]{1,3}[，,、：:]|(首先|其次|再次|再者|最后)[，,、：:]|[一二三四五六七八九十]是[，,：:]?)\s*/u;

/** Characters that make 要 part of a word (重要, 需要, 不要 …) when they stand before it. */
const BEFORE_YAO = new Set([...'重主需只必紧摘纲想将扼概首显政险机提切简不']);
/** …and when they follow it (要求, 要素, 要点 …). */
const AFTER_YAO = new Set([...'求素点害务件闻员领义职冲塞地案旨诀']);

/**
 * "要把握群众思想观念的变化" → "把握群众思想观念的变化": a 要 (with a short subject or adverb
 * before it, like 年轻干部要 or 更是要) that opens a clause is the speech's way of stating a point.
 */
export function withoutModal(clause: string): string | undefined {
  const chars = [...clause];
  for (let i = 0; i < Math.min(chars.length, 7); i++) {
    if (!/\p{Script=Han}/u.test(chars[i] ?? '')) return undefined;
    if (chars[i] !== '要') continue;
    if (i > 0 && BEFORE_YAO.has(chars[i - 1] ?? '')) continue;
    if (AFTER_YAO.has(chars[i + 1] ?? '')) continue;
    const rest = chars.slice(i + 1).join('');
    return slideWidth(rest) >= 2 ? rest : undefined;
  }
  return undefined;
}

/** Whether a sentence states a point the speech's way: it opens with a modal 要 clause. */
export function isModalSentence(sentence: string): boolean {
  const clauses = splitClauses(sentence.trim().replace(NUMBERING, ''));
  const first = firstContentClause(clauses);
  return first !== undefined && withoutModal(clauses[first]?.text ?? '') !== undefined;
}

/** The short phrase a slide shows for this sentence, or undefined when none reads well. */
export function pointOf(sentence: string): string | undefined {
  const unnumbered = sentence.trim().replace(NUMBERING, '');
  const whole = stripTerminal(unnumbered);
  const clauses = splitClauses(unnumbered);
  if (clauses.length === 0 || NOT_A_POINT.test(whole)) return undefined;
  if (slideWidth(whole) <= POINT_WIDTH && !ATTRIBUTION.test(clauses[0]?.text ?? '')) {
    return withoutModal(whole) ?? whole;
  }
  for (const start of candidateStarts(clauses)) {
    const point = phraseFrom(clauses, start);
    if (point !== undefined) return point;
  }
  return undefined;
}

/** Clause indexes to try, best first: the first modal ("要……") clause, then the first content clause onwards. */
function candidateStarts(clauses: Clause[]): number[] {
  const first = firstContentClause(clauses) ?? 0;
  const starts: number[] = [];
  const modal = clauses.findIndex((c, i) => i >= first && withoutModal(c.text) !== undefined);
  if (modal >= 0) starts.push(modal);
  for (let i = first; i < clauses.length; i++) if (!starts.includes(i)) starts.push(i);
  return starts;
}

function firstContentClause(clauses: Clause[]): number | undefined {
  for (let i = 0; i < clauses.length; i++) {
    const text = clauses[i]?.text ?? '';
    const last = i === clauses.length - 1;
    if (!last && (ATTRIBUTION.test(text) || FRAMING.test(text))) continue;
    return i;
  }
  return undefined;
}

function phraseFrom(clauses: Clause[], start: number): string | undefined {
  const first = clauses[start];
  if (!first) return undefined;
  let phrase = withoutModal(first.text) ?? first.text;
  if (slideWidth(phrase) > CLAUSE_WIDTH) return quotedSentence(phrase) ?? cutAtListComma(phrase);
  // Add following clauses while the point stays short; a ；or ： starts another thought, a framing clause a new one.
  for (let i = start; i < clauses.length - 1; i++) {
    const clause = clauses[i];
    const next = clauses[i + 1];
    if (!clause || !next || (clause.end !== '，' && clause.end !== ',') || FRAMING.test(next.text)) break;
    const longer = `${phrase}${clause.end}${next.text}`;
    if (slideWidth(longer) > POINT_WIDTH) break;
    phrase = longer;
  }
  return phrase;
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
  return slideWidth(kept) < 6 || !quotesBalanced(kept) || !parallel ? undefined : kept;
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
  return pointOf(clauses.slice(0, first).map((c, i) => c.text + (i < first - 1 ? c.end : '')).join(''));
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
    const text = c.text.replace(COUNTED, '');
    const phrase = withoutModal(text) ?? text;
    if (slideWidth(phrase) <= CLAUSE_WIDTH) return [phrase];
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
      const rest = clauses.slice(i + 1).map((c) => c.text + c.end).join('');
      return rest === '' ? undefined : pointOf(rest);
    }
    used += clause.end;
  }
  return undefined;
}
