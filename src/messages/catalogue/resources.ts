// Messages about what an outline makes the deck load: images, videos and pages named by `![]()`, slide attributes and
// raw HTML, and the files they name on disk.
import type { Message } from '../message.ts';

export const RESOURCE_MESSAGES = {
  remoteAddress: {
    en: (address: string) => `\`${address}\` is on the internet, and the deck must work offline`,
    zh: (address: string) => `\`${address}\` 是网络地址，而演示文稿必须能离线使用`,
  } satisfies Message<[string]>,
  remoteHint: {
    en: () =>
      'copy the file into the project (e.g. slides/images/) and link it from there; or, if the deck may go online when shown, add `online: true` to the front matter.',
    zh: () =>
      '请把文件复制到项目里（如 slides/images/）再引用；如果放映时允许联网，在开头设置里加一行 `online: true`。',
  } satisfies Message<[]>,
  networkPath: {
    en: (address: string) => `\`${address}\` names another machine (an address starting with \`//\`)`,
    zh: (address: string) => `\`${address}\` 指向另一台机器（以 \`//\` 开头的地址）`,
  } satisfies Message<[string]>,
  scriptAddress: {
    en: (scheme: string) => `\`${scheme}:\` addresses run code and are never allowed in an outline`,
    zh: (scheme: string) => `\`${scheme}:\` 地址会执行代码，大纲中一律不允许`,
  } satisfies Message<[string]>,
  otherScheme: {
    en: (scheme: string) => `\`${scheme}:\` addresses are not allowed here`,
    zh: (scheme: string) => `这里不允许 \`${scheme}:\` 地址`,
  } satisfies Message<[string]>,
  relativePathHint: {
    en: () => 'write the path of a file in the project, relative to the outline, e.g. `images/图.png`.',
    zh: () => '请写项目中文件相对于大纲的路径，如 `images/图.png`。',
  } satisfies Message<[]>,
  emptyAddress: {
    en: (image: boolean) => `${image ? 'the image' : 'the address'} names no file`,
    zh: (image: boolean) => `${image ? '图片' : '地址'}没有写文件路径`,
  } satisfies Message<[boolean]>,
  pageNeedsHtml: {
    en: (attribute: string) => `\`${attribute}\` shows a web page in the slide, and a page can run scripts`,
    zh: (attribute: string) => `\`${attribute}\` 会在幻灯片里显示网页，而网页可以运行脚本`,
  } satisfies Message<[string]>,
  pageNeedsHtmlHint: {
    en: () =>
      'use an image instead (`data-background-image`), or, for an outline you wrote yourself, add `html: true` to the front matter.',
    zh: () => '请改用图片（`data-background-image`）；如果大纲是你自己写的，可在开头设置里加 `html: true`。',
  } satisfies Message<[]>,
  notesAttribute: {
    en: (attribute: string) => `\`${attribute}\` would put HTML into the speaker view`,
    zh: (attribute: string) => `\`${attribute}\` 会把 HTML 放进演讲者视图`,
  } satisfies Message<[string]>,
  notesAttributeHint: {
    en: () => 'write the speaker notes in a `::: notes` block under the slide.',
    zh: () => '请把演讲备注写在该页下面的 `::: notes` 块中。',
  } satisfies Message<[]>,
  cssLoads: {
    en: (where: string) =>
      `${where} loads a file through CSS (\`url(…)\`, \`@import\`, \`image-set\`), which speechdeck cannot check`,
    zh: (where: string) => `${where} 通过 CSS（\`url(…)\`、\`@import\`、\`image-set\`）加载文件，speechdeck 无法检查`,
  } satisfies Message<[string]>,
  cssLoadsHint: {
    en: () =>
      'show a picture with `data-background-image="images/图.png"` on the slide heading, or with `![图](images/图.png)`.',
    zh: () => '请在幻灯片标题上用 `data-background-image="images/图.png"`，或用 `![图](images/图.png)` 显示图片。',
  } satisfies Message<[]>,
  cssEscape: {
    en: (where: string) => `${where} has a backslash escape in its CSS, which could hide what it loads`,
    zh: (where: string) => `${where} 的 CSS 中有反斜杠转义，可能藏有要加载的地址`,
  } satisfies Message<[string]>,
  cssEscapeHint: {
    en: () => 'write the CSS without `\\`.',
    zh: () => '请去掉 CSS 中的 `\\`。',
  } satisfies Message<[]>,
  htmlRefused: {
    en: (what: string) => `${what} is not accepted in an outline`,
    zh: (what: string) => `大纲中不接受 ${what}`,
  } satisfies Message<[string]>,
  srcsetHint: {
    en: () => 'give one picture with `src`.',
    zh: () => '请用 `src` 给出一张图片。',
  } satisfies Message<[]>,
  htmlRefusedHint: {
    en: () => 'it changes where the deck loads things from, or loads a page behind the slide; remove it.',
    zh: () => '它会改变演示文稿加载内容的位置，或在幻灯片背后加载网页；请删掉它。',
  } satisfies Message<[]>,
  imageWithSpaces: {
    en: (written: string) => `\`${written}\` looks like an image, but Markdown shows it as text`,
    zh: (written: string) => `\`${written}\` 像是一张图片，但 Markdown 会把它当作文字显示`,
  } satisfies Message<[string]>,
  imageWithSpacesHint: {
    en: (path: string) => `put a path with spaces in \`<…>\`: \`![图](<${path}>)\`.`,
    zh: (path: string) => `路径中有空格时，请用 \`<…>\` 括起来：\`![图](<${path}>)\`。`,
  } satisfies Message<[string]>,
  ambiguousBackslash: {
    en: (written: string) =>
      `\`${written}\`: a \`\\\` before a punctuation mark is read by Markdown as an escape, so this path is not what it seems`,
    zh: (written: string) => `\`${written}\`：标点前的 \`\\\` 会被 Markdown 当作转义符，路径因此会变样`,
  } satisfies Message<[string]>,
  ambiguousBackslashHint: {
    en: (path: string) => `write \`/\` instead of \`\\\`: \`${path}\`.`,
    zh: (path: string) => `请用 \`/\` 代替 \`\\\`：\`${path}\`。`,
  } satisfies Message<[string]>,
  hiddenPart: {
    en: () => '`data-visibility="hidden"` hides one slide; a part cannot be hidden',
    zh: () => '`data-visibility="hidden"` 只能隐藏一页幻灯片，不能隐藏整个部分',
  } satisfies Message<[]>,
  hiddenPartHint: {
    en: () => 'put it on each `##` slide of the part, or remove the part.',
    zh: () => '请把它写在该部分每个 `##` 页上，或删掉这个部分。',
  } satisfies Message<[]>,

  // The files the addresses name, as the build finds them on disk.
  outsideProject: {
    en: (written: string) => `\`${written}\` is outside the project folder`,
    zh: (written: string) => `\`${written}\` 在项目文件夹之外`,
  } satisfies Message<[string]>,
  outsideProjectHint: {
    en: (project: string) => `copy the file into ${project} (e.g. slides/images/) and link it from there.`,
    zh: (project: string) => `请把文件复制到 ${project} 中（如 slides/images/）再引用。`,
  } satisfies Message<[string]>,
  linkLeadsOutside: {
    en: (written: string, target: string) => `\`${written}\` is a link to ${target}, outside the project folder`,
    zh: (written: string, target: string) => `\`${written}\` 是指向项目文件夹之外（${target}）的链接`,
  } satisfies Message<[string, string]>,
  linkLeadsOutsideHint: {
    en: () => 'copy the file itself into the project instead of linking to it.',
    zh: () => '请把文件本身复制到项目中，而不是链接过去。',
  } satisfies Message<[]>,
  missingFile: {
    en: (written: string) => `\`${written}\` does not exist`,
    zh: (written: string) => `\`${written}\` 不存在`,
  } satisfies Message<[string]>,
  missingFileHint: {
    en: (looked: string) => `looked for ${looked}.`,
    zh: (looked: string) => `查找的位置是 ${looked}。`,
  } satisfies Message<[string]>,
  isFolder: {
    en: (written: string) => `\`${written}\` is a folder, not a file`,
    zh: (written: string) => `\`${written}\` 是文件夹，不是文件`,
  } satisfies Message<[string]>,
  isFolderHint: {
    en: () => 'name the picture inside it, e.g. `images/图.png`.',
    zh: () => '请写出其中图片的名字，如 `images/图.png`。',
  } satisfies Message<[]>,
  notRegularFile: {
    en: (written: string) => `\`${written}\` is not an ordinary file (a pipe, a device or a socket)`,
    zh: (written: string) => `\`${written}\` 不是普通文件（而是管道、设备或套接字）`,
  } satisfies Message<[string]>,
  notRegularFileHint: {
    en: () => 'save the picture as a file and link that.',
    zh: () => '请把图片存成文件再引用。',
  } satisfies Message<[]>,
  fileTooLarge: {
    en: (written: string, size: string, limit: string) =>
      `\`${written}\` is ${size}; a file the deck shows may be at most ${limit}`,
    zh: (written: string, size: string, limit: string) => `\`${written}\` 有 ${size}，演示文稿中的文件最大 ${limit}`,
  } satisfies Message<[string, string, string]>,
  fileTooLargeHint: {
    en: () => 'make it smaller (a slide is 1920×1080 pixels), e.g. save it as JPEG.',
    zh: () => '请缩小它（一页幻灯片是 1920×1080 像素），比如另存为 JPEG。',
  } satisfies Message<[]>,
  pictureUnreadable: {
    en: (written: string) =>
      `\`${written}\` cannot be read as a picture: it is not PNG, JPEG, GIF, WebP, AVIF, SVG or BMP, or it is damaged or cut short`,
    zh: (written: string) =>
      `\`${written}\` 无法作为图片读取：它不是 PNG、JPEG、GIF、WebP、AVIF、SVG 或 BMP 图片，或者已损坏、不完整`,
  } satisfies Message<[string]>,
  pictureUnreadableHint: {
    en: () => 'open it in an image viewer and save it again as PNG or JPEG.',
    zh: () => '请用看图软件打开它，再另存为 PNG 或 JPEG。',
  } satisfies Message<[]>,
  pictureHeic: {
    en: (written: string) =>
      `\`${written}\` is a HEIC photo (as iPhones take them), which browsers and Edge do not show`,
    zh: (written: string) => `\`${written}\` 是 HEIC 格式的照片（苹果手机拍的），浏览器和 Edge 无法显示`,
  } satisfies Message<[string]>,
  pictureHeicHint: {
    en: () =>
      'save it as JPEG (the Photos app or an image viewer can), or set the phone to take photos as “Most Compatible”.',
    zh: () => '请把它另存为 JPEG（用“照片”或看图软件即可），或把手机相机格式设为“兼容性最佳”。',
  } satisfies Message<[]>,
  pictureTooManyPixels: {
    en: (written: string, width: number, height: number, megapixels: number, limit: number) =>
      `\`${written}\` is ${width}×${height} pixels (${megapixels} megapixels); a picture the deck shows may have at most ${limit} megapixels`,
    zh: (written: string, width: number, height: number, megapixels: number, limit: number) =>
      `\`${written}\` 有 ${width}×${height} 像素（${megapixels} 百万像素），演示文稿中的图片最多 ${limit} 百万像素`,
  } satisfies Message<[string, number, number, number, number]>,
  pictureScaledDown: {
    en: (written: string, width: number, height: number, side: number) =>
      `\`${written}\` is ${width}×${height} pixels, more than a slide shows: the deck takes a copy scaled to ${side} pixels on its longest side (your file is left as it is)`,
    zh: (written: string, width: number, height: number, side: number) =>
      `\`${written}\` 有 ${width}×${height} 像素，超出幻灯片所需：演示文稿改用长边缩到 ${side} 像素的副本（原文件不变）`,
  } satisfies Message<[string, number, number, number]>,
  pictureScaledDownHint: {
    en: () => 'nothing to do; to keep the deck and the outline small, save a smaller copy and use it instead.',
    zh: () => '无需处理；如想让文稿和提纲文件夹更小，可另存一份缩小的图片换上。',
  } satisfies Message<[]>,
  pictureTooManyPixelsHint: {
    en: () => 'make it smaller (a slide is 1920×1080 pixels), e.g. resize it to 4000 pixels wide.',
    zh: () => '请缩小它（一页幻灯片是 1920×1080 像素），比如缩到宽 4000 像素。',
  } satisfies Message<[]>,
  unreadableFile: {
    en: (written: string, why: string) => `\`${written}\` cannot be read (${why})`,
    zh: (written: string, why: string) => `\`${written}\` 无法读取（${why}）`,
  } satisfies Message<[string, string]>,
  unreadableFileHint: {
    en: () => 'check that the file is yours to read, and that it is not open in another program.',
    zh: () => '请确认你有权读取该文件，且它没有被其他程序占用。',
  } satisfies Message<[]>,
  uncheckedResource: {
    en: (address: string) => `the raw HTML of this slide loads \`${address}\`, which speechdeck could not check`,
    zh: (address: string) => `本页的原始 HTML 会加载 \`${address}\`，speechdeck 无法检查它`,
  } satisfies Message<[string]>,
  uncheckedResourceHint: {
    en: () =>
      'write the HTML so that each tag is complete on its own (no tag inside `<svg>` or `<math>` that only works there), or use `![图](images/图.png)`.',
    zh: () => '请让每个标签各自完整（不要使用只在 `<svg>`、`<math>` 中才生效的写法），或改用 `![图](images/图.png)`。',
  } satisfies Message<[]>,
};
