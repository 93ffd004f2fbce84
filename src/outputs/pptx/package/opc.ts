// The package as the Open Packaging Conventions (ECMA-376 part 2) define it, modelled as python-pptx's `opc` does:
// parts, each with its name, content type, content and relationships to other parts by id; the package writes
// `[Content_Types].xml` and every part's `_rels` from them, so a relationship's target always exists and every part's
// content type is declared.
import path from 'node:path/posix';
import { ZipWriter } from './zip.ts';

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

  private readonly zip = new ZipWriter();
  private readonly written = new Set<Part>();

  /** Compresses `part` and its relationships now, while the rest of the package is made: its content and its
   *  relationships must be final. Its content is let go (the zip holds it, compressed). */
  write(part: Part): void {
    const { content } = part;
    part.content = '';
    this.zip.add(part.name, typeof content === 'string' ? Buffer.from(XML_DECLARATION + content, 'utf8') : content);
    const rels = part.relationshipsXml();
    if (rels) this.zip.add(relationshipsName(part.name), Buffer.from(rels, 'utf8'));
    this.written.add(part);
  }

  /** Lets the package go unwritten (on an error). */
  close(): void {
    this.zip.close();
  }

  /** The package's zip: `[Content_Types].xml` first, as Office writes it, then the package's relationships and every
   *  part (each followed by its `_rels`) in the order they were written, the parts not yet written last. */
  async bytes(): Promise<Uint8Array> {
    for (const part of this.parts) if (!this.written.has(part)) this.write(part);
    this.zip.add('[Content_Types].xml', Buffer.from(this.contentTypesXml(), 'utf8'));
    this.zip.add('_rels/.rels', Buffer.from(this.root.relationshipsXml()!, 'utf8'));
    return this.zip.bytes(['[Content_Types].xml', '_rels/.rels']);
  }
}
