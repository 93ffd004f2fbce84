// The editor's live connection to each open page (server-sent events), and which page may write: the first page
// on the outline does; another is read-only until it takes over (two pages saving by turns would undo each other).
import type { ServerResponse } from 'node:http';

export type EditorEvent =
  | { type: 'role'; writer: boolean }
  /** The file on disk is now version `base` (a save here, or another program's). */
  | { type: 'disk'; base: string }
  | { type: 'export'; phase: string }
  /** The editor now edits another outline: every page loads it. */
  | { type: 'switched'; file: string };

export class Tabs {
  private readonly pages = new Map<string, ServerResponse>();
  private writer: string | undefined;

  /** A page connects: it is the writer when no other page is. */
  connect(session: string, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    this.pages.set(session, res);
    this.writer ??= session;
    this.send(session, { type: 'role', writer: this.writer === session });
    res.on('close', () => {
      if (this.pages.get(session) !== res) return;
      this.pages.delete(session);
      if (this.writer !== session) return;
      // The page that wrote is gone: the one opened first after it writes now.
      this.writer = this.pages.keys().next().value;
      if (this.writer) this.send(this.writer, { type: 'role', writer: true });
    });
  }

  isWriter(session: string): boolean {
    return this.writer === session || (this.writer === undefined && this.pages.size === 0);
  }

  /** This page writes from now on; the one that did is told it is read-only. */
  takeOver(session: string): void {
    const before = this.writer;
    this.writer = session;
    if (before && before !== session) this.send(before, { type: 'role', writer: false });
    this.send(session, { type: 'role', writer: true });
  }

  broadcast(event: EditorEvent): void {
    for (const session of this.pages.keys()) this.send(session, event);
  }

  send(session: string, event: EditorEvent): void {
    this.pages.get(session)?.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  close(): void {
    for (const res of this.pages.values()) res.end();
    this.pages.clear();
  }
}
