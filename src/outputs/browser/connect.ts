// Puppeteer connected to a browser we started, through the pipe it was started with (`--remote-debugging-pipe`):
// the DevTools protocol as JSON messages each ended by a NUL byte, our writes on fd 3 and its answers on fd 4.
// Puppeteer's own pipe transport is internal (not among its exports, so free to change in any release); its public
// `connect({ transport })` takes any ConnectionTransport, which is this file's few lines.
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Browser, ConnectionTransport } from 'puppeteer-core';

/** The protocol over two streams: messages written as text and a NUL, read back split at each NUL. */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  #pending: Buffer[] = [];
  #closed = false;
  readonly #write: Writable;
  readonly #read: Readable;

  constructor(write: Writable, read: Readable) {
    this.#write = write;
    this.#read = read;
    read.on('data', this.#receive);
    read.on('close', this.#ended);
    // A broken pipe shows as the browser's end (its exit is watched); the error itself says nothing more.
    read.on('error', ignore);
    write.on('error', ignore);
  }

  send(message: string): void {
    if (this.#closed) throw new Error('the connection to the browser is closed');
    this.#write.write(message);
    this.#write.write('\0');
  }

  close(): void {
    this.#closed = true;
    this.#read.off('data', this.#receive);
    this.#read.off('close', this.#ended);
  }

  readonly #receive = (chunk: Buffer): void => {
    if (!chunk.includes(0)) {
      this.#pending.push(chunk);
      return;
    }
    // Split as bytes, decoded whole: a character may be cut between two chunks.
    const bytes = this.#pending.length ? Buffer.concat([...this.#pending, chunk]) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(0); end >= 0; end = bytes.indexOf(0, start)) {
      const message = bytes.toString('utf8', start, end);
      // One message a turn of the event loop, as Puppeteer's own transports hand them on.
      setImmediate(() => {
        if (!this.#closed) this.onmessage?.(message);
      });
      start = end + 1;
    }
    this.#pending = start < bytes.length ? [bytes.subarray(start)] : [];
  };

  readonly #ended = (): void => {
    this.onclose?.();
  };
}

function ignore(): void {}

/** The browser never answered: it runs, but takes no orders (a policy may forbid remote control). */
export class NoAnswer extends Error {
  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s`);
  }
}

/** Puppeteer connected to `child` once the browser answers; an error if it ends first (`ended`, with the last
 *  words it `said`), or a NoAnswer if it says nothing within `timeoutMs`. */
export async function connectOverPipe(
  child: ChildProcess,
  ended: Promise<Error>,
  said: () => string,
  timeoutMs: number,
): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
  // Past Puppeteer's own limit on one call, which would cut off printing a big deck: each step has a limit of its
  // own, scaled to the deck (page.ts, timeLimit).
  const connecting = puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: 3_600_000 });
  // Once we give up, the connection fails too (the browser is killed): nobody waits for it any more.
  connecting.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(Math.round(timeoutMs / 1000))), timeoutMs);
  });
  const end = ended.then((error): never => {
    const words = said();
    throw new Error(words ? `${error.message}: ${words}` : error.message);
  });
  // The browser ends later anyway, when it is closed: that is no error then.
  end.catch(() => undefined);
  try {
    return await Promise.race([connecting, end, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
