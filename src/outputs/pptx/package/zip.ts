// The package's zip container, written entry by entry as the parts are made: each part DEFLATEd by Node's own zlib as
// it is added, and its entry handed on at once (to a file, or to the chunks of a package made in memory), so that only
// the central directory's few bytes an entry are held. (A worker thread deflated the parts once: its second V8
// instance and the copy of every part posted to it cost 40–50 MB of the process's peak. Then zlib's asynchronous
// calls, two at a time on libuv's threads: their results were taken in only when the event loop turned, every 16
// slides, two a turn, so a deck's parts waited uncompressed until the package was written, 7 MB at 480 slides and
// 44 MB at 3,000, with every compressed part held until the whole zip was joined in memory.) The container is the plain
// one of APPNOTE 6.3 (no ZIP64: a deck stays far below 4 GB and 65,535 parts).
import { crc32, deflateRawSync } from 'node:zlib';
import type { ZlibOptions } from 'node:zlib';

/** 1980-01-01 00:00, the earliest DOS date: parts carry no time, so the same deck makes the same bytes. */
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

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

/** What the central directory says of an entry. */
interface Entry {
  /** A string, not its bytes: a short Buffer is cut from Node's shared 8 KB pool and keeps all of it alive (a
   *  deck's twelve thousand names held 27 MB at 3,000 slides). */
  name: string;
  nameLength: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts, from the start of its run of entries. */
  offset: number;
}

/** A run of zip entries, each written (`sink`) as it is added: local header, name, deflated data. Runs are put one
 *  after another in the file, and `zipDirectory` ends the file with the central directory of them all. */
export class ZipEntries {
  private readonly entries: Entry[] = [];
  private readonly names = new Set<string>();
  /** Bytes written so far. */
  length = 0;

  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  add(name: string, data: Uint8Array): void {
    if (this.names.has(name)) throw new Error(`${name} is in the zip already`);
    this.names.add(name);
    const compressed = deflateRawSync(data, options(data));
    const nameBytes = Buffer.from(name, 'utf8');
    const entry: Entry = {
      name,
      nameLength: nameBytes.length,
      crc: crc32(data),
      compressedSize: compressed.length,
      size: data.length,
      offset: this.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommonFields(local, 4, entry);
    this.sink(local);
    this.sink(nameBytes);
    this.sink(compressed);
    this.length += local.length + nameBytes.length + compressed.length;
    this.entries.push(entry);
  }

  /** The entries' central directory headers, their offsets moved by `shift` (the bytes of the runs before). */
  headers(shift: number): Buffer[] {
    return this.entries.flatMap((entry) => {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4); // made by
      writeCommonFields(header, 6, entry);
      header.writeUInt16LE(0, 32); // comment
      header.writeUInt16LE(0, 34); // disk
      header.writeUInt16LE(0, 36); // internal attributes
      header.writeUInt32LE(0, 38); // external attributes
      header.writeUInt32LE(entry.offset + shift, 42);
      return [header, Buffer.from(entry.name, 'utf8')];
    });
  }

  get count(): number {
    return this.entries.length;
  }
}

/** The fields a local header and a central directory header share, from "version needed" to "extra length". */
function writeCommonFields(buffer: Buffer, at: number, entry: Entry): void {
  buffer.writeUInt16LE(20, at); // version needed: deflate
  buffer.writeUInt16LE(UTF8_NAMES, at + 2);
  buffer.writeUInt16LE(8, at + 4); // method: deflate
  buffer.writeUInt16LE(0, at + 6); // time
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(entry.crc, at + 10);
  buffer.writeUInt32LE(entry.compressedSize, at + 14);
  buffer.writeUInt32LE(entry.size, at + 18);
  buffer.writeUInt16LE(entry.nameLength, at + 22);
  buffer.writeUInt16LE(0, at + 24); // extra field
}

/** The end of a zip whose entries are `runs`, written one after another from the file's start: the central
 *  directory and its end record. */
export function zipDirectory(runs: readonly ZipEntries[]): Buffer {
  const headers: Buffer[] = [];
  let offset = 0;
  for (const run of runs) {
    headers.push(...run.headers(offset));
    offset += run.length;
  }
  const directory = Buffer.concat(headers);
  const count = runs.reduce((sum, run) => sum + run.count, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([directory, end]);
}
