// Messages of the commands that write outputs (deck, build, pdf, handout, script, pptx): the progress line while
// each is made, the line that says what was written, what paper could not hold, an output that took too long.
import type { Message } from '../message.ts';

/** "3, 5, 7" as Chinese lists numbers: "3、5、7". */

export const OUTPUT_MESSAGES = {
  /** The progress line: `talk.md: handout — placing the slides (4 s)`. */
  step: {
    en: (file: string, what: string) => `${file}: ${what}`,
    zh: (file: string, what: string) => `${file}：${what}`,
  } satisfies Message<[string, string]>,
  buildingDeck: {
    en: () => 'building the deck',
    zh: () => '生成演示文稿',
  } satisfies Message<[]>,
  buildingOneFile: {
    en: () => 'the one-file deck',
    zh: () => '生成单文件演示文稿',
  } satisfies Message<[]>,
  measuringSlides: {
    en: () => 'measuring the slides',
    zh: () => '测量幻灯片',
  } satisfies Message<[]>,
  layoutCheck: {
    en: () => 'layout check',
    zh: () => '版面测量',
  } satisfies Message<[]>,
  slidesPdf: {
    en: () => 'slides PDF',
    zh: () => '幻灯片 PDF',
  } satisfies Message<[]>,
  slidesPdfWithNotes: {
    en: () => 'slides PDF with notes',
    zh: () => '带备注的幻灯片 PDF',
  } satisfies Message<[]>,
  handout: {
    en: () => 'handout',
    zh: () => '讲义',
  } satisfies Message<[]>,
  script: {
    en: () => 'script',
    zh: () => '讲稿',
  } satisfies Message<[]>,
  /** `outputs`: the outputs not made, listed by listItems. */
  needsBrowser: {
    en: (outputs: string) =>
      `Not made, as they need the browser: ${outputs}.\nThe outputs listed above were written; once a browser is found, run the command again.`,
    zh: (outputs: string) =>
      `以下文件需要浏览器，这次没有生成：${outputs}。\n上面列出的文件已经写好；装好浏览器后再运行一次命令。`,
  } satisfies Message<[string]>,
  powerPoint: {
    en: () => 'PowerPoint',
    zh: () => 'PowerPoint 文件',
  } satisfies Message<[]>,
  pictures: {
    en: () => 'pictures of the slides',
    zh: () => '幻灯片图片',
  } satisfies Message<[]>,
  takingPictures: {
    en: () => 'taking the pictures',
    zh: () => '截取图片',
  } satisfies Message<[]>,
  makingLongImage: {
    en: () => 'making the long image',
    zh: () => '拼接长图',
  } satisfies Message<[]>,
  printingSlides: {
    en: () => 'printing the slides',
    zh: () => '打印幻灯片',
  } satisfies Message<[]>,
  layingOutPages: {
    en: () => 'laying out the pages',
    zh: () => '排版',
  } satisfies Message<[]>,
  placingSlides: {
    en: () => 'placing the slides',
    zh: () => '放入幻灯片',
  } satisfies Message<[]>,

  /** What a written output holds, after its path. */
  deckWritten: {
    en: (slides: number, files: number, size: string) => `${slides} slides, ${files} files, ${size}`,
    zh: (slides: number, files: number, size: string) => `${slides} 页，${files} 个文件，${size}`,
  } satisfies Message<[number, number, string]>,
  oneFileWritten: {
    en: (slides: number, size: string) => `${slides} slides in one file, ${size}`,
    zh: (slides: number, size: string) => `${slides} 页，单个文件，${size}`,
  } satisfies Message<[number, string]>,
  pdfWritten: {
    en: (pages: number, size: string, detail: string) => `${pages} pages, ${size}${detail ? ` (${detail})` : ''}`,
    zh: (pages: number, size: string, detail: string) => `${pages} 页，${size}${detail ? `，${detail}` : ''}`,
  } satisfies Message<[number, string, string]>,
  pptxWritten: {
    en: (slides: number, size: string) => `${slides} slides, ${size}`,
    zh: (slides: number, size: string) => `${slides} 页，${size}`,
  } satisfies Message<[number, string]>,
  picturesWritten: {
    en: (count: number, width: number, height: number, size: string) =>
      `${count} pictures, ${width}×${height}, ${size}`,
    zh: (count: number, width: number, height: number, size: string) => `${count} 张图片，${width}×${height}，${size}`,
  } satisfies Message<[number, number, number, string]>,
  longImageWritten: {
    en: (width: number, height: number, size: string) => `long image, ${width}×${height}, ${size}`,
    zh: (width: number, height: number, size: string) => `长图，${width}×${height}，${size}`,
  } satisfies Message<[number, number, string]>,
  handoutDetail: {
    en: (perPage: number, notes: boolean) =>
      `${perPage} slide${perPage > 1 ? 's' : ''} a page, ${notes ? 'with notes' : 'without notes'}`,
    zh: (perPage: number, notes: boolean) => `每页 ${perPage} 张，${notes ? '带备注' : '不带备注'}`,
  } satisfies Message<[number, boolean]>,
  /** `pace`: paceUsed's words. */
  scriptDetail: {
    en: (time: string, pace: string) => `about ${time} of speaking ${pace}`,
    zh: (time: string, pace: string) => `约 ${time}（${pace}）`,
  } satisfies Message<[string, string]>,
  notesPdfDetail: {
    en: () => 'notes on the page after each slide that has them',
    zh: () => '有备注的幻灯片后面附一页备注',
  } satisfies Message<[]>,

  /** `what`: the output and its deck, as the step names them. */
  notReady: {
    en: (what: string, limit: string, errors: string) =>
      `${what}: the deck did not become ready within ${limit}.${errors ? ` The page reported: ${errors}` : ''}`,
    zh: (what: string, limit: string, errors: string) =>
      `${what}：演示文稿在 ${limit}内没有准备好。${errors ? `页面报告：${errors}` : ''}`,
  } satisfies Message<[string, string, string]>,
  notFinished: {
    en: (what: string, limit: string) => `${what} did not finish within ${limit}.`,
    zh: (what: string, limit: string) => `${what}在 ${limit}内没有完成。`,
  } satisfies Message<[string, string]>,
  timedOutHint: {
    en: () =>
      'Nothing was written for it. Try again; if it keeps happening, run `speechdeck check` and look for a very large slide or image.',
    zh: () =>
      '这一项没有写出任何文件。请再试一次；如果一直这样，请运行 `speechdeck check`，找找有没有特别大的幻灯片或图片。',
  } satisfies Message<[]>,
  seconds: {
    en: (seconds: number) => `${seconds} s`,
    zh: (seconds: number) => `${seconds} 秒`,
  } satisfies Message<[number]>,
};
