// The outline file the editor edits: read with its form, saved atomically in that form, and never written over a
// version the page has not seen (another program saved it meanwhile): the page is told and chooses.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { writeFileAtomically } from '../../files/atomic.ts';
import { readOutlineText } from '../../load/index.ts';
import { editedText, fileBytes, outlineForm } from './outline-file.ts';
import type { OutlineForm } from './outline-file.ts';
import type { OutlineHistory, VersionKind } from './history.ts';

/** The file as read: its text for the page, and `base`, which names this version of its bytes. */
export interface ReadOutline {
  text: string;
  base: string;
}

export type SaveResult = { saved: true; base: string } | { saved: false; theirs: ReadOutline };

export interface SaveRequest {
  text: string;
  /** The version the page's text started from. */
  base: string;
  kind: 'save' | 'auto';
  /** "Keep mine": the version on disk the page was shown and chose to replace (it is kept in the history first). */
  replacing?: string;
}

const NO_FILE = 'none';

export class OutlineStore {
  private form: OutlineForm = { encoding: 'utf-8', bom: false, lineEnd: '\n' };
  /** Saves one at a time: two at once would both compare against the same version on disk. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    readonly history: OutlineHistory,
  ) {}

  async read(): Promise<ReadOutline> {
    const bytes = await this.bytes();
    if (bytes === undefined) return { text: '', base: NO_FILE };
    // A file that cannot be read as text: the loader's message, at its line.
    await readOutlineText(this.file);
    this.form = outlineForm(bytes);
    return { text: editedText(bytes), base: versionOf(bytes) };
  }

  save(request: SaveRequest): Promise<SaveResult> {
    const next = this.queue.then(() => this.saveNow(request));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async saveNow(request: SaveRequest): Promise<SaveResult> {
    const onDisk = await this.bytes();
    const current = onDisk === undefined ? NO_FILE : versionOf(onDisk);
    if (current !== request.base) {
      if (request.replacing !== current || onDisk === undefined) return { saved: false, theirs: await this.read() };
      await this.history.keep(onDisk, 'theirs');
    }
    const bytes = fileBytes(request.text, this.form);
    if (onDisk !== undefined && Buffer.compare(bytes, onDisk) === 0) {
      // Nothing to write (an autosave wrote this text a moment ago), but a save the speaker asked for is a version
      // they expect to find in the history.
      if (request.kind === 'save') await this.history.keepSaved(bytes);
      return { saved: true, base: current };
    }
    // Compared again at the last moment: a program that saved the file while this save was on its way (the page's
    // request, the history, the staging write) is not overwritten; the page is shown its version instead.
    const unchanged = () => {
      const now = this.bytesNow();
      return now === undefined ? onDisk === undefined : onDisk !== undefined && Buffer.compare(now, onDisk) === 0;
    };
    if (!(await writeFileAtomically(this.file, bytes, { onlyIf: unchanged })))
      return { saved: false, theirs: await this.read() };
    const kind: VersionKind = request.kind;
    await this.history.keep(bytes, kind);
    return { saved: true, base: versionOf(bytes) };
  }

  private bytesNow(): Buffer | undefined {
    try {
      return readFileSync(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private async bytes(): Promise<Buffer | undefined> {
    try {
      return await fs.readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}

/** A version's name: the hash of its bytes. */
export function versionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}
