// Messages about the folders and files speechdeck writes: what went wrong with the machine's disk, and what to do.
import type { Message } from '../message.ts';

export const FILE_MESSAGES = {
  cannotWritePermission: {
    en: (folder: string) => `cannot write in ${folder}: permission denied (or the disk is read-only)`,
    zh: (folder: string) => `无法写入 ${folder}：没有权限（或磁盘是只读的）`,
  } satisfies Message<[string]>,
  cannotWritePermissionHint: {
    en: () => 'make the folder writable, or write elsewhere with `--out <folder>` (`-o <file>` for import).',
    zh: () => '请让该文件夹可写，或用 `--out <文件夹>`（import 用 `-o <文件>`）写到别处。',
  } satisfies Message<[]>,
  fileInTheWay: {
    en: (file: string) => `${file} is a file, where speechdeck needs a folder`,
    zh: (file: string) => `${file} 是一个文件，而 speechdeck 需要在这里建文件夹`,
  } satisfies Message<[string]>,
  folderInTheWay: {
    en: (folder: string) => `${folder} is a folder, where speechdeck writes a file`,
    zh: (folder: string) => `${folder} 是一个文件夹，而 speechdeck 要在这里写文件`,
  } satisfies Message<[string]>,
  inTheWayHint: {
    en: () => 'move or rename it, or write elsewhere with `--out <folder>` (`-o <file>` for import).',
    zh: () => '请移走或改名，或用 `--out <文件夹>`（import 用 `-o <文件>`）写到别处。',
  } satisfies Message<[]>,
  diskFull: {
    en: (file: string) => `cannot write ${file}: the disk is full`,
    zh: (file: string) => `无法写入 ${file}：磁盘已满`,
  } satisfies Message<[string]>,
  diskFullHint: {
    en: () => 'free some space, or write elsewhere with `--out <folder>`.',
    zh: () => '请腾出空间，或用 `--out <文件夹>` 写到别处。',
  } satisfies Message<[]>,
  fontCacheGone: {
    en: (file: string) => `the font ${file} was removed from speechdeck's font cache while the deck was being written`,
    zh: (file: string) => `写演示文稿时，字体 ${file} 被从 speechdeck 的字体缓存中删除了`,
  } satisfies Message<[string]>,
  paperFontGone: {
    en: (file: string, what: string) =>
      `the font ${file} was removed from speechdeck's font cache while ${what} was being printed`,
    zh: (file: string, what: string) => `打印${what}时，字体 ${file} 被从 speechdeck 的字体缓存中删除了`,
  } satisfies Message<[string, string]>,
  paperFileGone: {
    en: (file: string, what: string) => `${file} could not be read while ${what} was being printed`,
    zh: (file: string, what: string) => `打印${what}时，无法读取 ${file}`,
  } satisfies Message<[string, string]>,
  paperFileGoneHint: {
    en: (folder: string) =>
      `something removed it from ${folder} or damaged it: put it back (or install speechdeck again), then run the command again.`,
    zh: (folder: string) =>
      `有别的程序把它从 ${folder} 中删除或损坏了：请放回原处（或重新安装 speechdeck），再运行一次。`,
  } satisfies Message<[string]>,
  fontCacheGoneHint: {
    en: (folder: string) => `something else is emptying ${folder}: let it finish, then run the command again.`,
    zh: (folder: string) => `有别的程序在清空 ${folder}：请等它结束后再运行一次。`,
  } satisfies Message<[string]>,
  fontCutterStopped: {
    en: (why: string, faces: string) =>
      `the process that cuts the fonts stopped twice (${why})${faces ? ` while cutting ${faces}` : ''}`,
    zh: (why: string, faces: string) => `裁剪字体的进程两次意外退出（${why}）${faces ? `，正在裁剪 ${faces}` : ''}`,
  } satisfies Message<[string, string]>,
  fontCutterHint: {
    en: () => 'the machine may be short of memory: close other programs, then run the command again.',
    zh: () => '电脑的内存可能不够：请关掉其他程序，再运行一次。',
  } satisfies Message<[]>,
  importIntoFolder: {
    en: () => 'this is a folder; import writes one outline file.',
    zh: () => '这是一个文件夹；import 要写的是一个大纲文件。',
  } satisfies Message<[]>,
  importIntoFolderHint: {
    en: (example: string) => `give a file name with -o, e.g. \`-o ${example}\`.`,
    zh: (example: string) => `请用 -o 给出文件名，如 \`-o ${example}\`。`,
  } satisfies Message<[string]>,
  unsafeOutputName: {
    en: (name: string, why: string) => `its outputs would be named “${name}”, which ${why}`,
    zh: (name: string, why: string) => `输出文件将以“${name}”命名，而这个名字${why}`,
  } satisfies Message<[string, string]>,
  unsafeOutputNameFix: {
    en: (example: string) =>
      `rename the outline (e.g. \`${example}.md\`), or name the outputs with \`fileName:\` in its front matter.`,
    zh: (example: string) =>
      `请给大纲文件改名（如 \`${example}.md\`），或在开头设置里用 \`fileName:\` 给输出文件命名。`,
  } satisfies Message<[string]>,
  nameEmpty: { en: () => 'is empty', zh: () => '是空的' } satisfies Message<[]>,
  nameDots: {
    en: () => 'means a folder above, not a name',
    zh: () => '表示上级文件夹，不能作文件名',
  } satisfies Message<[]>,
  nameCharacter: {
    en: (character: string) => `holds ${character}, which Windows does not allow in a file name`,
    zh: (character: string) => `含有 ${character}，Windows 的文件名不允许`,
  } satisfies Message<[string]>,
  nameReserved: { en: () => 'is a device name on Windows', zh: () => '在 Windows 上是设备名' } satisfies Message<[]>,
  nameEnds: {
    en: () => 'starts or ends with a dot or a space, which Windows drops or hides',
    zh: () => '以点或空格开头或结尾，Windows 会去掉或隐藏它们',
  } satisfies Message<[]>,
  nameLong: {
    en: (limit: number) => `is longer than ${limit} characters, too long with its suffixes on Windows`,
    zh: (limit: number) => `超过 ${limit} 个字符，加上后缀后在 Windows 上太长`,
  } satisfies Message<[number]>,
  fileNameEmpty: {
    en: (value: string) =>
      `\`fileName: ${value}\` leaves no name once the characters a file name cannot hold are taken out`,
    zh: (value: string) => `\`fileName: ${value}\` 去掉文件名不能含有的字符后什么也不剩`,
  } satisfies Message<[string]>,
  fileNameEmptyFix: {
    en: () => 'write the name the outputs should have, e.g. `fileName: 某某单位-张某某-发言题目`.',
    zh: () => '请写出输出文件应有的名字，如 `fileName: 某某单位-张某某-发言题目`。',
  } satisfies Message<[]>,
  sameOutput: {
    en: (output: string, other: string) => `it would write ${output}, as ${other} does: one would replace the other`,
    zh: (output: string, other: string) => `它要写入 ${output}，而 ${other} 也要写这里：后写的会覆盖先写的`,
  } satisfies Message<[string, string]>,
  sameOutputFix: {
    en: () =>
      'rename one of the outlines, give it another `fileName:`, or build them one at a time with different `--out` folders.',
    zh: () => '请给其中一个大纲改名、换一个 `fileName:`，或分别用不同的 `--out` 文件夹构建。',
  } satisfies Message<[]>,
  outputWouldReplace: {
    en: (output: string, file: string) => `writing ${output} would replace ${file}, which this build reads`,
    zh: (output: string, file: string) => `写入 ${output} 会替换掉 ${file}，而本次构建要用它`,
  } satisfies Message<[string, string]>,
  outputWouldReplaceFix: {
    en: () => 'write the outputs elsewhere with `--out <folder>`, or rename the outline or give it a `fileName:`.',
    zh: () => '请用 `--out <文件夹>` 把输出写到别处，或给大纲改名、设置 `fileName:`。',
  } satisfies Message<[]>,
  notWrittenBySpeechdeck: {
    en: (folder: string) =>
      `speechdeck did not write this file, and building replaces the folder ${folder} that holds it`,
    zh: (folder: string) => `这个文件不是 speechdeck 写的，而构建会替换掉它所在的文件夹 ${folder}`,
  } satisfies Message<[string]>,
  notWrittenBySpeechdeckFix: {
    en: () => 'move the file out of that folder, or write the outputs elsewhere with `--out <folder>`.',
    zh: () => '请把这个文件移出该文件夹，或用 `--out <文件夹>` 把输出写到别处。',
  } satisfies Message<[]>,
};
