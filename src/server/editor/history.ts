// Saved versions of an outline, kept under `.speechdeck/history/<name>/` in its project: one per save the speaker
// asks for, at most one per five minutes of autosaves, the last 50. Each version is the file's bytes as written.
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeNewFileAtomically } from '../../files/atomic.ts';

const KEPT_VERSIONS = 50;
/** Autosaves come every second of typing pause: one version per this long is enough to go back to. */
const AUTOSAVE_VERSION_MS = 5 * 60_000;

/** Why a version was kept: the speaker saved, an autosave, or the file as another program left it ("keep mine"). */
export type VersionKind = 'save' | 'auto' | 'theirs';

export interface Version {
  id: string;
  /** Milliseconds since 1970. */
  time: number;
  kind: VersionKind;
}

const NAME = /^(\d{13})-(\d{3})-(save|auto|theirs)\.md$/;

export class OutlineHistory {
  private lastAutosave = 0;

  constructor(
    readonly folder: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The folder for an outline: `<project>/.speechdeck/history/<outline's name>`. */
  static folderFor(projectDir: string, outlinePath: string): string {
    return path.join(projectDir, '.speechdeck', 'history', path.basename(outlinePath, path.extname(outlinePath)));
  }

  /** Keeps `bytes` as a version (an autosave only when the last one kept is five minutes old); returns it if kept. */
  async keep(bytes: Uint8Array, kind: VersionKind): Promise<Version | undefined> {
    const time = this.now();
    if (kind === 'auto') {
      if (time - this.lastAutosave < AUTOSAVE_VERSION_MS) return undefined;
      this.lastAutosave = time;
    }
    for (let n = 0; n < 1000; n++) {
      const id = `${String(time).padStart(13, '0')}-${String(n).padStart(3, '0')}-${kind}.md`;
      if (await writeNewFileAtomically(path.join(this.folder, id), bytes)) {
        await this.prune();
        return { id, time, kind };
      }
    }
    return undefined;
  }

  /** Keeps `bytes` as a save the speaker asked for, unless the newest version kept is that same save (Ctrl-S pressed
   *  again on unchanged text keeps one version, not one per press). */
  async keepSaved(bytes: Uint8Array): Promise<Version | undefined> {
    const [newest] = await this.list();
    if (newest?.kind === 'save') {
      const kept = await this.read(newest.id);
      if (kept && Buffer.compare(kept, bytes) === 0) return newest;
    }
    return this.keep(bytes, 'save');
  }

  /** Every version kept, newest first. */
  async list(): Promise<Version[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    return names
      .flatMap((id) => {
        const match = NAME.exec(id);
        return match ? [{ id, time: Number(match[1]), kind: match[3] as VersionKind }] : [];
      })
      .sort((a, b) => b.id.localeCompare(a.id));
  }

  /** A version's bytes; undefined for an id that is not one of ours. */
  async read(id: string): Promise<Buffer | undefined> {
    if (!NAME.test(id)) return undefined;
    return fs.readFile(path.join(this.folder, id)).catch(() => undefined);
  }

  private async prune(): Promise<void> {
    const versions = await this.list();
    for (const old of versions.slice(KEPT_VERSIONS)) await fs.rm(path.join(this.folder, old.id), { force: true });
  }
}
