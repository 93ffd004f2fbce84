// The package's zip container, every entry DEFLATEd by Node's own zlib on libuv's threads: the parts are compressed
// while the next slides are laid out, on the machine's other core. (The zip libraries, JSZip and fflate, deflate in
// JavaScript. A worker thread did this before: its second V8 instance and the copy of every part posted to it cost
// 40–50 MB of the process's peak. zlib's asynchronous calls, all at once, kept a 16 KB output chunk per waiting part
// and set each of a deck's two thousand small parts up at a cost; two at a time, each with an output chunk of its
// part's size, they keep the memory of two parts.) The container is the plain one of APPNOTE 6.3 (no ZIP64: a deck
// stays far below 4 GB and 65,535 parts).
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import type { ZlibOptions } from 'node:zlib';

/** 1980-01-01 00:00, the earliest DOS date: parts carry no time, so the same deck makes the same bytes. */
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
/** Parts compressed at once: one on each of libuv's threads that the other core can run while this one lays out. */
const AT_ONCE = 2;

interface Compressed {
  compressed: Uint8Array;
  crc: number;
}

/** How a part is compressed: a window and hash table no larger than the part needs (most parts are a few kilobytes),
 *  and an output chunk of about the part's size, so that what zlib hands back holds no unused room. */
function options(data: Uint8Array): ZlibOptions {
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 1))));
  return {
    level: 6,
    windowBits,
    memLevel: data.length < 16384 ? 6 : 8,
    chunkSize: Math.max(64, Math.min(64 * 1024, data.length + 64)),
  };
}

function compressNow(data: Uint8Array): Compressed {
  return { compressed: new Uint8Array(deflateRawSync(data, options(data))), crc: crc32(data) };
}

function compressLater(data: Uint8Array): Promise<Compressed> {
  return new Promise((resolve, reject) =>
    deflateRaw(data, options(data), (error, compressed) =>
      error ? reject(error) : resolve({ compressed: new Uint8Array(compressed), crc: crc32(data) }),
    ),
  );
}

export class ZipWriter {
  private readonly names: string[] = [];
  private readonly sizes = new Map<string, number>();
  private readonly entries = new Map<string, Promise<Compressed> | Compressed>();
  /** Parts waiting for their turn, in the order they were added. */
  private readonly queue: Array<{ name: string; data: Uint8Array; done: (entry: Promise<Compressed>) => void }> = [];
  private running = 0;
  private closed = false;

  /** Starts compressing `data` as entry `name`. */
  add(name: string, data: Uint8Array): void {
    if (this.entries.has(name)) throw new Error(`${name} is in the zip already`);
    this.names.push(name);
    this.sizes.set(name, data.length);
    this.entries.set(name, new Promise<Compressed>((resolve) => this.queue.push({ name, data, done: resolve })));
    this.next();
  }

  /** Starts the next waiting parts, while fewer than AT_ONCE are being compressed. */
  private next(): void {
    while (this.running < AT_ONCE && this.queue.length && !this.closed) {
      const job = this.queue.shift()!;
      this.running++;
      const entry = compressLater(job.data).finally(() => {
        this.running--;
        this.next();
      });
      // a failure is read where the entry is awaited (bytes), never left unhandled
      entry.catch(() => undefined);
      job.done(entry);
    }
  }

  /** Lets the waiting parts go (when the package is abandoned half made: nothing more is compressed). */
  close(): void {
    this.closed = true;
    this.queue.length = 0;
  }

  /** The zip: the entries named in `first` first (in that order), then the others as they were added. */
  async bytes(first: string[] = []): Promise<Uint8Array> {
    const order = [...first, ...this.names.filter((name) => !first.includes(name))];
    // what is still waiting is compressed here, at once, rather than two at a time
    for (const job of this.queue.splice(0)) job.done(Promise.resolve(compressNow(job.data)));
    const entries = await Promise.all(order.map((name) => this.entries.get(name)!));
    const chunks: Uint8Array[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    entries.forEach(({ compressed, crc }, i) => {
      const name = Buffer.from(order[i]!, 'utf8');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed: deflate
      local.writeUInt16LE(UTF8_NAMES, 6);
      local.writeUInt16LE(8, 8); // method: deflate
      local.writeUInt16LE(0, 10); // time
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressed.length, 18);
      local.writeUInt32LE(this.sizes.get(order[i]!)!, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28); // extra field
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4); // made by
      local.copy(header, 6, 4, 30); // the same fields as the local header, from "version needed" to "extra length"
      header.writeUInt16LE(0, 32); // comment
      header.writeUInt16LE(0, 34); // disk
      header.writeUInt16LE(0, 36); // internal attributes
      header.writeUInt32LE(0, 38); // external attributes
      header.writeUInt32LE(offset, 42);
      chunks.push(local, name, compressed);
      central.push(header, name);
      offset += local.length + name.length + compressed.length;
    });
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...chunks, directory, end]);
  }
}
