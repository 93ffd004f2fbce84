// The agenda: the parts as a list in the middle of the body, each number in an accent square framed in gold (plain
// without numbering).
import type { AgendaSlide } from '../../../deck/types.ts';
import { CSS } from '../canvas.ts';
import { textBodyXml } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { READER_ROOM_EM, balancedWraps } from '../measure.ts';
import { breakRuns, runStyle, runsOf, runsText, textParagraph } from '../paragraphs.ts';
import { inlinesOf } from '../rich-text.ts';
import { bodyOf, slideRules, slideTitle, type SlideContext } from './context.ts';

export function agendaSlide(context: SlideContext, slide: AgendaSlide): void {
  const { look, plan, tree } = context;
  const { theme } = look;
  slideTitle(context, [{ text: slide.title }], slide.continued ?? false);
  const body = bodyOf(context);
  const count = slide.entries.length;
  const box = CSS.agendaBox;
  const pitch = Math.min(box + CSS.agendaGap, (body.h - 12) / count);
  const scale = Math.min(1, pitch / (box + CSS.agendaGap));
  const size = Math.round(CSS.agendaSize * scale);
  const plain = plan.meta.numbering === 'none';
  // The list stands in the middle of the body, as the deck's body centres it (each entry with its gap below).
  const top = body.y + Math.max(0, (body.h - 12 - count * pitch) / 2);
  slide.entries.forEach((entry, i) => {
    const y = top + 12 + i * pitch;
    const side = box * scale;
    const number = entry.number || String(entry.index + 1);
    const numberStyle = runStyle(FACES.title, size, plain ? theme.accent : theme.onAccent, { bold: true });
    tree.text(
      { x: body.x, y, w: side, h: side },
      textBodyXml({ anchor: 'ctr', wrap: false }, [textParagraph(number, numberStyle, { align: 'ctr' })]),
      {
        ...(plain ? {} : { fill: theme.accent, line: { colour: theme.gold, widthPx: 3 } }),
      },
    );
    const titleStyle = runStyle(FACES.text, size, theme.text, { bold: true });
    const x = body.x + side + 40 * scale;
    const width = body.x + body.w - x;
    // The deck's lines (`text-wrap: balance`), written in: the reader would break the Chinese anywhere.
    const runs = runsOf(inlinesOf(entry.titleInlines.filter((inline) => inline.kind !== 'break')), titleStyle);
    const wraps = balancedWraps(runsText(runs), width, size, { rules: slideRules(context) });
    tree.text(
      { x, y, w: width + (context.frames ? 0 : READER_ROOM_EM * size), h: side },
      textBodyXml({ anchor: 'ctr' }, [
        {
          runs: breakRuns(runs, wraps),
          style: {},
          end: titleStyle,
        },
      ]),
    );
  });
}
