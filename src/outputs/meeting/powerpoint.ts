// The meeting's PowerPoint (<meeting>.pptx): the meeting deck's order as editable slides — a cover, the programme
// (议程), then each talk in turn after a divider naming its speaker, every talk on a slide master of its own theme, a
// file a speaker sent as a slide naming it. One section per talk, so the slide sorter shows the programme.
import { LABELS } from '../../deck/labels.ts';
import type { AgendaSlide, DeckPlan, PartLabel, TitleSlide } from '../../deck/types.ts';
import type { LoadedDeck } from '../../load/index.ts';
import type { Meeting } from '../../meeting/file.ts';
import { DEFAULT_CLOSING, DEFAULT_PACE, DEFAULT_THEME } from '../../outline/meta.ts';
import type { Aspect } from '../../outline/types.ts';
import { imageSources, planSlide } from '../pptx/index.ts';
import type { PptxTheme } from '../pptx/index.ts';
import { imageWarnings, readImages, readPptxTheme, templateWarnings } from '../pptx/file.ts';
import { templateTheme } from '../pptx/template/colours.ts';
import type { Template, TemplateLayoutKind } from '../pptx/template/read.ts';
import { nextSpeakerSlide, sentFileSlide } from '../pptx/slides/meeting.ts';
import { savePresentation, type PptxPiece, type PptxSlide } from '../pptx/write.ts';
import type { Section } from '../pptx/package/presentation.ts';

/** A talk of the meeting's PowerPoint: its loaded deck, or the name of the file its speaker sent. */
export type MeetingPptxTalk =
  | { title: string; speaker?: string | undefined; deck: LoadedDeck }
  | { title: string; speaker?: string | undefined; sentFile: string };

/** Talks on one programme slide: more are continued on the next (议程（续）), each line kept large enough to read. */
const PROGRAMME_LINES = 8;

export async function writeMeetingPptx(
  meeting: Meeting,
  talks: MeetingPptxTalk[],
  target: string,
  created = new Date(),
  /** The meeting's template: its own slides and every talk on it (else each talk on its own, if it names one). */
  template?: Template,
): Promise<{ path: string; slides: number; bytes: number; warnings: string[] }> {
  // The first talk's slide size is the meeting's; a talk of the other size is laid out anew on it.
  const aspect: Aspect = talks.find((talk) => 'deck' in talk)?.deck.plan.meta.aspect ?? '16:9';
  const themes = new Map<string, Promise<PptxTheme>>();
  const themeOf = (name: string) => {
    if (!themes.has(name)) themes.set(name, readPptxTheme(name));
    return themes.get(name)!;
  };
  const plan = meetingPlan(meeting, talks, aspect);
  const own = (slides: PptxSlide[]): PptxPiece => ({ plan, theme: meetingTheme, template, images: new Map(), slides });
  const baseTheme = await themeOf(DEFAULT_THEME);
  const meetingTheme = template ? templateTheme(baseTheme, template) : baseTheme;
  // One theme object per template and slide theme, so that the talks sharing both share a master.
  const onTemplate = new Map<string, PptxTheme>();
  const themeOn = (theme: PptxTheme, name: string, on: Template | undefined): PptxTheme => {
    if (!on) return theme;
    const key = `${name}\0${on === template ? '' : talks.findIndex((t) => 'deck' in t && t.deck.template?.read === on)}`;
    if (!onTemplate.has(key)) onTemplate.set(key, templateTheme(theme, on));
    return onTemplate.get(key)!;
  };
  const fallbacks = new Map<TemplateLayoutKind, number[]>();
  // (page numbers: see PageNumber — each talk's slides its own, the meeting's own slides none)
  const pieces: PptxPiece[] = [own(plan.slides.map((slide) => planSlide(slide, 'none')))];
  const sections: Section[] = [{ title: meeting.title, slides: plan.slides.map((_, i) => i) }];
  const warnings: string[] = [];
  let count = plan.slides.length;
  for (const [i, talk] of talks.entries()) {
    const first = count;
    pieces.push(own([{ layout: 'divider', draw: (context) => nextSpeakerSlide(context, talk, i === 0) }]));
    count++;
    if ('deck' in talk) {
      const talkPlan = { ...talk.deck.plan, meta: { ...talk.deck.plan.meta, aspect } };
      const [theme, images] = await Promise.all([themeOf(talkPlan.meta.theme), readImages(talk.deck)]);
      const missing = imageSources(talkPlan).filter((src) => !images.has(src));
      warnings.push(...imageWarnings(talk.deck, missing));
      const on = template ?? talk.deck.template?.read;
      pieces.push({
        plan: talkPlan,
        theme: themeOn(theme, talkPlan.meta.theme, on),
        template: on,
        images,
        slides: talkPlan.slides.map((slide) => planSlide(slide, 'text')),
      });
      count += talkPlan.slides.length;
    } else {
      pieces.push(own([{ layout: 'title', draw: (context) => sentFileSlide(context, talk, talk.sentFile) }]));
      count++;
    }
    sections.push({
      title: `${i + 1}. ${talk.title}${talk.speaker ? `（${talk.speaker}）` : ''}`,
      slides: Array.from({ length: count - first }, (_, k) => first + k),
    });
  }
  const bytes = await savePresentation(
    {
      aspect,
      properties: {
        title: meeting.title,
        subject: meeting.place ?? '',
        author: meeting.organization ?? '',
        company: meeting.organization ?? '',
      },
      pieces,
      sections,
      created,
      onFallback: (kind, slide) => fallbacks.set(kind, [...(fallbacks.get(kind) ?? []), slide]),
    },
    target,
  );
  warnings.push(...templateWarnings(template ?? pieces.find((piece) => piece.template)?.template, fallbacks, aspect));
  return { path: target, slides: count, bytes, warnings };
}

/** The meeting's own slides as a plan: the cover (the meeting, the organisation, the place and the date) and the
 *  programme, the talks as its entries. */
function meetingPlan(
  meeting: Meeting,
  talks: Array<{ title: string; speaker?: string | undefined }>,
  aspect: Aspect,
): DeckPlan {
  const meta: DeckPlan['meta'] = {
    title: meeting.title,
    ...(meeting.organization ? { organization: meeting.organization } : {}),
    ...(meeting.place ? { event: meeting.place } : {}),
    ...(meeting.date ? { date: meeting.date } : {}),
    pace: DEFAULT_PACE,
    theme: DEFAULT_THEME,
    aspect,
    agenda: true,
    numbering: 'arabic',
    fragments: false,
    closing: DEFAULT_CLOSING,
    html: false,
    online: false,
    controls: false,
  };
  const entries: PartLabel[] = talks.map((talk, index) => {
    const title = talk.speaker ? `${talk.title}\u3000${talk.speaker}` : talk.title;
    return {
      index,
      number: String(index + 1),
      title,
      titleHtml: title,
      titleInlines: [{ kind: 'text', text: title, line: 1 }],
    };
  });
  const cover: TitleSlide = { kind: 'title', number: 1, title: meeting.title, line: 1, seconds: 0 };
  const programme: AgendaSlide[] = [];
  for (let start = 0; start < entries.length; start += PROGRAMME_LINES)
    programme.push({
      kind: 'agenda',
      number: programme.length + 2,
      title: start ? `议程${LABELS.continued}` : '议程',
      line: 1,
      seconds: 0,
      entries: entries.slice(start, start + PROGRAMME_LINES),
    });
  const slides = [cover, ...programme];
  return { meta, slides, parts: entries, seconds: 0 };
}
