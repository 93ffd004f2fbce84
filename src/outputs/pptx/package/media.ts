// The pictures of the package, each stored once by its content: the same photo on three slides is one part that
// three slides relate to.
import { createHash } from 'node:crypto';
import { Part, type Package } from './opc.ts';

/** Picture types PowerPoint and WPS show on every version, by MIME type: the part's extension. */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
};

export class Media {
  private readonly byHash = new Map<string, Part>();

  constructor(private readonly pkg: Package) {}

  /** The part holding `bytes`, added on first sight. */
  part(bytes: Uint8Array, mime: string): Part {
    const extension = EXTENSIONS[mime];
    if (!extension) throw new Error(`a picture of type ${mime} cannot go into a PowerPoint`);
    const hash = createHash('sha256').update(bytes).digest('hex');
    let part = this.byHash.get(hash);
    if (!part) {
      part = this.pkg.add(new Part(`ppt/media/image${this.byHash.size + 1}.${extension}`, mime, bytes));
      this.byHash.set(hash, part);
    }
    return part;
  }
}
