// The package's zip container, every entry DEFLATEd by Node's own zlib in a worker thread: the parts are compressed
// while the next slides are laid out, on the machine's other core. (The zip libraries, JSZip and fflate, deflate in
// JavaScript; zlib's asynchronous calls cost more in setting up each of a deck's two thousand small parts than they
// save.) The container is the plain one of APPNOTE 6.3 (no ZIP64: a deck stays far below 4 GB and 65,535 parts).
import { Worker } from 'node:worker_threads';
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00, the earliest DOS date: parts carry no time, so the same deck makes the same bytes. */
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

interface Compressed {
  compressed: Uint8Array;
  crc: number;
}

/** How a part is compressed, here or in the worker (the worker's source repeats it, see below). */
function compress(data: Uint8Array): Compressed {
  // A window and hash table no larger than the part needs: most parts are a few kilobytes.
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 1))));
  // Copied out: zlib hands back a view of its 16 KB output chunk, which a 2 KB part would otherwise keep whole.
  const compressed = new Uint8Array(
    deflateRawSync(data, { level: 6, windowBits, memLevel: data.length < 16384 ? 6 : 8 }),
  );
  return { compressed, crc: crc32(data) };
}

/** The worker, as source (a file of its own would not survive the command line's bundling): `compress` again. */
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { crc32, deflateRawSync } = require('node:zlib');
parentPort.on('message', ({ id, data }) => {
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 1))));
  const compressed = new Uint8Array(deflateRawSync(data, { level: 6, windowBits, memLevel: data.length < 16384 ? 6 : 8 }));
  parentPort.postMessage({ id, compressed, crc: crc32(data) }, [compressed.buffer]);
});
`;

export class ZipWriter {
  private readonly names: string[] = [];
  private readonly sizes = new Map<string, number>();
  private readonly entries = new Map<string, Promise<Compressed> | Compressed>();
  private readonly waiting = new Map<number, { resolve: (entry: Compressed) => void; data: Uint8Array }>();
  private worker: Worker | undefined;
  private failed = false;

  /** Starts compressing `data` as entry `name`. */
  add(name: string, data: Uint8Array): void {
    if (this.entries.has(name)) throw new Error(`${name} is in the zip already`);
    this.names.push(name);
    this.sizes.set(name, data.length);
    const worker = this.startWorker();
    if (!worker) {
      this.entries.set(name, compress(data));
      return;
    }
    const id = this.names.length;
    this.entries.set(name, new Promise<Compressed>((resolve) => this.waiting.set(id, { resolve, data })));
    worker.postMessage({ id, data });
  }

  private startWorker(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(WORKER, { eval: true });
      worker.on('message', ({ id, compressed, crc }: { id: number; compressed: Uint8Array; crc: number }) => {
        const job = this.waiting.get(id);
        this.waiting.delete(id);
        job?.resolve({ compressed, crc });
      });
      // Should the worker fail, what it had not done is done here.
      worker.on('error', () => this.fallBack());
      worker.on('exit', () => this.fallBack());
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private fallBack(): void {
    this.failed = true;
    this.worker = undefined;
    for (const [id, job] of this.waiting) {
      this.waiting.delete(id);
      job.resolve(compress(job.data));
    }
  }

  /** Ends the worker (when the package is abandoned half made, so that no thread outlives it). */
  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failed = true;
    void worker?.terminate();
  }

  /** The zip: the entries named in `first` first (in that order), then the others as they were added. */
  async bytes(first: string[] = []): Promise<Uint8Array> {
    const order = [...first, ...this.names.filter((name) => !first.includes(name))];
    const entries = await Promise.all(order.map((name) => this.entries.get(name)!));
    const worker = this.worker;
    this.worker = undefined;
    this.failed = true;
    if (worker) await worker.terminate();
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
