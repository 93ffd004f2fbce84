// Style: each part a paragraph whose short first sentence is its heading ("紧跟时代步伐，把群众变化把握得更准。做好……").
import { slideWidth, splitSentences, stripTerminal } from '../sentences.ts';
import { gatherBody, type Body } from './body.ts';
import { headingOf } from './markers.ts';
import type { Paragraph } from './paragraph.ts';

/** A lead sentence is a heading, not the speaker talking about the talk ("今天我谈三点体会。"). */
const NOT_A_HEADING = /^(我|今天|大家|同志们|各位|下面)|很高兴|汇报|谈谈|谈几点|几点体会|感谢|谢谢|(交流|发言)(如下|一下)/u;
/** More parts than this is prose with short sentences, not a structure. */
const MOST_PARTS = 9;

export function leadSentenceStyle(paragraphs: readonly Paragraph[]): Body | undefined {
  const leads = paragraphs.map((p, i) => readLead(p, paragraphs[i + 1]));
  const count = leads.filter((l) => l !== undefined).length;
  if (count < 2 || count > MOST_PARTS) return undefined;
  return gatherBody(paragraphs, (paragraph, index) => {
    const lead = leads[index];
    if (!lead) return { kind: 'text', text: paragraph.text };
    return { kind: 'part', heading: headingOf(lead.sentence), spoken: lead.sentence.trim(), rest: lead.rest };
  });
}

/** The paragraph's lead: a short first sentence followed by the passage it heads, or a short line followed by a long paragraph. */
function readLead(paragraph: Paragraph, next: Paragraph | undefined): { sentence: string; rest: string } | undefined {
  const sentences = splitSentences(paragraph.text);
  const first = sentences[0] ?? '';
  const rest = sentences.slice(1).join('');
  if (!isHeadingLike(first)) return undefined;
  if (sentences.length >= 2 && slideWidth(rest) >= 40 && /[。！]$/u.test(first.trim())) return { sentence: first, rest };
  // A heading on a line of its own, without punctuation, over a paragraph.
  const alone = sentences.length === 1 && !/[。！？!?.]$/u.test(first.trim());
  if (alone && next && slideWidth(next.text) >= 30) return { sentence: first, rest: '' };
  return undefined;
}

function isHeadingLike(sentence: string): boolean {
  const text = stripTerminal(sentence);
  return slideWidth(text) >= 4 && slideWidth(text) <= 28 && !/[“”"「」]/u.test(text) && !NOT_A_HEADING.test(text) && !/[：:]$/u.test(text);
}
