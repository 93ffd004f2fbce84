// The package's zip container, every entry DEFLATEd by Node's own zlib. The zip libraries (JSZip, fflate) deflate in
// JavaScript: at 480 slides that took 0.6 s of the PowerPoint's second; zlib does it natively in a fraction of that.
// The container is the plain one of APPNOTE 6.3 (no ZIP64: a deck stays far below 4 GB and 65,535 parts).
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00, the earliest DOS date: parts carry no time, so the same deck makes the same bytes. */
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** The zip of `entries`, each taken only when it is compressed (so the caller can make it then and let it go);
 *  `turn` is awaited every 64 entries, to let other work of the process run. */
export async function zip(entries: Iterable<ZipEntry>, turn: () => Promise<void>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const { name, data } of entries) {
    count += 1;
    const fileName = Buffer.from(name, 'utf8');
    // A window and hash table no larger than the part needs: most parts are a few kilobytes, and zlib's state for
    // each is set up anew.
    const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 1))));
    // Copied out: zlib hands back a view of its 16 KB output chunk, which a 2 KB part would otherwise keep whole
    // (some 30 MB at 480 slides).
    const compressed = Buffer.from(deflateRawSync(data, { level: 6, windowBits, memLevel: data.length < 16384 ? 6 : 8 }));
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
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
    chunks.push(local, fileName, compressed);
    central.push(header, fileName);
    offset += local.length + fileName.length + compressed.length;
    if (chunks.length % 192 === 0) await turn();
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
