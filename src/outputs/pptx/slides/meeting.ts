// The meeting's own slides between its talks, as the meeting deck shows them: the divider naming the next speaker
// ("下面，请" above the name, the talk's title below), and the slide standing for a file a speaker sent (the talk, its
// speaker, the file to open on its own). Both on the full field, centred, as a part's divider is.
import { CSS, fieldArea } from '../canvas.ts';
import { PT_PER_PX, textBodyXml } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { balancedBreaks, lineCount } from '../measure.ts';
import { breakRuns, runStyle } from '../paragraphs.ts';
import { centredLine, drawStacked, ruleLine, type SlideContext, type Stacked } from './context.ts';
import { footer } from './footer.ts';

/** A talk of the meeting, as its divider or its stand-in slide names it. */
export interface MeetingTalkLabel {
  title: string;
  speaker?: string | undefined;
}

/** "首先，请" (the first talk) or "下面，请", the speaker's name large, the talk's title under it; the footer band
 *  of a part's divider, without a page number: the slide is no talk's page (see PageNumber). */
export function nextSpeakerSlide(context: SlideContext, talk: MeetingTalkLabel, first: boolean): void {
  const { look, tree } = context;
  const { theme } = look;
  const area = fieldArea(look.canvas);
  const lead = runStyle(FACES.title, CSS.partCaptionSize, theme.fieldAccent, {
    bold: true,
    spacingPt: CSS.partCaptionSize * 0.08 * PT_PER_PX,
  });
  const parts: Stacked[] = [centredLine(tree, area, [{ text: first ? '首先，请' : '下面，请', style: lead }], 0, 36)];
  parts.push(largeTitle(context, talk.speaker ?? talk.title));
  if (talk.speaker) {
    parts.push(ruleLine(tree, look, 40, 40));
    const style = runStyle(FACES.text, CSS.partIntroSize, theme.fieldText);
    parts.push(centredLine(tree, area, [{ text: talk.title, style }]));
  }
  drawStacked(parts, area);
  footer({ ...context, pageNumber: 'none' }, { kind: 'divider', number: 0 }, true);
}

/** A file a speaker sent: the talk's title large, the speaker, and the file's name to open on its own. */
export function sentFileSlide(context: SlideContext, talk: MeetingTalkLabel, file: string): void {
  const { look, tree } = context;
  const { theme } = look;
  const area = fieldArea(look.canvas);
  const parts: Stacked[] = [largeTitle(context, talk.title), ruleLine(tree, look)];
  if (talk.speaker) {
    const style = runStyle(FACES.text, CSS.speakerSize, theme.fieldText, {
      spacingPt: CSS.speakerSize * 0.08 * PT_PER_PX,
    });
    parts.push(centredLine(tree, area, [{ text: talk.speaker, style }], 0, 28));
  }
  const style = runStyle(FACES.text, CSS.meetingSize, theme.fieldAccent);
  parts.push(centredLine(tree, area, [{ text: `请单独打开发言人发来的文件：${file}`, style }]));
  drawStacked(parts, area);
}

/** The large centred title in the layout's title placeholder, on balanced lines. */
function largeTitle(context: SlideContext, text: string): Stacked {
  const { look, tree } = context;
  const area = fieldArea(look.canvas);
  const size = CSS.partTitleSize;
  const width = Math.min(CSS.partTitleMaxWidth, area.w);
  const h = lineCount(text, width, size, { spacingEm: 0.03 }) * size * 1.35;
  return {
    h,
    draw: (y) => {
      const style = runStyle(FACES.title, size, look.theme.fieldTitle, {
        bold: true,
        spacingPt: size * 0.03 * PT_PER_PX,
      });
      const runs = breakRuns([{ text, style }], balancedBreaks(text, width, size, 0.03));
      tree.placeholder(
        'title',
        { x: (look.canvas.width - width) / 2, y, w: width, h },
        textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'ctr', lineSpacing: 1.1 }, end: style }]),
      );
    },
  };
}
