// The build, pdf, handout, script, deck and pptx commands: options in, one call to the outputs stage, a line per output.
import path from 'node:path';
import { formatBytes, outlinesToBuild } from './outlines.ts';
import { printLine, progress } from './progress.ts';
import { displayPath, distDirFor } from '../files/project.ts';
import { makeOutputs } from '../outputs/index.ts';
import type { OutputReporter, PaperOutput } from '../outputs/index.ts';
import type { HandoutOptions } from '../deck/handout-layout.ts';
import type { Naming } from '../files/output-names.ts';
import type { PdfOutput } from '../outputs/pdf/save.ts';
import type { PptxFile } from '../outputs/pptx/file.ts';
import type { PictureOptions, PicturesOutput } from '../outputs/pictures/folder.ts';
import { say } from '../messages/index.ts';
import { fitFindings } from '../check/fit.ts';
import { formatFinding, inFileOrder } from '../check/findings.ts';
import { glyphFindings } from '../check/glyphs.ts';
import { coverageOf } from '../fonts/coverage.ts';

export type { PaperOutput };

export interface DeckCommandOptions {
  /** The PDFs to write after building; none for `build`. */
  outputs: PaperOutput[];
  handout?: HandoutOptions;
  /** The pictures' size and kind (`png`). */
  pictures?: PictureOptions;
  /** `--out`: the folder for every output, instead of `dist/` in each outline's project. */
  out?: string;
  /** Write each deck's PowerPoint too (`deck`). */
  pptx?: boolean;
  /** How the outputs are named (files/output-names.ts). */
  naming?: Naming;
  /** `--all`: every outline in slides/, not only the one worked on last. */
  all?: boolean;
}

export async function deckCommand(named: string[], options: DeckCommandOptions): Promise<number> {
  const request = {
    outlines: await outlinesToBuild(named, { all: options.all === true }),
    dist: (outline: string) => distDirFor(outline, options.out),
    outputs: options.outputs,
    pptx: options.pptx === true,
  };
  await makeOutputs(
    {
      ...request,
      ...(options.handout ? { handout: options.handout } : {}),
      ...(options.pictures ? { pictures: options.pictures } : {}),
      ...(options.naming ? { naming: options.naming } : {}),
    },
    terminal,
  );
  return 0;
}

/** What the terminal shows: a progress line while a step runs, then one line per output on stdout. */
export const terminal: OutputReporter = {
  step(label, work) {
    const step = progress(label);
    return step.run(work((phase) => step.phase(phase)));
  },
  deckWritten(deck) {
    report(
      displayPath(deck.indexHtml),
      say('deckWritten', deck.deck.plan.slides.length, deck.size.files, formatBytes(deck.size.bytes)),
    );
    // The slides set smaller or continued so that nothing is cut off: said at the outline's line, as `check` says them.
    const glyphs = glyphFindings(deck.deck, coverageOf(deck.fonts));
    for (const finding of inFileOrder([...fitFindings(deck.deck.plan, deck.deck.outline.file), ...glyphs]))
      printLine(process.stderr, `speechdeck: ${formatFinding(finding)}\n`);
  },
  oneFileWritten(deck, file) {
    report(displayPath(file.path), say('oneFileWritten', deck.deck.plan.slides.length, formatBytes(file.bytes)));
  },
  pdfWritten: reportPdf,
  picturesWritten: reportPictures,
  pptxWritten: reportPptx,
};

export function reportPictures(pictures: PicturesOutput): void {
  report(
    `${displayPath(pictures.path)}${path.sep}`,
    say('picturesWritten', pictures.count, pictures.width, pictures.height, formatBytes(pictures.bytes)),
  );
  for (const part of pictures.long)
    report(displayPath(part.path), say('longImageWritten', part.width, part.height, formatBytes(part.bytes)));
}

export function reportPdf(pdf: PdfOutput): void {
  report(displayPath(pdf.path), say('pdfWritten', pdf.pages, formatBytes(pdf.bytes), pdf.detail ?? ''));
  for (const warning of pdf.warnings ?? [])
    printLine(process.stderr, `speechdeck: ${displayPath(pdf.path)}: ${warning}\n`);
}

export function reportPptx(pptx: PptxFile): void {
  report(displayPath(pptx.path), say('pptxWritten', pptx.slides, formatBytes(pptx.bytes)));
  for (const warning of pptx.warnings) printLine(process.stderr, `speechdeck: ${displayPath(pptx.path)}: ${warning}\n`);
}

/** One line per output on stdout: its path, then what it holds. */
export function report(file: string, detail: string): void {
  printLine(process.stdout, `${file}  ${detail}\n`);
}
