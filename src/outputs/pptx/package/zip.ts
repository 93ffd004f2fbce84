// The package's zip container, every entry DEFLATEd by Node's own zlib as it is added, in the calling thread. (The
// zip libraries, JSZip and fflate, deflate in JavaScript. A worker thread cost a second V8 instance, 40–50 MB of the
// process's peak; zlib's asynchronous calls cost two to three times the CPU of the synchronous ones for a deck's two
// thousand small parts (a stream set up and torn down for each: 290–570 ms against 90–170 ms for the 480-slide
// deck's parts), and a part waiting for its turn was held uncompressed. A part is compressed in well under a
// millisecond: laid out and written slide by slide, the process holds only what is compressed.) The container is
// the plain one of APPNOTE 6.3 (no ZIP64: a deck stays far below 4 GB and 65,535 parts).
import { crc32, deflateRawSync } from 'node:zlib';
import type { ZlibOptions } from 'node:zlib';

/** 1980-01-01 00:00, the earliest DOS date: parts carry no time, so the same deck makes the same bytes. */
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

interface Compressed {
  compressed: Uint8Array;
  crc: number;
  size: number;
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

export class ZipWriter {
  private readonly names: string[] = [];
  private readonly entries = new Map<string, Compressed>();
  private closed = false;

  /** Compresses `data` as entry `name`. */
  add(name: string, data: Uint8Array): void {
    if (this.entries.has(name)) throw new Error(`${name} is in the zip already`);
    if (this.closed) return;
    this.names.push(name);
    this.entries.set(name, { compressed: deflateRawSync(data, options(data)), crc: crc32(data), size: data.length });
  }

  /** Lets the entries go (when the package is abandoned half made: nothing more is compressed). */
  close(): void {
    this.closed = true;
    this.entries.clear();
  }

  /** The zip: the entries named in `first` first (in that order), then the others as they were added. */
  bytes(first: string[] = []): Uint8Array {
    const order = [...first, ...this.names.filter((name) => !first.includes(name))];
    const entries = order.map((name) => this.entries.get(name)!);
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
      local.writeUInt32LE(entries[i]!.size, 22);
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
