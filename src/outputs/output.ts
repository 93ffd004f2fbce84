// What every output of a deck is to the orchestrator (index.ts): a name, whether the browser prints it, where it goes,
// the words it prints, and how it is made. Each output is one file beside this one, registered in list.ts.
import type { Browser } from 'puppeteer-core';
import type { LoadedDeck } from '../load/index.ts';
import type { OutputPaths } from '../files/output-names.ts';
import type { MessageKey } from '../messages/index.ts';
import type { WrittenDeck } from './deck/folder.ts';
import type { HandoutOptions } from './pdf/handout-html.ts';
import type { PictureOptions } from './pictures/folder.ts';

/** What a run asks of its outputs beyond their names: the handout's layout, the pictures' size and kind. */
export interface OutputSettings {
  handout?: HandoutOptions;
  pictures?: PictureOptions;
}

/** One printed output of one deck, in one page of the run's browser. */
export interface PrintJob {
  browser: Browser;
  deck: WrittenDeck;
  paths: OutputPaths;
  settings: OutputSettings;
  /** The other outputs made of this deck in this run (the slides PDF and the handout share a page when both are). */
  alongside: readonly string[];
  /** Work two outputs of this deck share, started by whichever asks first. */
  shared<T>(key: string, start: () => T): T;
  onPhase: (phase: string) => void;
}

interface OutputBase<Name extends string> {
  /** The name a command asks for it by. */
  name: Name;
  /** What the progress line and messages call it. */
  label: MessageKey;
  /** Where it goes among a deck's outputs. */
  path: keyof OutputPaths;
}

/** An output the browser prints (a PDF): made once the deck's folder is written, at once with the deck's others. */
export interface PrintedOutput<Made, Name extends string = string> extends OutputBase<Name> {
  browser: true;
  /** Words it prints besides the deck's own: the deck's fonts are cut to hold them too. */
  characters?: (deck: LoadedDeck, settings: OutputSettings) => string[];
  /** Loads its code (called while the browser starts, when Node is idle). */
  load: () => Promise<unknown>;
  make: (job: PrintJob) => Promise<Made>;
}

/** An output Node writes from the loaded deck alone (the PowerPoint): written while the browser prints, if any. */
export interface WrittenOutput<Made, Name extends string = string> extends OutputBase<Name> {
  browser: false;
  make: (deck: LoadedDeck, target: string) => Promise<Made>;
}
