// Find the closing remarks at the end of a speech ("以上是我的发言，不当之处，敬请批评指正。谢谢！").
import { slideWidth } from '../sentences.ts';
import type { Paragraph } from './paragraph.ts';

const CLOSING = /以上.{0,10}(发言|汇报|体会|交流|思考|认识)|不当之处|不妥之处|批评指正|谢谢(大家|各位)?[！!。]?$|汇报完毕|发言完毕|我的发言(就到这里|完毕)/u;

/** How many paragraphs at the end are closing remarks (short, and saying so). */
export function closingLength(paragraphs: readonly Paragraph[]): number {
  let count = 0;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const paragraph = paragraphs[i];
    if (!paragraph || paragraph.level !== undefined || slideWidth(paragraph.text) > 80 || !CLOSING.test(paragraph.text)) break;
    count++;
  }
  return count;
}
