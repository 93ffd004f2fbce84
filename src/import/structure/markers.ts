// The numbering a Chinese speech puts before its headings: 一、 （一） 1. （1） ①, and 第一， 首先， 一是.
import { slideWidth, splitSentences, stripTerminal } from '../sentences.ts';
import { pointOf } from '../points.ts';

/** A heading that runs into its paragraph ("一、把群众变化把握得更准。做好群众工作……"): the heading and what follows. */
export function splitRunIn(text: string): { heading: string; spoken: string; rest: string } {
  const sentences = splitSentences(text);
  const first = sentences[0] ?? text;
  const rest = sentences.slice(1).join('').trim();
  return { heading: headingOf(first), spoken: first.trim(), rest };
}

/** "一是……", "一要……", "第一，……", "首先，……" before a heading: the part's number, which the deck shows by itself. */
const COUNTING =
  /^([一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，,、：:]|(首先|其次|再次|最后)[，,、：:])\s*/u;
/**
 * "第一点体会是，……" "第三点感受是：……" "第二个启示是，……": the speaker's framing of a counted part, said before its
 * heading; the heading is what follows it.
 */
export const FRAMED_COUNT =
  /^第[一二三四五六七八九十]{1,3}(点|个|条)(体会|感受|认识|收获|感悟|启示|思考|经验|做法)?(是|就是)?[，,：:]\s*/u;

export function withoutCounting(text: string): string {
  return text.trim().replace(FRAMED_COUNT, '').replace(COUNTING, '');
}

/** A heading as the speech states it: the sentence without its counting word and final punctuation, or its point when too long for a title. */
export function headingOf(sentence: string): string {
  const whole = stripTerminal(withoutCounting(sentence));
  if (slideWidth(whole) <= 32) return whole;
  return pointOf(sentence) ?? whole;
}
