// Which picture files a deck takes: those a browser draws, whole, of a pixel count it can hold.
import { describe, expect, it } from 'vitest';
import { checkPicture } from '../../src/load/picture.ts';
import { heic, jpeg, png } from '../support/pictures.ts';

describe('checkPicture', () => {
  it('takes a PNG, a 50-megapixel phone photo and an SVG', () => {
    expect(checkPicture(png(8, 8))).toEqual({ ok: true, width: 8, height: 8 });
    expect(checkPicture(jpeg(8160, 6120))).toEqual({ ok: true, width: 8160, height: 6120 });
    expect(checkPicture(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'))).toEqual({
      ok: true,
    });
  });

  it('refuses a header with no image data, and a JPEG cut before its scan', () => {
    expect(checkPicture(png(800, 600, { data: false }))).toMatchObject({ ok: false, why: 'unreadable' });
    expect(checkPicture(jpeg(800, 600).subarray(0, 39))).toMatchObject({ ok: false, why: 'unreadable' });
  });

  it('refuses a text file or a HEIC photo by whatever name', () => {
    expect(checkPicture(Buffer.from('这不是图片，是一段文字'))).toMatchObject({ ok: false, why: 'unreadable' });
    expect(checkPicture(Buffer.alloc(0))).toMatchObject({ ok: false, why: 'unreadable' });
    expect(checkPicture(heic())).toEqual({ ok: false, why: 'heic' });
  });

  it('refuses more than 100 megapixels, however small the file', () => {
    const bomb = png(60_000, 60_000);
    expect(bomb.length).toBeLessThan(2_000);
    expect(checkPicture(bomb)).toEqual({ ok: false, why: 'pixels', width: 60_000, height: 60_000 });
    expect(checkPicture(png(10_000, 10_001))).toMatchObject({ ok: false, why: 'pixels' });
    expect(checkPicture(jpeg(10_000, 10_000))).toMatchObject({ ok: true });
  });
});
