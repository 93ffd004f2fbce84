// Puppeteer connected to a browser we started, through the pipe it was started with (`--remote-debugging-pipe`):
// the DevTools protocol as JSON messages each ended by a NUL byte, our writes on fd 3 and its answers on fd 4.
// Puppeteer's own pipe transport is internal (not among its exports, so free to change in any release); its public
// `connect({ transport })` takes any ConnectionTransport, which is this file's few lines.
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Browser, ConnectionTransport } from 'puppeteer-core';
import { cpuShare } from '../page.ts';

/** How long the browser may take to answer one call, counted as the time limits of page.ts are: wall time by the
 *  share of the cores the machine's load leaves (cpuShare). Past Puppeteer's own limit, which runs on wall time and
 *  would cut off printing a big deck on a loaded machine: each step has a limit of its own, scaled to the deck
 *  (page.ts, timeLimit); this one is the backstop for a browser that stopped answering anything. */
const PROTOCOL_LIMIT_MS = 3_600_000;
/** How often the calls waiting for an answer are counted. */
const COUNT_EVERY_MS = 1_000;

/** The counting of the calls waiting for an answer: `limitMs` of counted time each, `share` the part of a second of
 *  wall time that counts. */
export interface CallLimit {
  limitMs: number;
  share: () => number;
}

/** A call's id, read from the end of the message Puppeteer wrote (JSON.stringify of method, params, id, sessionId). */
const SENT_ID = /"id":(\d+)(?:,"sessionId":"([^"\\]*)")?\}$/;
/** An answer's id, first in what the browser writes. */
const ANSWER_ID = /^\{"id":(\d+)[,}]/;

/** The protocol over two streams: messages written as text and a NUL, read back split at each NUL. A call the
 *  browser does not answer within its limit (counted by the load, CallLimit) is answered here with an error, which
 *  Puppeteer throws where the call was made. */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  #pending: Buffer[] = [];
  #closed = false;
  readonly #write: Writable;
  readonly #read: Readable;
  readonly #limit: CallLimit;
  /** Counted time so far (ms), and the wall time it was last counted at. */
  #counted = 0;
  #countedAt = performance.now();
  /** Each call waiting for an answer: its session, and the counted time it was sent at. */
  readonly #calls = new Map<number, { sessionId: string | undefined; sent: number }>();
  #timer: NodeJS.Timeout | undefined;

  constructor(
    write: Writable,
    read: Readable,
    limit: CallLimit = { limitMs: PROTOCOL_LIMIT_MS, share: () => cpuShare() },
  ) {
    this.#write = write;
    this.#read = read;
    this.#limit = limit;
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
    const sent = SENT_ID.exec(message.slice(-160));
    if (sent) {
      this.#count();
      this.#calls.set(Number(sent[1]), { sessionId: sent[2], sent: this.#counted });
      this.#timer ??= this.#schedule();
    }
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#calls.clear();
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
      const answer = ANSWER_ID.exec(message.slice(0, 32));
      if (answer) this.#calls.delete(Number(answer[1]));
      // One message a turn of the event loop, as Puppeteer's own transports hand them on.
      setImmediate(() => {
        if (!this.#closed) this.onmessage?.(message);
      });
      start = end + 1;
    }
    this.#pending = start < bytes.length ? [bytes.subarray(start)] : [];
  };

  /** Counts the wall time since the last count by the share of the machine it gave. */
  #count(): void {
    const now = performance.now();
    this.#counted += (now - this.#countedAt) * this.#limit.share();
    this.#countedAt = now;
  }

  /** The next count, while calls wait (it never keeps the process alive by itself). */
  #schedule(): NodeJS.Timeout {
    return setTimeout(this.#check, Math.min(COUNT_EVERY_MS, this.#limit.limitMs)).unref();
  }

  /** Answers with an error every call that has waited its limit; counts again later while any still waits. */
  readonly #check = (): void => {
    this.#timer = undefined;
    if (this.#closed) return;
    this.#count();
    for (const [id, call] of this.#calls) {
      if (this.#counted - call.sent < this.#limit.limitMs) continue;
      this.#calls.delete(id);
      const seconds = Math.round(this.#limit.limitMs / 1000);
      const error = { code: -32000, message: `no answer within ${seconds} s (counted by the machine's load)` };
      this.onmessage?.(JSON.stringify({ id, error, ...(call.sessionId ? { sessionId: call.sessionId } : {}) }));
    }
    if (this.#calls.size > 0) this.#timer = this.#schedule();
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
  // No limit of Puppeteer's own on one call (0): it would count wall time, and cut off printing a big deck on a loaded
  // machine. The transport's limit counts the load (PROTOCOL_LIMIT_MS), and each step has one of its own, scaled to
  // the deck (page.ts, timeLimit).
  const connecting = puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: 0 });
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
