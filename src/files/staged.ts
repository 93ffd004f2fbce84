// A file written piece by piece beside its target and renamed into place once whole, as writeFileAtomically writes a
// file held whole: for outputs made of parts too large to hold at once (the meeting's deck and bound PDF). Its writes
// are synchronous, as writeFileAtomically's are, so that a stop that removes the staging file never sees it made
// again by a write still in flight.
import fs from 'node:fs';
import path from 'node:path';
import { naming, renameWhenFree, settled, temporaryPath } from './atomic.ts';

/** Bytes gathered before they go to the file: few writes, little held. */
const FLUSH_AT = 1 << 20;

export class StagedFile {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private bytesWritten = 0;
  private closed = false;

  private constructor(
    private readonly fd: number,
    private readonly staging: string,
    readonly target: string,
  ) {}

  /** A staging file for `target` (its folder made if need be). */
  static open(target: string): StagedFile {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const staging = temporaryPath(target);
    try {
      return new StagedFile(fs.openSync(staging, 'w'), staging, target);
    } catch (error) {
      settled(staging);
      throw naming(error, target);
    }
  }

  /** How many bytes have been written. */
  get length(): number {
    return this.bytesWritten + this.heldBytes;
  }

  write(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    if (this.heldBytes >= FLUSH_AT) this.flush();
  }

  /** What was written so far, as it is on disk now (to read back what was written: `path`). */
  written(): string {
    this.flush();
    return this.staging;
  }

  /** The file renamed into place; on a failure, removed (and the failure names the target). */
  async finish(): Promise<void> {
    try {
      this.flush();
      this.close();
      await renameWhenFree(this.staging, this.target);
      settled(this.staging);
    } catch (error) {
      await this.abandon();
      throw naming(error, this.target);
    }
  }

  /** Closes and removes the unfinished file. */
  async abandon(): Promise<void> {
    this.close();
    await fs.promises.rm(this.staging, { force: true });
    settled(this.staging);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }

  private flush(): void {
    const chunk = Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    try {
      for (let at = 0; at < chunk.length; ) at += fs.writeSync(this.fd, chunk, at);
    } catch (error) {
      throw naming(error, this.target);
    }
    this.bytesWritten += chunk.length;
  }
}
