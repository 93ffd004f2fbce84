// The handout's notes findings: from the estimate (check, the dev server), or from what the handout's browser cut
// (deck), where the browser decides and the estimate only words the message.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/deck/index.ts';
import { handoutFindings } from '../../src/check/handout.ts';
import { say, setLanguage } from '../../src/messages/index.ts';
import { NOTES_CUT } from '../../src/deck/handout-layout.ts';

const LONG = '这一段备注写得很长，讲了工作的来龙去脉和具体做法。'.repeat(40);
const SHORT = '简短的备注。';

/** Four slides: long notes on the first and third, short notes on the second and fourth. */
function plan() {
  const slides = [LONG, SHORT, LONG, SHORT].map(
    (notes, i) => `## 第${i + 1}页\n\n- 要点\n\n::: notes\n${notes}\n:::\n`,
  );
  return planDeck(parseOutline(`---\ntitle: 测试\n---\n\n${slides.join('\n')}`, 'slides/t.md'));
}

const numbered = (title: string) => plan().slides.find((slide) => slide.title === title)!.number;

describe('notes the handout cuts', () => {
  setLanguage('zh');
  const deck = plan();

  it('by the estimate: the slides whose notes do not fit', () => {
    const found = handoutFindings(deck, 'slides/t.md');
    expect(found.map((finding) => finding.slide)).toEqual([numbered('第1页'), numbered('第3页')]);
  });

  it('as the browser measured them: exactly the slides it cut, whatever the estimate says', () => {
    // the browser cut the third slide's long notes and the fourth slide's short ones, not the first's
    const cut = [numbered('第3页'), numbered('第4页')];
    const found = handoutFindings(deck, 'slides/t.md', 3, cut);
    expect(found.map((finding) => finding.slide)).toEqual(cut);
    const [third, fourth] = found;
    // the estimate words the message: how much it shows where it also cuts, else that the browser did
    expect(third!.message).not.toBe(fourth!.message);
    expect(fourth!.message).toBe(say('notesCutMeasured', fourth!.slide!, '第4页', 3, NOTES_CUT));
  });
});
