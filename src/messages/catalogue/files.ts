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
    en: (folder: string) => `cannot write in ${folder}: the disk is full`,
    zh: (folder: string) => `无法写入 ${folder}：磁盘已满`,
  } satisfies Message<[string]>,
  diskFullHint: {
    en: () => 'free some space, or write elsewhere with `--out <folder>`.',
    zh: () => '请腾出空间，或用 `--out <文件夹>` 写到别处。',
  } satisfies Message<[]>,
  importIntoFolder: {
    en: () => 'this is a folder; import writes one outline file.',
    zh: () => '这是一个文件夹；import 要写的是一个大纲文件。',
  } satisfies Message<[]>,
  importIntoFolderHint: {
    en: (example: string) => `give a file name with -o, e.g. \`-o ${example}\`.`,
    zh: (example: string) => `请用 -o 给出文件名，如 \`-o ${example}\`。`,
  } satisfies Message<[string]>,
};
