// The page the bound PDF holds for a file sent that could not be converted (a PowerPoint where LibreOffice is not
// found): one A4 page saying, in the user's language, which file to open. Its text is set in the deck's sans face cut
// to its characters and embedded as the page numbers' font is (pdf/file/foot-font.ts), so a Chinese file name reads
// as itself, can be copied from the page, and every font of the bound PDF stays embedded.
import { footFont, footRun, writeFootFont } from '../pdf/file/foot-font.ts';
import type { FootFont } from '../pdf/file/foot-font.ts';
import { PdfWriter } from '../pdf/file/write.ts';
import { dictText, pdfText } from '../pdf/file/syntax.ts';

/** A4 in points, portrait. */
const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 72;
const SIZE = 14;
const LEADING = 22;

/** A one-page PDF of `text`, broken into lines that fit the page's width; `title` is its Info title, `lang` its
 *  language (`zh-CN`). */
export async function standInPdf(text: string, title: string, lang: string): Promise<Uint8Array> {
  const characters = [...new Set(text)].sort().join('');
  const font = await footFont(characters);
  const lines = fittedLines(font, text, A4.width - 2 * MARGIN);
  const ops = lines.map((line, i) => {
    const y = A4.height - MARGIN - SIZE - i * LEADING;
    return `BT /F1 ${SIZE} Tf 1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm ${footRun(font, line, SIZE).operand} Tj ET`;
  });

  const objects: Array<{ text: string; data?: Uint8Array }> = [];
  const add = (text: string, data?: Uint8Array) => objects.push(data ? { text, data } : { text });
  // 1 the catalog, 2 the pages, 3 the page, 4 its content, 5 the Info; the font's objects after them
  add(dictText(['/Type /Catalog', '/Pages 2 0 R', `/Lang ${pdfText(lang)}`]));
  add(dictText(['/Type /Pages', '/Kids [3 0 R]', '/Count 1']));
  const page = objects.length;
  add('');
  add(dictText([]), Buffer.from(ops.join('\n'), 'latin1'));
  add(dictText([`/Title ${pdfText(title)}`, `/Creator ${pdfText('speechdeck')}`]));
  const fontNum = writeFootFont(font, (dict, data) => add(dict, data));
  objects[page] = {
    text: dictText([
      '/Type /Page',
      '/Parent 2 0 R',
      `/MediaBox [0 0 ${A4.width} ${A4.height}]`,
      `/Resources << /Font << /F1 ${fontNum} 0 R >> >>`,
      '/Contents 4 0 R',
    ]),
  };

  const file = new PdfWriter();
  file.push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  for (const [i, { text, data }] of objects.entries()) file.object(i + 1, text, data);
  return file.end({ size: objects.length + 1, root: 1, info: 5 });
}

/** `text` broken where a line would be wider than `width` (at any character: a file's name has no spaces to wait
 *  for). */
function fittedLines(font: FootFont, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && footRun(font, line + char, SIZE).width > width) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}
