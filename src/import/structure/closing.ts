// Find the closing remarks at the end of a speech ("以上是我的发言，不当之处，敬请批评指正。谢谢！"), said on the closing slide.
import { findFigures } from '../figures.ts';
import { slideWidth, splitClauses, splitSentences, stripTerminal } from '../sentences.ts';
import type { Paragraph } from './paragraph.ts';

const CLOSING =
  /以上.{0,10}(发言|汇报|体会|交流|思考|认识)|不当之处|不妥之处|批评指正|谢谢(大家|各位)?[！!。]?$|汇报完毕|发言完毕|我的发言(就到这里|完毕)/u;
/** "同志们，……谢谢大家！": a last paragraph that turns to the room and thanks it is the closing, however long. */
const ADDRESS = /^(同志们|各位(领导|同事|同志|代表|来宾)?|朋友们|让我们|总之|总而言之|总的来说)[，,：:！!]?/u;
const THANKS = /(谢谢(大家|各位)?|批评指正)[！!。]?$/u;
/** Longer than this, a closing paragraph must address the room (and thank it, unless it turns to the comrades). */
const SHORT = 80;
const LONGEST = 400;

/** How many paragraphs at the end are closing remarks. */
export function closingLength(paragraphs: readonly Paragraph[]): number {
  let count = 0;
  // "同志们，……让群众在家门口就能过上好日子。" then "谢谢大家！" on a line of its own: the paragraph that turns to the
  // room is still the speech's last word when only short thanks follow it, and its slogans are no slide.
  let onlyThanksAfter = true;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const paragraph = paragraphs[i];
    if (!paragraph || paragraph.level !== undefined) break;
    const afterHeading = paragraphs[i - 1]?.level !== undefined || HEADING.test(paragraphs[i - 1]?.text ?? '');
    if (
      !isClosing(paragraph.text, onlyThanksAfter) &&
      !(onlyThanksAfter && !afterHeading && (looksAhead(paragraph.text) || exhorts(paragraph.text)))
    )
      break;
    onlyThanksAfter &&= slideWidth(paragraph.text) <= SHORT && THANKS.test(paragraph.text);
    count++;
  }
  return count;
}

/** "同志们，新时代赋予审计新使命。……作出新的更大贡献！": the last paragraph turns to the room, to close. */
const TURNS_TO_ROOM = /^(同志们|各位领导|朋友们)[，,！!]/u;

/** "下一步，我们将……" "今后，我们将继续……": the speech's last paragraph says what comes next, to close. */
const LOOKS_AHEAD = /(下一步|今后|接下来|下阶段)[，,]?(我们)?(将|要|会)/u;
/** "三、下一步工作打算": a heading line; the paragraph under it is that part's text, not the closing. */
const HEADING = /^[一二三四五六七八九十]+[、．.]/u;
/** Shorter than this and without a figure, a last paragraph that looks ahead is the closing, not a part's text. */
const LOOK_AHEAD_LONGEST = 200;

/**
 * "让我们携手努力，为……作出新的更大贡献！" "以……为……，奋力谱写……新篇章。" "……没有休止符，我们将继续……": the last
 * paragraph rallies the room or pledges to go on; its slogans are said on the closing slide, never shown as points.
 */
export const EXHORTS =
  /(^|[。！!；;，,])让我们|作出(新的)?更大的?贡献|(奋力|共同|努力|继续)(谱写|书写|开创|交出)|新篇章|新征程|新答卷|我们将(继续|一如既往|始终|以更)/u;

function exhorts(text: string): boolean {
  return slideWidth(text) <= LOOK_AHEAD_LONGEST && EXHORTS.test(text) && findFigures(text).length === 0;
}

function looksAhead(text: string): boolean {
  return slideWidth(text) <= LOOK_AHEAD_LONGEST && LOOKS_AHEAD.test(text) && !/\d/u.test(text);
}

function isClosing(text: string, last: boolean): boolean {
  const width = slideWidth(text);
  if (width <= SHORT && CLOSING.test(text)) return true;
  return last && width <= LONGEST && ((ADDRESS.test(text) && THANKS.test(text)) || TURNS_TO_ROOM.test(text));
}

/** "防火就是保生命，护林就是护家园" "绿水青山就是金山银山": a slogan of clauses built alike on one link word. */
const SLOGAN_CLAUSE = /^\p{Script=Han}{1,5}(就是|便是|才是|是)\p{Script=Han}{2,5}$/u;

/**
 * The slogan a speech's last passage ends on, said to rally the room as the closing begins ("……确保小火不过夜。防火就是
 * 保生命，护林就是护家园。"): its sentence, or undefined. Only a sentence of two or more short clauses built alike on one
 * link word, with no figure, that follows something said before it in its paragraph.
 */
export function trailingSlogan(text: string): string | undefined {
  const sentences = splitSentences(text);
  const last = sentences.at(-1);
  if (last === undefined || sentences.length < 2 || findFigures(last).length > 0) return undefined;
  const clauses = splitClauses(stripTerminal(last)).map((c) => c.text.trim());
  const links = clauses.map((c) => SLOGAN_CLAUSE.exec(c)?.[1]);
  return clauses.length >= 2 && links.every((l) => l !== undefined && l === links[0]) ? last : undefined;
}
