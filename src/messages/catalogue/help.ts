// Messages of the command line's help: what each command and option does, the examples after it, and commander's
// own words (headings, defaults, its errors), so that `--help` and a mistyped option read in the user's language.
import type { Message } from '../message.ts';

const HEADINGS: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

export const HELP_MESSAGES = {
  programDescription: {
    en: () =>
      "Turn a speech outline (slides/<name>.md) into a reveal.js deck, a slides PDF, a handout, a speaker's script and a PowerPoint.",
    zh: () => '把发言提纲（slides/<name>.md）做成 reveal.js 演示文稿、幻灯片 PDF、讲义、讲稿和 PowerPoint。',
  } satisfies Message<[]>,
  helpAfterError: {
    en: () => '(run with --help for usage)',
    zh: () => '（加 --help 查看用法）',
  } satisfies Message<[]>,
  helpOption: {
    en: () => 'display help for command',
    zh: () => '显示帮助',
  } satisfies Message<[]>,
  /** A heading of commander's help ("Usage:", "Options:"…). */
  helpHeading: {
    en: (heading: string) => heading,
    zh: (heading: string) => HEADINGS[heading] ?? `${heading}（帮助）`,
  } satisfies Message<[string]>,
  /** What commander adds after an option's description: `(default: 3)`, `(choices: "zh", "en")`. */
  optionDefault: {
    en: (value: string) => `default: ${value}`,
    zh: (value: string) => `默认：${value}`,
  } satisfies Message<[string]>,
  optionChoices: {
    en: (values: string) => `choices: ${values}`,
    zh: (values: string) => `可选：${values}`,
  } satisfies Message<[string]>,
  outlinesArgument: {
    en: () => 'outline files (default: the one speechdeck.json names, else the slides/*.md changed last)',
    zh: () => '大纲文件（默认：speechdeck.json 指定的，否则最近修改的）',
  } satisfies Message<[]>,
  importDurationOption: {
    en: () => "the talk's slot in minutes, written as the draft's `duration:` (left for you to fill when not given)",
    zh: () => '限时几分钟，写进草稿的 `duration:`（不给就留空，由你填写）',
  } satisfies Message<[]>,
  durationRange: {
    en: () => 'give the minutes as a number above 0, e.g. --duration 8.',
    zh: () => '分钟数要写成大于 0 的数字，如 --duration 8。',
  } satisfies Message<[]>,
  allOption: {
    en: () => 'every outline in slides/, not only the one worked on last',
    zh: () => '处理 slides/ 里的全部大纲，而不只是最近修改的那份',
  } satisfies Message<[]>,
  outOption: {
    en: () =>
      "where to write the outputs (default: dist/ in the project holding the outline: the folder above slides/, or the outline's own folder)",
    zh: () => '输出写到哪个文件夹（默认：大纲所在项目的 dist/，即 slides/ 的上一级，或大纲自己的文件夹）',
  } satisfies Message<[]>,
  nameForSendingOption: {
    en: () =>
      'name the outputs organization-speaker-title from the front matter, with suffixes in the language speechdeck speaks (fileName: in the front matter names them too)',
    zh: () =>
      '输出文件按“单位-姓名-题目”命名（取自开头设置），后缀用 speechdeck 所说的语言（开头设置的 fileName: 也可命名）',
  } satisfies Message<[]>,
  perPageOption: {
    en: () => 'slides a page in the handout: 1, 2, 3, 4 or 6 (notes fit with 1 to 3)',
    zh: () => '讲义每页几张：1、2、3、4 或 6（1 到 3 张时放得下备注）',
  } satisfies Message<[]>,

  deckDescription: {
    en: () =>
      'the main job: build the deck and write the slides PDF, the handout, the script and the PowerPoint, for the outline worked on last (or the ones named, or every one with --all)',
    zh: () =>
      '主要的命令：为最近修改的大纲（或指定的大纲；加 --all 则为全部大纲）生成演示文稿，并写出幻灯片 PDF、讲义、讲稿和 PowerPoint',
  } satisfies Message<[]>,
  deckExamples: {
    en: () =>
      '\nWrites dist/<name>/index.html, dist/<name>.pdf, dist/<name>-handout.pdf, dist/<name>-script.pdf and dist/<name>.pptx.\n\n' +
      'Examples:\n  npx speechdeck deck                # the outline changed last (or the one speechdeck.json names)\n  npx speechdeck deck --all          # every outline in slides/\n  npx speechdeck deck slides/qunzhong.md --per-page 2',
    zh: () =>
      '\n写出 dist/<name>/index.html、dist/<name>.pdf、dist/<name>-handout.pdf、dist/<name>-script.pdf 和 dist/<name>.pptx。\n\n' +
      '示例：\n  npx speechdeck deck                # 最近修改的大纲（或 speechdeck.json 中指定的那份）\n  npx speechdeck deck --all          # slides/ 中的全部大纲\n  npx speechdeck deck slides/qunzhong.md --per-page 2',
  } satisfies Message<[]>,
  buildDescription: {
    en: () => 'build dist/<name>/index.html and its assets: open it by double-click, no server or network needed',
    zh: () => '生成 dist/<name>/index.html 及其资源文件：双击即可打开，不需要服务器或网络',
  } satisfies Message<[]>,
  buildExamples: {
    en: () =>
      '\nExamples:\n  npx speechdeck build slides/qunzhong.md   # → dist/qunzhong/index.html\n  npx speechdeck build slides/qunzhong.md --out D:/U盘/发言   # → D:/U盘/发言/qunzhong/index.html',
    zh: () =>
      '\n示例：\n  npx speechdeck build slides/qunzhong.md   # → dist/qunzhong/index.html\n  npx speechdeck build slides/qunzhong.md --out D:/U盘/发言   # → D:/U盘/发言/qunzhong/index.html',
  } satisfies Message<[]>,
  pdfDescription: {
    en: () => 'write dist/<name>.pdf: one 16:9 page per slide, text selectable, fonts embedded',
    zh: () => '写出 dist/<name>.pdf：每页幻灯片一页（16:9），文字可选中，字体已嵌入',
  } satisfies Message<[]>,
  pdfNotesOption: {
    en: () => 'a page of speaker notes after each slide, to dist/<name>-notes.pdf (for reviewers)',
    zh: () => '每页幻灯片后面附一页演讲备注，写到 dist/<name>-notes.pdf（供审稿用）',
  } satisfies Message<[]>,
  pdfExamples: {
    en: () =>
      '\nExamples:\n  npx speechdeck pdf                         # → dist/<name>.pdf of the outline changed last\n  npx speechdeck pdf slides/qunzhong.md --notes   # → dist/qunzhong-notes.pdf',
    zh: () =>
      '\n示例：\n  npx speechdeck pdf                         # → 最近修改的大纲的 dist/<name>.pdf\n  npx speechdeck pdf slides/qunzhong.md --notes   # → dist/qunzhong-notes.pdf',
  } satisfies Message<[]>,
  handoutDescription: {
    en: () =>
      'write dist/<name>-handout.pdf: A4 pages of the slides in light print colours, their notes beside them, a header and page numbers',
    zh: () => '写出 dist/<name>-handout.pdf：A4 讲义，幻灯片用浅色印刷配色，旁边是备注，有页眉和页码',
  } satisfies Message<[]>,
  handoutNotesOption: {
    en: () => "print each slide's notes beside or under it (the default)",
    zh: () => '在每页幻灯片旁边或下面印出备注（默认）',
  } satisfies Message<[]>,
  handoutNoNotesOption: {
    en: () => "leave ruled space for the reader's own notes instead",
    zh: () => '不印备注，留出横线空白给读者记笔记',
  } satisfies Message<[]>,
  handoutExamples: {
    en: () =>
      '\nExamples:\n  npx speechdeck handout                              # 3 slides a page, with notes\n' +
      '  npx speechdeck handout slides/qunzhong.md --per-page 1\n' +
      '  npx speechdeck handout slides/qunzhong.md --per-page 6   # 6 a page, ruled space, no notes',
    zh: () =>
      '\n示例：\n  npx speechdeck handout                              # 每页 3 张，带备注\n' +
      '  npx speechdeck handout slides/qunzhong.md --per-page 1\n' +
      '  npx speechdeck handout slides/qunzhong.md --per-page 6   # 每页 6 张，留横线空白，不带备注',
  } satisfies Message<[]>,
  scriptDescription: {
    en: () =>
      "write dist/<name>-script.pdf: the speaker's script, the notes as continuous text in large type, a marker where each slide begins, and the estimated time",
    zh: () => '写出 dist/<name>-script.pdf：演讲稿，备注连成大字号的正文，标出每页幻灯片从哪里开始，并估算时长',
  } satisfies Message<[]>,
  scriptExamples: {
    en: () => '\nExample:\n  npx speechdeck script slides/qunzhong.md   # → dist/qunzhong-script.pdf',
    zh: () => '\n示例：\n  npx speechdeck script slides/qunzhong.md   # → dist/qunzhong-script.pdf',
  } satisfies Message<[]>,
  pngDescription: {
    en: () =>
      'write dist/<name>-png/01.png…: a picture of each slide at 1920×1080 (with --long, one long image for WeChat too)',
    zh: () => '写出 dist/<name>-png/01.png…：每页幻灯片一张 1920×1080 的图片（加 --long 还写出发微信用的长图）',
  } satisfies Message<[]>,
  pngExamples: {
    en: () =>
      '\nExamples:\n  npx speechdeck png                         # → dist/<name>-png/01.png … of the outline changed last\n' +
      '  npx speechdeck png --long                  # and dist/<name>-长图.jpg\n' +
      '  npx speechdeck png slides/qunzhong.md --scale 2 --jpeg',
    zh: () =>
      '\n示例：\n  npx speechdeck png                         # → 最近修改的大纲的 dist/<name>-png/01.png …\n' +
      '  npx speechdeck png --long                  # 另写出 dist/<name>-长图.jpg\n' +
      '  npx speechdeck png slides/qunzhong.md --scale 2 --jpeg',
  } satisfies Message<[]>,
  pngScaleOption: {
    en: () => '1 for 1920×1080, 2 for 3840×2160',
    zh: () => '1 为 1920×1080，2 为 3840×2160',
  } satisfies Message<[]>,
  pngLongOption: {
    en: () => 'also one long image of every slide (dist/<name>-长图.jpg), cut in parts of at most 16,000 px',
    zh: () => '另写出全部幻灯片拼成的长图（dist/<name>-长图.jpg），超过 16000 像素高则分成几张',
  } satisfies Message<[]>,
  pngJpegOption: {
    en: () => 'JPEG pictures (.jpg) instead of PNG',
    zh: () => '图片存为 JPEG（.jpg）而不是 PNG',
  } satisfies Message<[]>,
  deckPngOption: {
    en: () => 'also a picture of each slide (dist/<name>-png/)',
    zh: () => '另写出每页幻灯片的图片（dist/<name>-png/）',
  } satisfies Message<[]>,
  pptxDescription: {
    en: () =>
      'write dist/<name>.pptx: an editable PowerPoint for PowerPoint and WPS, a paragraph per point, the notes on the notes pages, a section per part, in fonts Chinese Windows has',
    zh: () =>
      '写出 dist/<name>.pptx：可在 PowerPoint 和 WPS 中编辑，每条要点一段，备注在备注页里，每个部分一节，用中文 Windows 自带的字体',
  } satisfies Message<[]>,
  pptxExamples: {
    en: () =>
      '\nNo browser needed; `deck` writes it too.\n\nExamples:\n  npx speechdeck pptx                      # → dist/<name>.pptx of the outline changed last\n' +
      '  npx speechdeck pptx slides/qunzhong.md   # → dist/qunzhong.pptx',
    zh: () =>
      '\n不需要浏览器；`deck` 也会写出它。\n\n示例：\n  npx speechdeck pptx                      # → 最近修改的大纲的 dist/<name>.pptx\n' +
      '  npx speechdeck pptx slides/qunzhong.md   # → dist/qunzhong.pptx',
  } satisfies Message<[]>,
  devDescription: {
    en: () =>
      'serve the deck on 127.0.0.1 and update the open page (keeping the slide) whenever the outline or a theme is saved',
    zh: () => '在 127.0.0.1 上放映演示文稿；每次保存大纲或主题，打开的页面都会更新（停在原来那一页）',
  } satisfies Message<[]>,
  devOutlineArgument: {
    en: () => 'outline file (default: the one speechdeck.json names, else the slides/*.md changed last)',
    zh: () => '大纲文件（默认：speechdeck.json 指定的，否则最近修改的）',
  } satisfies Message<[]>,
  devPortOption: {
    en: () => 'port to listen on',
    zh: () => '监听的端口',
  } satisfies Message<[]>,
  devHostOption: {
    en: () => 'address to listen on; only give this to show the deck to other machines',
    zh: () => '监听的地址；只有要让别的电脑访问时才需要设置',
  } satisfies Message<[]>,
  devExamples: {
    en: () =>
      '\nExample:\n  npx speechdeck dev slides/qunzhong.md    # then open the address it prints; press S for the speaker view',
    zh: () => '\n示例：\n  npx speechdeck dev slides/qunzhong.md    # 然后打开它显示的地址；按 S 打开演讲者视图',
  } satisfies Message<[]>,
  importDescription: {
    en: () =>
      'draft an outline from a raw speech (.txt in UTF-8, UTF-16 or GBK, .md, .docx): noise removed, parts found',
    zh: () => '从发言原文（UTF-8、UTF-16 或 GBK 编码的 .txt，.md，.docx）起草大纲：去掉杂项，找出各个部分',
  } satisfies Message<[]>,
  importFileArgument: {
    en: () => 'the speech text',
    zh: () => '发言原文',
  } satisfies Message<[]>,
  importOutputOption: {
    en: () => 'where to write the draft (default: slides/<name>.md)',
    zh: () => '草稿写到哪里（默认：slides/<name>.md）',
  } satisfies Message<[]>,
  importForceOption: {
    en: () => 'overwrite the output if it exists',
    zh: () => '文件已存在时覆盖它',
  } satisfies Message<[]>,
  importExamples: {
    en: () => '\nExample:\n  npx speechdeck import speech.txt -o slides/talk.md',
    zh: () => '\n示例：\n  npx speechdeck import speech.txt -o slides/talk.md',
  } satisfies Message<[]>,
  newExamples: {
    en: () => '\nExample:\n  npx speechdeck new talk   # → slides/talk.md; then: npx speechdeck dev slides/talk.md',
    zh: () => '\n示例：\n  npx speechdeck new talk   # → slides/talk.md；接着运行 npx speechdeck dev slides/talk.md',
  } satisfies Message<[]>,
  checkDescription: {
    en: () =>
      'find what goes wrong on stage: outline problems, timing against `duration`, slides that overflow (measured in the browser), crowded slides',
    zh: () =>
      '找出上台前该改的地方：大纲的问题、与 `duration` 相比的时长、内容超出的幻灯片（在浏览器里测量）、太满的幻灯片',
  } satisfies Message<[]>,
  checkStrictOption: {
    en: () => 'warnings fail the check too (exit 1)',
    zh: () => '有警告也算不通过（退出码 1）',
  } satisfies Message<[]>,
  checkJsonOption: {
    en: () => 'print the findings as JSON, for editors and CI',
    zh: () => '以 JSON 输出检查结果，供编辑器和 CI 使用',
  } satisfies Message<[]>,
  checkNoLayoutOption: {
    en: () => 'do not measure the slides in the browser (faster; no overflow check)',
    zh: () => '不在浏览器里测量幻灯片（更快，但不检查内容超出）',
  } satisfies Message<[]>,
  checkPerPageOption: {
    en: () => 'judge the handout at this many slides a page, as you will print it: 1, 2, 3, 4 or 6 (default 3)',
    zh: () => '按打印时讲义每页几张来检查：1、2、3、4 或 6（默认 3）',
  } satisfies Message<[]>,
  checkExamples: {
    en: () =>
      '\nExit codes: 0 no errors (warnings and hints allowed), 1 errors (or warnings with --strict), 2 no browser.\n' +
      '\nExamples:\n  npx speechdeck check                          # the outline changed last\n  npx speechdeck check --all                    # every outline in slides/\n' +
      '  npx speechdeck check slides/qunzhong.md --strict --json > check.json\n' +
      '  npx speechdeck check --per-page 6                # the handout as printed 6 slides a page',
    zh: () =>
      '\n退出码：0 没有错误（可以有警告和提示），1 有错误（加 --strict 时有警告也算），2 没有浏览器。\n' +
      '\n示例：\n  npx speechdeck check                          # 最近修改的大纲\n  npx speechdeck check --all                    # slides/ 中的全部大纲\n' +
      '  npx speechdeck check slides/qunzhong.md --strict --json > check.json\n' +
      '  npx speechdeck check --per-page 6                # 讲义按每页 6 张打印时',
  } satisfies Message<[]>,

  /** Errors of the command line: commander's, and ours about its options. */
  commandError: {
    en: (text: string) => `error: ${text}`,
    zh: (text: string) => `错误：${text}`,
  } satisfies Message<[string]>,
  unknownOption: {
    en: (flag: string) => `unknown option '${flag}'`,
    zh: (flag: string) => `没有 '${flag}' 这个选项`,
  } satisfies Message<[string]>,
  unknownCommand: {
    en: (name: string) => `unknown command '${name}'`,
    zh: (name: string) => `没有 '${name}' 这个命令`,
  } satisfies Message<[string]>,
  didYouMeanCommand: {
    en: (names: string) => `(Did you mean ${names.includes(', ') ? 'one of ' : ''}${names}?)`,
    zh: (names: string) => `（是不是想用 ${names.split(', ').join(' 或 ')}？）`,
  } satisfies Message<[string]>,
  missingArgument: {
    en: (name: string) => `missing required argument '${name}'`,
    zh: (name: string) => `缺少参数 '${name}'`,
  } satisfies Message<[string]>,
  optionMissingValue: {
    en: (flags: string) => `option '${flags}' argument missing`,
    zh: (flags: string) => `选项 '${flags}' 后面缺少取值`,
  } satisfies Message<[string]>,
  tooManyArguments: {
    en: (command: string, expected: number, got: number) =>
      `too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    zh: (command: string, expected: number, got: number) =>
      `${command ? `'${command}' 的` : ''}参数太多：应为 ${expected} 个，实际有 ${got} 个。`,
  } satisfies Message<[string, number, number]>,
  /** `why`: the option's own reason (one of ours, or `allowedChoices`). */
  invalidOptionValue: {
    en: (flags: string, value: string, why: string) => `option '${flags}' argument '${value}' is invalid. ${why}`,
    zh: (flags: string, value: string, why: string) => `选项 '${flags}' 的取值 '${value}' 无效。${why}`,
  } satisfies Message<[string, string, string]>,
  allowedChoices: {
    en: (choices: string) => `Allowed choices are ${choices}.`,
    zh: (choices: string) => `可选的值：${choices.split(', ').join('、')}。`,
  } satisfies Message<[string]>,
  portRange: {
    en: () => 'a port is a whole number from 0 to 65535.',
    zh: () => '端口是 0 到 65535 之间的整数。',
  } satisfies Message<[]>,
  perPageChoices: {
    en: (choices: string, last: number) => `slides a page can be ${choices} or ${last}.`,
    zh: (choices: string, last: number) => `每页张数只能是 ${choices.split(', ').join('、')} 或 ${last}。`,
  } satisfies Message<[string, number]>,
  notesPerPage: {
    en: (perPage: number) =>
      `notes fit beside the slides only with --per-page 1, 2 or 3; with ${perPage} a page, leave out --notes.`,
    zh: (perPage: number) => `只有 --per-page 为 1、2 或 3 时才放得下备注；每页 ${perPage} 张时，请去掉 --notes。`,
  } satisfies Message<[number]>,
};
