// What every output of a deck is to the orchestrator (index.ts): a name, what it is made from (the loaded outline,
// the written deck folder, or the browser printing that folder), what it replaces, the words it prints, how it is
// made and what the terminal says of it. Each output is one file beside this one, registered in list.ts.
import type { Browser } from 'puppeteer-core';
import type { LoadedDeck } from '../load/index.ts';
import type { OutputPaths } from '../files/output-names.ts';
import type { FontFace } from '../fonts/index.ts';
import type { MessageKey } from '../messages/index.ts';
import type { SlideMeasure } from '../check/layout.ts';
import type { WrittenDeck } from './deck/folder.ts';
import type { KeptOutputs } from './kept.ts';
import type { HandoutOptions } from './pdf/handout-html.ts';
import type { PictureOptions } from './pictures/folder.ts';

/** What a run asks of its outputs beyond their names: the handout's layout, the pictures' size and kind. */
export interface OutputSettings {
  handout?: HandoutOptions;
  pictures?: PictureOptions;
}

/** What the terminal says of one thing made: its path (a folder's with `folder`), what it holds, and warnings. */
export interface Told {
  path: string;
  detail: string;
  folder?: boolean;
  warnings?: readonly string[];
}

/** What making an output measured on the way, for the findings (check/verdict.ts). */
export interface Measures {
  /** The handout's slides whose notes were cut to fit their room. */
  notesCut?: number[];
  /** Every slide as the page that printed it measured it. */
  slides?: SlideMeasure[];
}

/** What an output replaces among a deck's paths, checked for the whole run before anything is written. */
interface Replaces {
  files?: string[];
  /** Folders replaced whole, only when all they hold is ours (the pictures). */
  folders?: string[];
  /** The deck folder, with its own marker of what speechdeck wrote (files/deck-folder.ts). */
  deckDir?: string;
}

/** What every output of one deck is given. */
export interface OutputJob {
  deck: LoadedDeck;
  paths: OutputPaths;
  settings: OutputSettings;
  /** Every output made of this deck in this run (the slides PDF and the handout share a page when both are). */
  alongside: readonly Output[];
  onPhase: (phase: string) => void;
}

/** One printed output of one deck, in one page of the run's browser. */
export interface PrintJob extends OutputJob {
  browser: Browser;
  written: WrittenDeck;
  /** Work two outputs of this deck share, started by whichever asks first. */
  shared<T>(key: string, start: () => T): T;
  /** What the run keeps from one export to the next (the editor's): the deck's page, the handout's sheets. */
  kept?: KeptOutputs;
  /** Says the output needs the browser no more (its pages closed), while it goes on in Node: once every output of the
   *  run's last deck has said so or is made, the browser is closed. An output that never says it is done with it when
   *  made. */
  doneWithBrowser(): void;
}

interface OutputBase<Name extends string, Made> {
  /** The name a command asks for it by. */
  name: Name;
  /** What the progress line and messages call it. */
  label: MessageKey;
  /** The deck folder, which the outputs of the folder and the browser are made from. */
  folder?: boolean;
  replaces: (paths: OutputPaths, settings: OutputSettings) => Replaces;
  /** What the terminal says of what was made. */
  told(made: Made): Told[];
  /** What making it measured (a PDF's page layout). */
  measures?(made: Made): Measures;
}

/** The deck folder: made first, from the loaded outline; every output of the folder or the browser is made from it. */
export interface FolderOutput<Name extends string = string> extends OutputBase<Name, WrittenDeck> {
  from: 'outline';
  browser: false;
  folder: true;
  make: (job: OutputJob) => Promise<WrittenDeck>;
}

/** An output Node writes from the loaded outline alone (the PowerPoint): while the browser prints, if any, and
 *  reported after what it printed. */
export interface OutlineOutput<Made, Name extends string = string> extends OutputBase<Name, Made> {
  from: 'outline';
  browser: false;
  folder?: false;
  make: (job: OutputJob) => Promise<Made>;
}

/** An output Node writes from the written deck folder (the one-file deck): as soon as the folder is written, beside
 *  the printing, and reported before what the browser prints. */
export interface WrittenOutput<Made, Name extends string = string> extends OutputBase<Name, Made> {
  from: 'folder';
  browser: false;
  make: (job: OutputJob & { written: WrittenDeck }) => Promise<Made>;
}

/** An output the browser prints from the deck folder (a PDF, the pictures): at once with the deck's others. */
export interface PrintedOutput<Made, Name extends string = string> extends OutputBase<Name, Made> {
  from: 'folder';
  browser: true;
  /** Words it prints besides the deck's own: the deck's fonts are cut to hold them too. */
  characters?: (deck: LoadedDeck, settings: OutputSettings) => string[];
  /** Faces it prints in besides the slides' (the script's serif): cut with the deck's, while the browser starts. */
  faces?: readonly FontFace[];
  /** Loads its code (called while the browser starts, when Node is idle). */
  load: () => Promise<unknown>;
  /** Everything its file is made from, as one text: where a run keeps its outputs (the editor's, kept.ts), the same
   *  text and its file as written mean it need not be made again. */
  inputs?: (job: PrintJob) => Promise<string>;
  make: (job: PrintJob) => Promise<Made>;
}

/** An output of any kind, as the list holds them (`told` and `measures` are methods: they take what `make` made). */
export type Output = FolderOutput | OutlineOutput<unknown> | WrittenOutput<unknown> | PrintedOutput<unknown>;
