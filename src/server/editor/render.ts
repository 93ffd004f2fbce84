// The slides of the page's text, sent as changes: each tab is sent only the slides that differ from the ones it last
// applied (a keystroke changes one slide of 120), and the findings are asked for on their own, a moment after typing
// pauses, from the deck the render already made of the same text.
import { loadDeckText } from '../../load/index.ts';
import type { LoadCaches, LoadedDeck } from '../../load/index.ts';
import { ParseCache } from '../../outline/index.ts';
import { PlanCache, RenderCache } from '../../deck/index.ts';
import { deckFindings, problemFindings } from '../../check/index.ts';
import type { Finding } from '../../check/index.ts';
import { OutlineError } from '../../outline/error.ts';
import type { Block, Point } from '../../outline/types.ts';
import type { Slide } from '../../deck/types.ts';
import type { PerPage } from '../../deck/per-page.ts';
import { displayPath } from '../../files/project.ts';
import type { ChangedSlide, Linted, Rendered, SlideInfo } from '../../editor/protocol.ts';

/** What one tab was last sent: the version it names when it asks again, each slide's HTML and details. */
interface Sent {
  version: number;
  sections: string[];
  details: SlideInfo[];
}

/** How many tabs' last slides are kept (a tab is a page load; older ones are sent everything if they ask again). */
const TABS_KEPT = 8;

export class SlideRenderer {
  private sent = new Map<string, Sent>();
  private versions = 0;
  /** The last text made into a deck, and what came of it: the findings of a text just rendered cost no new parse. */
  private last: { file: string; text: string; made: Promise<LoadedDeck> } | undefined;
  /** The pieces of the last parse, plan and render: a keystroke parses, plans and renders only the slide it changed. */
  private caches: LoadCaches = { parse: new ParseCache(), plan: new PlanCache(), render: new RenderCache() };
  private cachesFor = '';
  /** The deck last sent to a tab: the pictures it shows are served before the text is saved. */
  private shown: LoadedDeck | undefined;

  /** The deck of `text` (the outline at `file`); the one already made when the text is the same. */
  deck(file: string, text: string): Promise<LoadedDeck> {
    if (this.cachesFor !== file) {
      this.caches = { parse: new ParseCache(), plan: new PlanCache(), render: new RenderCache() };
      this.cachesFor = file;
      this.shown = undefined;
    }
    if (this.last?.file !== file || this.last.text !== text)
      this.last = { file, text, made: loadDeckText(file, text, 'project', this.caches) };
    return this.last.made;
  }

  /** The slides of `text` for the tab `session`, which has applied version `have` (0: none): the slides that
   *  changed since, or all of them where the tab's version is not the one it was last sent. */
  async render(file: string, text: string, session: string, have: number): Promise<Rendered> {
    let deck: LoadedDeck;
    try {
      deck = await this.deck(file, text);
    } catch {
      return { ok: false };
    }
    this.shown = deck;
    const { plan } = deck;
    const sections = deck.slideSections;
    const details = plan.slides.map(slideInfo);
    const before = this.sent.get(session);
    const base = before?.version === have ? before : undefined;
    const changed: ChangedSlide[] = [];
    sections.forEach((html, index) => {
      const was = base?.details[index];
      if (base?.sections[index] === html && was && sameInfo(was, details[index]!)) return;
      changed.push({ index, html, slide: details[index]! });
    });
    const version = ++this.versions;
    this.sent.delete(session);
    this.sent.set(session, { version, sections, details });
    if (this.sent.size > TABS_KEPT) this.sent.delete(this.sent.keys().next().value!);
    return {
      ok: true,
      version,
      whole: base === undefined,
      count: sections.length,
      changed,
      title: plan.meta.title,
      theme: plan.meta.theme,
      seconds: Math.round(plan.seconds),
      ...(plan.meta.duration ? { duration: plan.meta.duration } : {}),
    };
  }

  /** The local files (pictures, videos) the slides last sent show: their address in the page and their real path. */
  shownFiles(): Map<string, string> {
    return this.shown?.images ?? new Map();
  }

  /** What `check` finds in `text` without a browser (the outline's problems where it does not parse). */
  async findings(file: string, text: string, perPage: PerPage = 3): Promise<Linted> {
    try {
      // Of the handout the page's export prints (the slides a page chosen there, notes where there is room); the
      // command line's other choices (`--no-notes`) are not offered.
      const handout = { perPage, notes: true };
      return { ok: true, findings: deckFindings(await this.deck(file, text), {}, { handout, otherLayouts: false }) };
    } catch (error) {
      const findings: Finding[] =
        error instanceof OutlineError
          ? problemFindings(error)
          : [
              {
                severity: 'error',
                file: displayPath(file),
                code: 'outline',
                message: String((error as Error).message ?? error),
              },
            ];
      return { ok: false, findings };
    }
  }
}

/** The text each slide's blocks show, by the blocks' list: a slide the plan kept from the last keystroke keeps its
 *  blocks, so the 120 slides' texts are not walked and joined again at each one. */
const shownTexts = new WeakMap<readonly Block[], string>();

function slideInfo(slide: Slide): SlideInfo {
  const blocks = 'blocks' in slide ? slide.blocks : undefined;
  let body = blocks ? shownTexts.get(blocks) : '';
  if (body === undefined) {
    body = blocks!.map(blockText).join('\n');
    shownTexts.set(blocks!, body);
  }
  const shown = [
    slide.title,
    ...(blocks?.length ? [body] : []),
    ...(slide.kind === 'quote' ? [slide.quote.text] : []),
  ].join('\n');
  return {
    number: slide.number,
    kind: slide.kind,
    title: slide.title,
    line: slide.line,
    shown,
    ...(slide.notes ? { notes: slide.notes.text } : {}),
  };
}

/** Whether two slides' details are the same (what was sent as JSON: the same fields, the same values). */
function sameInfo(a: SlideInfo, b: SlideInfo): boolean {
  return (
    a.number === b.number &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.line === b.line &&
    a.shown === b.shown &&
    a.notes === b.notes
  );
}

function blockText(block: Block): string {
  const points = (list: Point[]): string[] => list.flatMap((point) => [point.text, ...points(point.points)]);
  return block.kind === 'points' ? points(block.points).join('\n') : block.text;
}
