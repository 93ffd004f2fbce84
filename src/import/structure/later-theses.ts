// Style of last resort: a speech without markers or short lead sentences, whose parts each open with a paragraph that
// sets the scene first and states its thesis in a later clause ("过去专业按老师能教什么来开，……，专业设置必须跟着产业走。").
import { isQuestion, slideWidth, splitClauses, splitSentences, stripTerminal } from '../sentences.ts';
import { isStory } from '../ideas.ts';
import { asTitle, isProblem } from '../title-phrasing.ts';
import { STATEMENT_WIDTH, thesisCore } from '../titles.ts';
import { gatherBody, type Body, type Role } from './body.ts';
import type { Paragraph } from './paragraph.ts';
import { statesThesis } from './topic-groups.ts';

/**
 * What a clause names the work by, said after the background: "……是提高质量的关键", "……是检验办学成效的标准",
 * "……是工程长久运行的保证", "专业必须跟着企业的需求走". The genre's thesis words (statesThesis) and these.
 */
const LATER_THESIS =
  /是[^，。；]{1,16}的(标准|底线|保证|保障|试金石|根本|关键|前提|基础|核心|生命线|落脚点)$|必须|说了算$|才是[^，。；]{2,}/u;
/** Only the first two sentences of a paragraph set out its thesis; later ones tell how it was done. */
const THESIS_SENTENCES = 2;
/** A speech whose paragraphs name more theses than this is prose that argues, not a talk in parts. */
const MOST_PARTS = 5;
/** A part runs over at most this many paragraphs; more and the theses are only remarks on the way. */
const MOST_PARAGRAPHS_A_PART = 3;
/** A thesis named narrower than this says too little to name a part. */
const NARROWEST = 6;

interface Thesis {
  /** The clause that states it, as a part's name. */
  heading: string;
  /** The sentences up to and including it, said on the part's divider; the rest of the paragraph is the part's text. */
  spoken: string;
  rest: string;
}

/**
 * Each paragraph that states a thesis in a later clause of its first sentences opens a part named by that clause; the
 * paragraphs after it, up to the next, are its text. The paragraphs before the first are the opening, which always has
 * one: the first paragraph sets out the talk. Undefined unless two to five paragraphs do so and no part runs over more
 * than three paragraphs.
 */
export function laterThesisStyle(paragraphs: readonly Paragraph[]): Body | undefined {
  const theses = paragraphs.map((p, i) => (i === 0 ? undefined : laterThesis(p.text)));
  const at = theses.flatMap((t, i) => (t ? [i] : []));
  if (at.length < 2 || at.length > MOST_PARTS) return undefined;
  const lengths = at.map((i, k) => (at[k + 1] ?? paragraphs.length) - i);
  if (lengths.some((n) => n > MOST_PARAGRAPHS_A_PART)) return undefined;
  return gatherBody(paragraphs, (paragraph, index): Role => {
    const thesis = theses[index];
    return thesis ? { kind: 'part', ...thesis } : { kind: 'text', text: paragraph.text };
  });
}

/** The thesis a paragraph states after its first clause, in its first sentences, with what is said up to it. */
function laterThesis(text: string): Thesis | undefined {
  const sentences = splitSentences(text);
  for (let s = 0; s < Math.min(THESIS_SENTENCES, sentences.length); s++) {
    const sentence = sentences[s] ?? '';
    if (isQuestion(sentence) || isStory(sentence)) continue;
    const clauses = splitClauses(stripTerminal(sentence)).map((c) => c.text.trim());
    // The paragraph's first clause is its scene, or its lead (lead-sentences.ts reads those).
    const from = s === 0 ? 1 : 0;
    const found = clauses.slice(from).find((clause) => statesPartThesis(clause));
    if (found === undefined) continue;
    const heading = partName(found);
    if (slideWidth(heading) < NARROWEST) continue;
    return {
      heading,
      spoken: sentences.slice(0, s + 1).join(''),
      rest: sentences.slice(s + 1).join(''),
    };
  }
  return undefined;
}

function statesPartThesis(clause: string): boolean {
  return (LATER_THESIS.test(clause) || statesThesis(clause)) && !isProblem(clause) && !/^(这|那|它|其)/u.test(clause);
}

/** The clause as a part's name: the speaker's side and framing left out, and said by its core where it is too long. */
function partName(clause: string): string {
  const title = asTitle(clause);
  return slideWidth(title) > STATEMENT_WIDTH ? (thesisCore(clause) ?? title) : title;
}
