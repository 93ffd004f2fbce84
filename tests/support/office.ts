// LibreOffice Impress as a PowerPoint reader for the tests: converting a .pptx to PDF headless, with a profile of its
// own per run (parallel runs would share one otherwise) and the Chinese fonts the PowerPoint names mapped to the
// Noto fonts the project bundles, so nothing depends on the machine's fonts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { packageFile } from '../../src/files/paths.ts';

/** `soffice` on the PATH (Debian's libreoffice-impress), or undefined. */
export const SOFFICE = ['soffice', 'libreoffice'].find(
  (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0,
);

/** The PDF filter's options: `notes` exports each slide's notes page instead of the slide. */
function pdfFilter(notes: boolean): string {
  if (!notes) return 'pdf';
  const options = {
    ExportNotesPages: { type: 'boolean', value: 'true' },
    ExportOnlyNotesPages: { type: 'boolean', value: 'true' },
  };
  return `pdf:impress_pdf_Export:${JSON.stringify(options)}`;
}

/** Converts `pptx` to a PDF in `dir` and returns its path. */
export async function convertToPdf(pptx: string, dir: string, { notes = false } = {}): Promise<string> {
  const [pdf] = await convertAllToPdf([pptx], dir, { notes });
  return pdf!;
}

/** Converts each of `pptxs` (of different names) to a PDF in `dir`, in one run of LibreOffice (which takes longer to
 *  start than to convert a deck), and returns their paths in the same order. */
export async function convertAllToPdf(pptxs: string[], dir: string, { notes = false } = {}): Promise<string[]> {
  const profile = path.join(dir, `profile-${notes ? 'notes' : 'slides'}`);
  const out = path.join(dir, notes ? 'notes' : 'slides');
  mkdirSync(out, { recursive: true });
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    pdfFilter(notes),
    '--outdir',
    out,
    ...pptxs,
  ];
  const env = { ...process.env, FONTCONFIG_FILE: fontconfig(dir) };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(SOFFICE!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`soffice exited ${code}: ${output}`))));
  });
  return pptxs.map((pptx) => {
    const pdf = path.join(out, `${path.basename(pptx, '.pptx')}.pdf`);
    if (!existsSync(pdf)) throw new Error(`soffice wrote no ${pdf}`);
    return pdf;
  });
}

/** Bundled faces standing in for the faces the PowerPoint names (微软雅黑, 宋体), which a Linux machine lacks. */
const STAND_INS = [
  { file: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff', as: '微软雅黑' },
  { file: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff', as: '微软雅黑' },
  { file: '@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-700-normal.woff', as: '宋体' },
];

/** A fontconfig file for LibreOffice: the system's configuration, plus the stand-ins named as the faces they stand
 *  in for. LibreOffice reads TrueType, not WOFF, so the stand-ins are unpacked first. */
function fontconfig(dir: string): string {
  const conf = path.join(dir, 'fonts.conf');
  if (existsSync(conf)) return conf;
  const fonts = path.join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  const renames = STAND_INS.map(({ file, as }, i) => {
    const ttf = path.join(fonts, `stand-in-${i}.ttf`);
    writeFileSync(ttf, woffToSfnt(readFileSync(packageFile(file))));
    return `<match target="scan"><test name="file"><string>${ttf}</string></test><edit name="family" mode="assign" binding="same"><string>${as}</string></edit></match>`;
  });
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n<dir>${fonts}</dir>\n<cachedir>${path.join(dir, 'font-cache')}</cachedir>\n` +
      `${renames.join('\n')}\n</fontconfig>\n`,
  );
  return conf;
}

/**
 * A WOFF 1.0 font as the TrueType/OpenType file it wraps (W3C WOFF 1.0, section 5): the same tables, each inflated
 * with zlib, behind an sfnt header. A dozen lines, so the tests need no font tool.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const count = woff.readUInt16BE(12);
  const header = Buffer.alloc(12 + 16 * count);
  const log2 = Math.floor(Math.log2(count));
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // the wrapped font's flavour
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
  const tables: Buffer[] = [header];
  let offset = header.length;
  for (let i = 0; i < count; i++) {
    const entry = 44 + 20 * i;
    const [start, compressed, length, checksum] = [4, 8, 12, 16].map((at) => woff.readUInt32BE(entry + at)) as [
      number,
      number,
      number,
      number,
    ];
    const stored = woff.subarray(start, start + compressed);
    const data = compressed < length ? inflateSync(stored) : stored;
    woff.copy(header, 12 + 16 * i, entry, entry + 4);
    header.writeUInt32BE(checksum, 12 + 16 * i + 4);
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(length, 12 + 16 * i + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    tables.push(padded);
    offset += padded.length;
  }
  return Buffer.concat(tables);
}
