// The meeting command: the organiser's bundle from meeting.yaml. Every talk is read and checked; a talk that fails (a
// bad outline, an unreadable file) is named with its file and line and left out, the others are still made, and the
// command then exits 1. Writes dist/<meeting>/<meeting>.pdf (the bound PDF) and prints the programme's summary:
// each talk's timing against its slot and its check findings.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { EXIT, failureOf } from './failure.ts';
import { formatBytes } from './outlines.ts';
import { printLine, progress } from './progress.ts';
import { report, tell } from './deck.ts';
import { toldPptx } from '../outputs/powerpoint.ts';
import { parseMeeting } from '../meeting/file.ts';
import type { Meeting, Talk } from '../meeting/file.ts';
import { loadDeck } from '../load/index.ts';
import type { LoadedDeck } from '../load/index.ts';
import { OutlineError } from '../outline/error.ts';
import { displayPath } from '../files/project.ts';
import { countFindings, deckFindings, formatFinding } from '../check/index.ts';
import { language, say } from '../messages/index.ts';
import { trace } from '../trace.ts';
import { launchEarly } from '../outputs/browser/early.ts';
import { keepPages } from '../outputs/browser/launch.ts';
import type { EarlyBrowser } from '../outputs/browser/early.ts';
import { deckCharacters, writeDeck } from '../outputs/deck/folder.ts';
import { characterSet } from '../fonts/text.ts';
import { SLIDE_FACES } from '../fonts/index.ts';
import { subsetFaces } from '../fonts/subset.ts';
import { DEFAULT_HANDOUT } from '../deck/handout-layout.ts';
import { exportHandout } from '../outputs/pdf/handout.ts';
import { exportSlidesPdf } from '../outputs/pdf/slides.ts';
import { deckBookmarks } from '../outputs/pdf/bookmarks.ts';
import { frontMatterWords, writeBoundPdf } from '../outputs/meeting/bound.ts';
import { handoutPdf } from '../outputs/handout-pdf.ts';
import type { BoundTalk } from '../outputs/meeting/bound.ts';
import { standInPdf } from '../outputs/meeting/stand-in.ts';
import { withScratchFolder } from '../files/scratch.ts';
import { writeOneFile } from '../outputs/deck/one-file.ts';
import { SharedFonts, deckJson } from '../outputs/meeting/deck-html.ts';
import { writeMeetingDeck } from '../outputs/meeting/deck-file.ts';
import type { StoredDeckTalk } from '../outputs/meeting/deck-file.ts';
import type { Position } from '../outline/types.ts';
import { writeMeetingPptx } from '../outputs/meeting/powerpoint.ts';
import { loadTemplate } from '../outputs/pptx/template/file.ts';
import { templateVariables } from '../outputs/pptx/template/colours.ts';
import type { MeetingPptxTalk } from '../outputs/meeting/powerpoint.ts';

/** A talk read: its deck, or the pages of the file sent, or why it failed (already said). */
type ReadTalk =
  | { talk: Talk; deck: LoadedDeck }
  | { talk: Talk; sent: Uint8Array; pages: number; title: string; speaker?: string }
  | { talk: Talk; failed: true; title: string; speaker?: string };

export async function meetingCommand(meetingFile: string): Promise<number> {
  // Each talk made leaves some tens of MB of garbage (its one-file deck as text, its PDFs' bytes) while what stays
  // alive is about 30 MB; V8 would let its heap grow to 3–4× what it kept at its last collection before collecting
  // again, which made the meeting's peak (30 talks: 180–200 MB) twice one talk's `deck`. Growing it by a fifth at
  // a time holds the peak near 120 MB, for about 2 s more of collecting at 30 talks (docs/share.md, "Scale").
  v8.setFlagsFromString('--heap-growing-percent=20');
  const file = path.resolve(meetingFile);
  const shown = displayPath(file);
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw OutlineError.about(shown, say('meetingSentUnreadable', shown, error.code ?? error.message));
  });
  const meeting = parseMeeting(text, shown);
  // The browser starts now, while the talks are read and checked and the fonts cut (with many talks, longer than its
  // start), as `deck`'s does.
  const early = launchEarly();
  try {
    return await makeMeeting(meeting, file, shown, early);
  } finally {
    await early.cancel();
  }
}

/** The meeting's outputs, its summary printed; the exit code. */
async function makeMeeting(meeting: Meeting, file: string, shown: string, early: EarlyBrowser): Promise<number> {
  const base = path.dirname(file);
  const name = path.basename(file).replace(/\.(ya?ml)$/i, '');
  const dist = path.join(base, 'dist', name);
  const template = meeting.template ? await meetingTemplate(meeting.template, base, shown) : undefined;
  const read: ReadTalk[] = [];
  for (const talk of meeting.talks) read.push(await readTalk(talk, base, shown));
  // The meeting's template is every talk's: over a talk's own, in its PowerPoint, deck and paper.
  if (template) for (const item of read) if ('deck' in item) useTemplate(item.deck, template);
  await withScratchFolder('speechdeck-meeting-', async (scratch) => {
    const decks: StoredDeckTalk[] = [];
    const slides: MeetingPptxTalk[] = [];
    // The fonts cut once for the whole meeting: every talk's deck holds the same cut, of every talk's characters and
    // those its handout and the bound PDF's cover and contents show, so that their paper finds its fonts cut already.
    const characters = characterSet([
      ...read.flatMap((item) => ('deck' in item ? [deckCharacters(item.deck, paperWords(item.deck, meeting))] : [])),
      ...frontMatterWords(meeting, read.map(who)),
    ]);
    // Cut before the talks start, so that talks made at once find the cut in the cache instead of each making it.
    await subsetFaces(SLIDE_FACES, characters);
    trace('meeting: fonts cut');
    const fonts = new SharedFonts();
    const bound = await early.use(async (browser) => {
      // A page done with is kept for the next talk: a window, and its renderer, started once for each talk at work at
      // once rather than once for each of the meeting's talks (docs/share.md, "Scale").
      keepPages(browser);
      // Talks made at once, one page of the one browser each, one more than there are cores: each talk's print runs
      // in its own renderer, and Node builds one talk's folder while the others print. Their parts are gathered in
      // the programme's order.
      const made = await inOrder(read, TALKS_AT_ONCE(), async (item, index) => {
        if (!('deck' in item)) return undefined;
        const label = say(
          'step',
          displayPath(item.deck.outlinePath),
          say(meeting.bound === 'slides' ? 'slidesPdf' : 'handout'),
        );
        return progress(label).run(
          (async () => {
            const built = await writeDeck(item.deck, path.join(scratch, String(index)), { characters });
            const oneFile = await writeOneFile(built, path.join(scratch, `${index}.html`));
            // the deck without its fonts (one copy of them for the meeting), put in a file until the meeting's deck
            // is written, as the PDF is until it is bound: no talk's outputs held while the others are made
            const deckFile = path.join(scratch, `${index}.deck.json`);
            await fs.writeFile(deckFile, deckJson(fonts.cut(await fs.readFile(oneFile.path, 'utf8'))));
            const target = path.join(scratch, `${index}.pdf`);
            const printed =
              meeting.bound === 'slides'
                ? await exportSlidesPdf(browser, built, target)
                : // the bound volume numbers its pages across the whole: a talk's own "第 1 页 / 共 7 页" would be a second number
                  await exportHandout(browser, built, target, { ...DEFAULT_HANDOUT, pageNumbers: false });
            return { deckFile, pdf: target, pages: printed.pages };
          })(),
        );
      });
      const talks: BoundTalk[] = [];
      for (const [index, item] of read.entries()) {
        if ('deck' in item) {
          // Made for every deck: a talk that failed to print has failed the command (as one made alone did).
          const talkMade = made[index]!;
          const { plan } = item.deck;
          decks.push({ ...who(plan.meta), deckFile: talkMade.deckFile });
          slides.push({ ...who(plan.meta), deck: item.deck });
          talks.push({
            title: plan.meta.title,
            ...(plan.meta.speaker ? { speaker: plan.meta.speaker } : {}),
            pdf: talkMade.pdf,
            pages: talkMade.pages,
            outline: deckBookmarks(plan, () => ({ page: 0 })),
          });
        } else if ('sent' in item) {
          talks.push({
            title: item.title,
            ...(item.speaker ? { speaker: item.speaker } : {}),
            pdf: item.sent,
            pages: item.pages,
          });
          const sentFile = path.basename(item.talk.kind === 'file' ? item.talk.file : '');
          decks.push({ ...who(item), sentFile });
          slides.push({ ...who(item), sentFile });
        } else talks.push({ title: item.title, ...(item.speaker ? { speaker: item.speaker } : {}) });
      }
      const deckFile = path.join(dist, `${name}.html`);
      const bytes = await writeMeetingDeck(deckFile, meeting, decks, fonts.fonts);
      report(displayPath(deckFile), say('meetingDeckWritten', decks.length, formatBytes(bytes)));
      trace('meeting: deck written');
      const target = path.join(dist, `${name}.pdf`);
      return progress(say('step', name, say('boundPdf'))).run(
        writeBoundPdf(browser, meeting, talks, target, say('step', name, say('boundPdf')), characters),
      );
    });
    report(displayPath(bound.path), say('pdfWritten', bound.pages, formatBytes(bound.bytes), ''));
    trace('meeting: bound PDF written');
    const pptxFile = path.join(dist, `${name}.pptx`);
    tell([
      toldPptx(
        await progress(say('step', name, say('powerPoint'))).run(
          writeMeetingPptx(meeting, slides, pptxFile, new Date(), template?.read),
        ),
      ),
    ]);
  });
  printSummary(read);
  return read.some((item) => 'failed' in item) ? EXIT.user : EXIT.ok;
}

/** How many talks are made at once: one a core (two at least) and one more, so that Node's part of a talk (its
 *  folder, its one-file deck, its slides placed on the sheets) runs while the others print: 30 × 20 on 2 cores,
 *  alternated, three at once were faster than two in each of three rounds, for the same CPU and a Node peak of 1.30×
 *  one talk's `deck` (docs/share.md, "Scale"). SPEECHDECK_MEETING_TALKS sets the number, for measuring. */
const TALKS_AT_ONCE = (asked = Number(process.env.SPEECHDECK_MEETING_TALKS)) =>
  Number.isInteger(asked) && asked > 0 ? asked : Math.max(2, availableParallelism()) + 1;

/** `work` on each item, at most `limit` at once, started in order; the results in the items' order. The first
 *  failure is thrown once the work under way has ended (no page left printing behind a closed browser). */
async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failed) throw failed.error;
  return results;
}

/** The meeting file's `template:`, read; a file that is not there, or not a template we take, is named at its line. */
async function meetingTemplate(
  setting: { file: string; at: Position },
  base: string,
  shown: string,
): Promise<NonNullable<LoadedDeck['template']>> {
  const file = path.resolve(base, setting.file);
  const found = await fs.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  );
  if (!found) throw OutlineError.at(shown, setting.at, say('templateMissing', setting.file), say('templateFix'));
  return { file, read: await loadTemplate(file, { file: shown, at: setting.at }) };
}

/** A talk's deck on the meeting's template: its colours, its emblem where the talk has no logo of its own. */
function useTemplate(deck: LoadedDeck, template: NonNullable<LoadedDeck['template']>): void {
  deck.template = template;
  const meta = deck.plan.meta;
  meta.colours = Object.fromEntries(templateVariables(template.read));
  const { logo } = template.read;
  if (logo && !meta.logo) {
    meta.logo = `data:${logo.mime};base64,${Buffer.from(logo.bytes).toString('base64')}`;
    meta.logoFromTemplate = true;
  }
}

/** A talk's title and speaker, as the meeting deck names it. */
function who(talk: ReadTalk | { title: string; speaker?: string | undefined }): { title: string; speaker?: string } {
  if ('deck' in talk) return who(talk.deck.plan.meta);
  return { title: talk.title, ...(talk.speaker ? { speaker: talk.speaker } : {}) };
}

/** The words a talk's paper in the bound PDF shows besides its slides: its handout's (the slides print in the deck's
 *  own fonts). */
function paperWords(deck: LoadedDeck, meeting: Meeting): string[] {
  return meeting.bound === 'handout' ? (handoutPdf.characters?.(deck, {}) ?? []) : [];
}

/** Reads one talk; a failure is said at once (file and line) and the talk kept, failed, in its place. */
async function readTalk(talk: Talk, base: string, meetingFile: string): Promise<ReadTalk> {
  const named = path.resolve(base, talk.kind === 'outline' ? talk.outline : talk.file);
  try {
    if (talk.kind === 'outline') return { talk, deck: await loadDeck(named) };
    return { talk, ...(await readSent(named, talk)) };
  } catch (error) {
    const failure = failureOf(
      error instanceof OutlineError || talk.kind === 'outline'
        ? error
        : OutlineError.at(meetingFile, talk.at, say('meetingSentUnreadable', displayPath(named), String(error))),
    );
    printLine(process.stderr, failure.text);
    const title = talk.kind === 'file' ? (talk.title ?? path.basename(named)) : path.basename(named);
    const speaker = talk.kind === 'file' ? talk.speaker : undefined;
    return { talk, failed: true, title, ...(speaker ? { speaker } : {}) };
  }
}

/** A sent file's pages: a PDF as it is; a PowerPoint converted by LibreOffice where it is found, else one page
 *  naming the file. */
async function readSent(
  file: string,
  talk: Extract<Talk, { kind: 'file' }>,
): Promise<{ sent: Uint8Array; pages: number; title: string; speaker?: string }> {
  const title = talk.title ?? path.basename(file).replace(/\.[^.]+$/, '');
  const speaker = talk.speaker ? { speaker: talk.speaker } : {};
  const extension = path.extname(file).toLowerCase();
  let bytes: Uint8Array;
  if (extension === '.pdf') bytes = await fs.readFile(file);
  else if (extension === '.pptx') bytes = await convertedPptx(file);
  else throw OutlineError.about(displayPath(file), say('meetingSentFile', displayPath(file)));
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return { sent: bytes, pages: doc.getPageCount(), title, ...speaker };
}

/** LibreOffice's PDF of a PowerPoint; without LibreOffice, a page naming the file. */
async function convertedPptx(file: string): Promise<Uint8Array> {
  await fs.access(file);
  const soffice = ['soffice', 'libreoffice'].find(
    (name) => spawnSync(name, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0,
  );
  const converted =
    soffice &&
    (await withScratchFolder('speechdeck-sent-', async (out) => {
      const run = spawnSync(
        soffice,
        // A file URL LibreOffice reads on every system (a Windows path needs file:///C:/…, not file://C:\…).
        [
          `-env:UserInstallation=${pathToFileURL(path.join(out, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          file,
        ],
        { stdio: 'ignore', timeout: 300_000 },
      );
      const pdf = path.join(out, `${path.basename(file).replace(/\.pptx$/i, '')}.pdf`);
      return run.status === 0 ? await fs.readFile(pdf) : undefined;
    }));
  if (converted) return converted;
  printLine(process.stderr, `speechdeck: ${say('meetingPptxAlone', displayPath(file))}\n`);
  const name = path.basename(file);
  return standInPdf(say('meetingPptxPage', name), name, language() === 'zh' ? 'zh-CN' : 'en');
}

/** The organiser's summary on stdout: each talk, its time against its slot, and its findings. */
function printSummary(read: ReadTalk[]): void {
  printLine(process.stdout, `\n${say('meetingSummary')}\n`);
  for (const [i, item] of read.entries()) {
    let who: string;
    let detail: string;
    if ('deck' in item) {
      const { plan } = item.deck;
      who = [plan.meta.title, plan.meta.speaker].filter(Boolean).join(' · ');
      const minutes = (plan.seconds / 60).toFixed(1);
      const time = say('meetingTime', minutes);
      const slot = item.talk.duration ?? plan.meta.duration;
      const findings = deckFindings(item.deck);
      const counts = countFindings(findings);
      detail = say(
        'meetingDetail',
        slot ? say('meetingSlot', time, slot, plan.seconds > slot * 60) : time,
        say('meetingFindings', counts.error, counts.warning),
      );
      printLine(process.stdout, `${say('meetingTalkLine', i + 1, who, detail)}\n`);
      for (const finding of findings.filter((f) => f.severity !== 'hint'))
        printLine(process.stdout, `   ${formatFinding(finding)}\n`);
      continue;
    }
    who = [item.title, item.speaker].filter(Boolean).join(' · ');
    detail = 'failed' in item ? say('meetingTalkFailed') : say('meetingSentLine', item.pages);
    printLine(process.stdout, `${say('meetingTalkLine', i + 1, who, detail)}\n`);
  }
}
