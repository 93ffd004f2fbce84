// The editor keeps a file's form: CRLF stays CRLF, a BOM stays, UTF-16 stays UTF-16, whatever the page sends.
import { describe, expect, it } from 'vitest';
import { editedText, fileBytes, lineEndOf, outlineForm } from '../../src/server/editor/outline-file.ts';

const BOM = '\uFEFF';

describe("the outline file's form", () => {
  it('keeps CRLF line ends and a UTF-8 BOM through an edit', () => {
    const bytes = Buffer.from(`${BOM}---\r\ntitle: 题\r\n---\r\n`, 'utf8');
    const form = outlineForm(bytes);
    expect(form).toEqual({ encoding: 'utf-8', bom: true, lineEnd: '\r\n' });
    const text = editedText(bytes);
    expect(text).toBe('---\ntitle: 题\n---\n');
    expect(fileBytes(`${text}## 新\n`, form).toString('utf8')).toBe(`${BOM}---\r\ntitle: 题\r\n---\r\n## 新\r\n`);
  });

  it('keeps LF, and no BOM where there was none', () => {
    const bytes = Buffer.from('a\nb\n', 'utf8');
    expect(fileBytes(editedText(bytes), outlineForm(bytes)).equals(bytes)).toBe(true);
  });

  it('writes UTF-16 (Notepad\'s "Unicode") back as UTF-16, either byte order', () => {
    const text = `${BOM}标题\r\n要点\r\n`;
    const little = Buffer.from(text, 'utf16le');
    const big = Buffer.from(text, 'utf16le').swap16();
    for (const bytes of [little, big]) {
      const form = outlineForm(bytes);
      expect(editedText(bytes)).toBe('标题\n要点\n');
      expect(fileBytes(editedText(bytes), form).equals(bytes)).toBe(true);
    }
  });

  it('takes the line end most lines have', () => {
    expect(lineEndOf('a\r\nb\r\nc\n')).toBe('\r\n');
    expect(lineEndOf('a\nb\nc\r\n')).toBe('\n');
    expect(lineEndOf('a\rb\r')).toBe('\r');
    expect(lineEndOf('one line')).toBe('\n');
  });
});
