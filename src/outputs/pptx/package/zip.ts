// The package's zip container, every entry DEFLATEd by Node's own zlib on its thread pool: an entry is compressed
// while the next slides are laid out, on the machine's other cores. (The zip libraries, JSZip and fflate, deflate in
// JavaScript on the main thread: at 480 slides that took 0.6 s of the PowerPoint's second.) The container is the
// plain one of APPNOTE 6.3 (no ZIP64: a deck stays far below 4 GB and 65,535 parts).
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

/** 1980-01-01 00:00, the earliest DOS date: parts carry no time, so the same deck makes the same bytes. */
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

interface Entry {
  name: Buffer;
  compressed: Buffer;
  crc: number;
  size: number;
}

async function compress(name: string, data: Uint8Array): Promise<Entry> {
  // A window and hash table no larger than the part needs: most parts are a few kilobytes, and zlib's state for each
  // is set up anew.
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 1))));
  const crc = crc32(data);
  // Copied out: zlib hands back a view of its 16 KB output chunk, which a 2 KB part would otherwise keep whole.
  const compressed = Buffer.from(await deflate(data, { level: 6, windowBits, memLevel: data.length < 16384 ? 6 : 8 }));
  return { name: Buffer.from(name, 'utf8'), compressed, crc, size: data.length };
}

export class ZipWriter {
  private readonly entries = new Map<string, Promise<Entry>>();

  /** Starts compressing `data` as entry `name`; the caller may let `data` go. */
  add(name: string, data: Uint8Array): void {
    if (this.entries.has(name)) throw new Error(`${name} is in the zip already`);
    this.entries.set(name, compress(name, data));
  }

  /** The zip: the entries named in `first` first (in that order), then the others as they were added. */
  async bytes(first: string[] = []): Promise<Uint8Array> {
    const order = [...first, ...[...this.entries.keys()].filter((name) => !first.includes(name))];
    const entries = await Promise.all(order.map((name) => this.entries.get(name)!));
    const chunks: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const { name, compressed, crc, size } of entries) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed: deflate
      local.writeUInt16LE(UTF8_NAMES, 6);
      local.writeUInt16LE(8, 8); // method: deflate
      local.writeUInt16LE(0, 10); // time
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressed.length, 18);
      local.writeUInt32LE(size, 22);
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
    }
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
