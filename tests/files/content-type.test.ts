// One table of content types for every server and the one-file deck.
import { describe, expect, it } from 'vitest';
import { contentType } from '../../src/files/content-type.ts';

describe('contentType', () => {
  it('names what the deck, its servers and the export serve, whatever the case of the extension', () => {
    expect(contentType('幻灯片/图片.PNG')).toBe('image/png');
    expect(contentType('dist/讲话-slides.pdf')).toBe('application/pdf');
    expect(contentType('dist/讲话.pptx')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(contentType('deck/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('deck/assets/main.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentType('deck/fonts/serif.woff2')).toBe('font/woff2');
  });

  it('gives anything else as bytes, never a guess', () => {
    expect(contentType('notes')).toBe('application/octet-stream');
    expect(contentType('run.exe')).toBe('application/octet-stream');
    expect(contentType('.png')).toBe('application/octet-stream');
  });
});
