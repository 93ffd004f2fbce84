// Messages about an outline's body as a whole: its parts and slides, and the `:::` blocks of speaker notes.
import type { Message } from '../message.ts';

export const STRUCTURE_MESSAGES = {
  outlineEmpty: {
    en: () => 'the outline is empty',
    zh: () => '大纲是空的',
  } satisfies Message<[]>,
  outlineEmptyFix: {
    en: () =>
      'a minimal outline is `---`, `title: 你的题目`, `---`, then `# 第一部分` and `## 第一页`, each on its own line.',
    zh: () => '最简单的大纲是 `---`、`title: 你的题目`、`---`，然后是 `# 第一部分` 和 `## 第一页`，各占一行。',
  } satisfies Message<[]>,
  outlineBug: {
    en: (why: string) => `the outline could not be read (${why})`,
    zh: (why: string) => `无法读取大纲（${why}）`,
  } satisfies Message<[string]>,
  reportBugFix: {
    en: () => 'this is a bug in speechdeck: please report it with the outline attached.',
    zh: () => '这是 speechdeck 的缺陷，请附上大纲报告给我们。',
  } satisfies Message<[]>,

  partUntitled: {
    en: () => 'part heading has no title',
    zh: () => '部分标题是空的',
  } satisfies Message<[]>,
  partUntitledFix: {
    en: () => 'write the part’s name after `# `, e.g. `# 一、深入调查研究`.',
    zh: () => '在 `# ` 后面写上这一部分的名称，例如 `# 一、深入调查研究`。',
  } satisfies Message<[]>,
  slideUntitled: {
    en: () => 'slide heading has no title',
    zh: () => '幻灯片标题是空的',
  } satisfies Message<[]>,
  slideUntitledFix: {
    en: () => 'write the slide’s title after `## `, or remove the line.',
    zh: () => '在 `## ` 后面写上这一页的标题，或者删掉这一行。',
  } satisfies Message<[]>,
  beforeFirstHeading: {
    en: (notes: boolean) =>
      `${notes ? 'speaker notes' : 'text'} before the first \`#\` or \`##\` heading ${notes ? 'belong' : 'belongs'} to no slide`,
    zh: (notes: boolean) => `第一个 \`#\` 或 \`##\` 标题之前的${notes ? '演讲备注' : '文字'}不属于任何一页`,
  } satisfies Message<[boolean]>,
  beforeFirstHeadingFix: {
    en: () => 'move it under a `## 标题` line (or under a `#` part for its divider), or delete it.',
    zh: () => '把它移到某个 `## 标题` 行下面（或某个 `#` 部分下面，放在分隔页上），或者删掉。',
  } satisfies Message<[]>,
  noSlides: {
    en: () => 'the outline has no parts or slides',
    zh: () => '大纲里没有任何部分或幻灯片',
  } satisfies Message<[]>,
  noSlidesFix: {
    en: () => 'add a part with a line `# 第一部分`, or a slide with a line `## 第一页`.',
    zh: () => '加一行 `# 第一部分` 作为一个部分，或加一行 `## 第一页` 作为一页幻灯片。',
  } satisfies Message<[]>,

  unknownBlock: {
    en: (name: string) => `unknown block \`::: ${name}\`; only \`::: notes\` is supported`,
    zh: (name: string) => `没有 \`::: ${name}\` 这种块，只支持 \`::: notes\``,
  } satisfies Message<[string]>,
  unknownBlockFix: {
    en: () => 'write speaker notes as `::: notes` … `:::`, or remove the `:::` lines.',
    zh: () => '演讲备注写成 `::: notes` … `:::`，或者删掉这些 `:::` 行。',
  } satisfies Message<[]>,
  notesNested: {
    en: () => '`::: notes` must not be inside a list or quote',
    zh: () => '`::: notes` 不能写在列表或引用里面',
  } satisfies Message<[]>,
  notesNestedFix: {
    en: () => 'start `::: notes` at the left margin, after the list or quote.',
    zh: () => '在列表或引用之后另起一行，顶格写 `::: notes`。',
  } satisfies Message<[]>,
  notesUnclosed: {
    en: () => '`::: notes` is never closed',
    zh: () => '`::: notes` 没有结束',
  } satisfies Message<[]>,
  notesUnclosedFix: {
    en: () => 'add a line `:::` after the notes (a `:::` inside a code block does not count).',
    zh: () => '在备注后面加一行 `:::`（代码块里的 `:::` 不算）。',
  } satisfies Message<[]>,
  closingNotesNoSlide: {
    en: () => '`::: notes closing` has no closing slide to go to: the front matter says `closing: false`',
    zh: () => '`::: notes closing` 没有对应的结束页：开头设置里写了 `closing: false`',
  } satisfies Message<[]>,
  closingNotesNoSlideFix: {
    en: () => 'remove `closing: false`, or move these notes into the last slide’s `::: notes`.',
    zh: () => '删掉 `closing: false`，或者把这些备注移到最后一页的 `::: notes` 里。',
  } satisfies Message<[]>,
};
