// The package as the Open Packaging Conventions (ECMA-376 part 2) define it, modelled as python-pptx's `opc` does:
// parts, each with its name, content type, content and relationships to other parts by id; the package writes
// `[Content_Types].xml` and every part's `_rels` from them, so a relationship's target always exists and every part's
// content type is declared.
import path from 'node:path/posix';
import fs from 'node:fs';
import { StagedFile } from '../../../files/staged.ts';
import { ZipEntries, zipDirectory } from './zip.ts';

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship types, by what the target is to its source. */
export const RELATIONSHIP = {
  officeDocument: `${OFFICE}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${OFFICE}/extended-properties`,
  slideMaster: `${OFFICE}/slideMaster`,
  slideLayout: `${OFFICE}/slideLayout`,
  slide: `${OFFICE}/slide`,
  notesMaster: `${OFFICE}/notesMaster`,
  notesSlide: `${OFFICE}/notesSlide`,
  theme: `${OFFICE}/theme`,
  presProps: `${OFFICE}/presProps`,
  viewProps: `${OFFICE}/viewProps`,
  tableStyles: `${OFFICE}/tableStyles`,
  image: `${OFFICE}/image`,
} as const;

const PML = 'application/vnd.openxmlformats-officedocument.presentationml';

/** Content types of the parts a presentation has. */
export const CONTENT_TYPE = {
  presentation: `${PML}.presentation.main+xml`,
  slideMaster: `${PML}.slideMaster+xml`,
  slideLayout: `${PML}.slideLayout+xml`,
  slide: `${PML}.slide+xml`,
  notesMaster: `${PML}.notesMaster+xml`,
  notesSlide: `${PML}.notesSlide+xml`,
  presProps: `${PML}.presProps+xml`,
  viewProps: `${PML}.viewProps+xml`,
  tableStyles: `${PML}.tableStyles+xml`,
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** How much of the staged parts is copied into the package at a time. */
const COPY_CHUNK = 1 << 20;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Relationship {
  id: string;
  type: string;
  target: Part;
}

/** One part of the package: `name` without a leading slash (`ppt/slides/slide1.xml`). */
export class Part {
  private readonly relationships: Relationship[] = [];

  constructor(
    readonly name: string,
    readonly contentType: string,
    /** The part's XML (without its declaration) or bytes; set later for parts whose content names ids of parts
     *  related after they were made. */
    public content: string | Uint8Array = '',
  ) {}

  /** The id of this part's relationship of `type` to `target`, made on first asking (`rId1`, `rId2`…): a picture
   *  shown twice on a slide is related once. */
  relate(type: string, target: Part): string {
    const known = this.relationships.find((r) => r.target === target && r.type === type);
    if (known) return known.id;
    const id = `rId${this.relationships.length + 1}`;
    this.relationships.push({ id, type, target });
    return id;
  }

  /** A relationship under an id the part's content already names (a template's part, copied as it is). */
  relateAs(id: string, type: string, target: Part): void {
    if (this.relationships.some((r) => r.id === id)) throw new Error(`${this.name} has ${id} already`);
    this.relationships.push({ id, type, target });
  }

  /** The targets of this part's relationships, in the order they were made. */
  get related(): readonly Part[] {
    return this.relationships.map((r) => r.target);
  }

  /** The `_rels` part's XML, or undefined for a part with no relationships. */
  relationshipsXml(): string | undefined {
    if (!this.relationships.length) return undefined;
    const base = path.dirname(`/${this.name}`);
    const entries = this.relationships.map(
      (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${path.relative(base, `/${r.target.name}`)}"/>`,
    );
    return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.join('')}</Relationships>`;
  }
}

/** Where a part's relationships are kept: `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`. */
export function relationshipsName(name: string): string {
  const dir = path.dirname(name);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${path.basename(name)}.rels`;
}

/** Extensions whose parts take the content type of the extension (`<Default>`): pictures, and XML not overridden. */
const DEFAULTS: Record<string, string> = {
  rels: CONTENT_TYPE.relationships,
  xml: 'application/xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
};

export class Package {
  /** The package's own relationships (`_rels/.rels`): the presentation and the document properties. */
  readonly root = new Part('', '');
  private readonly parts: Part[] = [];

  add<T extends Part>(part: T): T {
    this.parts.push(part);
    return part;
  }

  /** Every part, in the order they were added. */
  get all(): readonly Part[] {
    return this.parts;
  }

  /** `[Content_Types].xml`: a default per extension, an override for every part whose type is not its extension's. */
  contentTypesXml(): string {
    const extensions = new Set(['rels', 'xml']);
    const overrides: string[] = [];
    for (const part of this.parts) {
      const extension = path.extname(part.name).slice(1).toLowerCase();
      if (DEFAULTS[extension] === part.contentType) extensions.add(extension);
      else overrides.push(`<Override PartName="/${part.name}" ContentType="${part.contentType}"/>`);
    }
    const defaults = [...extensions].map(
      (extension) => `<Default Extension="${extension}" ContentType="${DEFAULTS[extension]}"/>`,
    );
    return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
  }

  /** The parts' entries, each handed on as it is written: to `spill` when the package goes to a file, else kept as
   *  `chunks`. */
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: ZipEntries;
  private readonly written = new Set<Part>();

  /** A package made in memory (`bytes`), or written to a file as its parts are made (`spill`, then `save`). */
  constructor(private readonly spill?: StagedFile) {
    this.zip = new ZipEntries(spill ? (bytes) => spill.write(bytes) : (bytes) => this.chunks.push(bytes));
  }

  /** A package saved to `target` (`save`): its parts go to a staging file beside it as they are written. */
  static toFile(target: string): Package {
    return new Package(StagedFile.open(target));
  }

  /** Compresses `part` and its relationships now and hands them on, while the rest of the package is made: its
   *  content and its relationships must be final. Its content is let go. */
  write(part: Part): void {
    const { content } = part;
    part.content = '';
    this.zip.add(part.name, typeof content === 'string' ? Buffer.from(XML_DECLARATION + content, 'utf8') : content);
    const rels = part.relationshipsXml();
    if (rels) this.zip.add(relationshipsName(part.name), Buffer.from(rels, 'utf8'));
    this.written.add(part);
  }

  /** Lets the package go unwritten (on an error): a staging file is removed. */
  async close(): Promise<void> {
    await this.spill?.abandon();
  }

  /** `[Content_Types].xml` and the package's relationships, first in the zip as Office writes them, once every part
   *  not yet written is. */
  private head(sink: (bytes: Uint8Array) => void): ZipEntries {
    for (const part of this.parts) if (!this.written.has(part)) this.write(part);
    const head = new ZipEntries(sink);
    head.add('[Content_Types].xml', Buffer.from(this.contentTypesXml(), 'utf8'));
    head.add('_rels/.rels', Buffer.from(this.root.relationshipsXml()!, 'utf8'));
    return head;
  }

  /** The package's zip: `[Content_Types].xml` first, then the package's relationships and every part (each followed
   *  by its `_rels`) in the order they were written, the parts not yet written last. */
  bytes(): Uint8Array {
    const first: Uint8Array[] = [];
    const head = this.head((bytes) => first.push(bytes));
    return Buffer.concat([...first, ...this.chunks, zipDirectory([head, this.zip])]);
  }

  /** Saves a package made by `toFile` as `bytes` would make it: the head, the parts copied from their staging file a
   *  megabyte at a time, the central directory; renamed into place. Returns its size in bytes. */
  async save(): Promise<number> {
    const spill = this.spill;
    if (!spill) throw new Error('a package made in memory is not saved');
    const file = StagedFile.open(spill.target);
    try {
      const head = this.head((bytes) => file.write(bytes));
      const parts = fs.openSync(spill.written(), 'r');
      try {
        for (let at = 0; at < this.zip.length; ) {
          const chunk = Buffer.allocUnsafe(Math.min(COPY_CHUNK, this.zip.length - at));
          const read = fs.readSync(parts, chunk, 0, chunk.length, at);
          if (read <= 0) throw new Error(`${spill.target}: the staged parts ended early`);
          file.write(read === chunk.length ? chunk : chunk.subarray(0, read));
          at += read;
        }
      } finally {
        fs.closeSync(parts);
      }
      file.write(zipDirectory([head, this.zip]));
      const size = file.length;
      await file.finish();
      return size;
    } catch (error) {
      await file.abandon();
      throw error;
    } finally {
      await spill.abandon();
    }
  }
}
