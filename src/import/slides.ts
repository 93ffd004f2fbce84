// Passages → slides: cut at the speech's own sub-headings, then by length; each slide gets a title, points and its text as notes.
import { enumeratedPoints, isModalSentence, isNumbered, pointAfter, pointBeforeCounting, pointOf, POINT_WIDTH } from './points.ts';
import { slideWidth, splitClauses, splitSentences, stripTerminal } from './sentences.ts';
import type { Passage, SpeechPart } from './types.ts';

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

interface Sentence {
  text: string;
  /** Index of the paragraph in the passage: notes keep the paragraph breaks. */
  paragraph: number;
}

export function planPart(part: SpeechPart): PartPlan {
  const notes = [...part.paragraphs];
  const slides = part.sections.flatMap((s) => planSlides(s, part.heading));
  // A sentence or two before the part's first sub-heading is said on the divider rather than given a slide of its own.
  const first = slides[0];
  if (first && first.titleFrom === 'point' && slides.length > 1 && isShortIntro(first.notes)) {
    notes.push(...first.notes);
    slides.shift();
  }
  return { heading: part.heading, notes, slides };
}

function isShortIntro(paragraphs: string[]): boolean {
  const text = paragraphs.join('');
  return splitSentences(text).length <= 2 && slideWidth(text) <= DIVIDER_TEXT;
}

/** The slides of one passage; together their notes are the passage's text, in order. */
export function planSlides(passage: Passage, fallbackTitle: string): SlidePlan[] {
  const sentences: Sentence[] = passage.paragraphs.flatMap((text, paragraph) =>
    splitSentences(text).map((sentence) => ({ text: sentence, paragraph })),
  );
  if (sentences.length === 0) return [];
  const chunks: Chunk[] = [];
  subheadingRuns(sentences).forEach((run, runIndex) => {
    byLength(run.sentences).forEach((chunk, chunkIndex) => {
      const heading = chunkIndex > 0 ? undefined : runIndex === 0 && passage.heading !== undefined ? passage.heading : run.heading;
      chunks.push({ ...(heading === undefined ? {} : { heading }), sentences: chunk });
    });
  });
  return withPointsEverywhere(chunks, fallbackTitle);
}

interface Chunk {
  heading?: string;
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
    const following = sentences.slice(i + 1, i + 4).map((s) => s.text).join('');
    if (i > 0 && isSubheading(sentence.text) && slideWidth(following) >= 60) {
      runs.push({ heading: pointOf(sentence.text) ?? stripTerminal(sentence.text), sentences: [sentence] });
    } else runs.at(-1)?.sentences.push(sentence);
  });
  return runs.filter((r) => r.sentences.length > 0);
}

/** A short sentence of one clause, or a "要……" sentence of two short clauses, with no quotation. */
function isSubheading(sentence: string): boolean {
  const text = stripTerminal(sentence);
  if (/[“”"「」]/u.test(text) || !/[。！]\s*$/u.test(sentence)) return false;
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

function planSlide(sentences: Sentence[], heading: string | undefined, fallbackTitle: string): SlidePlan {
  const candidates = sentences.flatMap((s, index) => {
    const counted = enumeratedPoints(s.text);
    if (counted.length > 0) {
      const before = pointBeforeCounting(s.text);
      const intro = before === undefined ? [] : [{ index, point: before as string | undefined, stated: true, counted: true, intro: true }];
      return [...intro, ...counted.map((point) => ({ index, point: point as string | undefined, stated: true, counted: true, intro: false }))];
    }
    return [{ index, point: pointOf(s.text), stated: isStatedPoint(s.text), counted: false, intro: false }];
  });
  let title = heading;
  let titled: (typeof candidates)[number] | undefined;
  // "……讲道理：一是……二是……三是……": the items are the slide's points, all of them; none is its title, but what introduces them may be.
  const counted = candidates.filter((c) => !c.intro && (c.counted || isNumbered(sentences[c.index]?.text ?? ''))).length >= 2;
  if (title === undefined && counted) {
    // What introduces the items: the words before "一是" in their sentence, or a sentence of its own before the first item.
    const firstItem = candidates.findIndex((c) => !c.intro && (c.counted || isNumbered(sentences[c.index]?.text ?? '')));
    titled = candidates.find((c) => c.intro) ?? candidates.slice(0, firstItem).find((c) => c.point !== undefined && !c.point.startsWith('“'));
    title = titled?.point ?? fallbackTitle;
  } else if (title === undefined) {
    // A quotation makes a good point but an odd title.
    titled = candidates.find((c) => c.point !== undefined && !c.point.startsWith('“')) ?? candidates.find((c) => c.point !== undefined);
    title = titled?.point ?? fallbackTitle;
  }
  // The rest of the sentence the title came from is the slide's first point ("……平台，引导群众自我教育……").
  const titleSentence = titled ? sentences[titled.index] : sentences[0];
  const after = titleSentence && !titled?.counted ? pointAfter(titleSentence.text, title) : undefined;
  if (after !== undefined) candidates.splice(titled ? candidates.indexOf(titled) + 1 : 0, 0, { index: titled?.index ?? 0, point: after, stated: true, counted: false, intro: false });
  const shown = title;
  const usable = candidates.filter((c) => c !== titled && c.point !== undefined && !overlaps(c.point, shown));
  const chosen = usable.filter((c) => c.stated).slice(0, MOST_POINTS);
  for (const c of usable) {
    if (chosen.length >= FEWEST_POINTS) break;
    if (!chosen.includes(c)) chosen.push(c);
  }
  chosen.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b));
  const points = [...new Set(chosen.map((c) => c.point ?? ''))];
  if (points.length === 0 && heading === undefined && !counted) return { ...statementAsPoints(title), notes: notesOf(sentences) };
  return { title, titleFrom: heading === undefined && !counted ? 'point' : 'speech', points, notes: notesOf(sentences) };
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
  if (title === undefined || points.length === 0 || points.length !== clauses.length - 1) return { title: statement, titleFrom: 'point', points: [] };
  return { title, titleFrom: 'point', points };
}

/** A point that repeats the slide title adds nothing. */
function overlaps(point: string, title: string): boolean {
  return point.includes(title) || title.includes(point);
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
