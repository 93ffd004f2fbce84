// The data the importer passes between its stages: a cleaned speech, its passages and the lines it removed.
import type { Meta } from '../outline/types.ts';

/** Where the importer's text came from: plain text is escaped for Markdown, Markdown is kept as written. */
export type SourceKind = 'text' | 'markdown';

/** A line of the decoded input, with its 1-based line number (for docx: its paragraph number). */
export interface SourceLine {
  line: number;
  text: string;
}

/** A line the noise step took out, and the rule that took it. */
export interface RemovedLine {
  line: number;
  text: string;
  rule: string;
}

/** Something in the input the speaker should check in the draft, at its line (a few damaged bytes, say). */
export interface ImportWarning {
  line: number;
  column: number;
  message: string;
  /** The same in Chinese, for the remark at the end of the draft. */
  remark: string;
}

/** A run of the speech's own words: paragraphs of original text, under a heading when the speech gives one. */
export interface Passage {
  heading?: string;
  paragraphs: string[];
}

/** One part of the talk (a `#` in the outline). */
export interface SpeechPart {
  /** The heading as the speech states it, without numbering or final punctuation. */
  heading: string;
  /** What the speaker says on the part's divider: the heading line or lead sentence as written. */
  paragraphs: string[];
  /** The part's text, in order; a passage without heading is text before the part's first sub-heading. */
  sections: Passage[];
}

/** A speech as the structure step understood it; every sentence of the cleaned text is in exactly one place. */
export interface Speech extends Pick<Meta, 'title' | 'subtitle' | 'speaker' | 'organization' | 'event' | 'date'> {
  /** Text before the first part (or all of it when no parts were found). */
  opening: Passage[];
  parts: SpeechPart[];
  /** Closing remarks ("以上是我的发言……谢谢！"). */
  closing: string[];
}

/** What `draftOutline` returns. */
export interface Draft {
  markdown: string;
  removed: RemovedLine[];
  warnings: ImportWarning[];
  speech: Speech;
  /** For the command's summary: the structure style that found the parts, and what the draft holds. */
  summary: { style: string; parts: number; slides: number };
}
