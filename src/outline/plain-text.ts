// Tokens turned into the plain text a listener would hear: titles, points, and the notes that timing counts.
import type { Token } from 'markdown-it';

/** The text of an inline token's children: markup dropped, line breaks kept, images as their alt text. */
export function inlineText(children: Token[] | null): string {
  let text = '';
  for (const child of children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'image') text += inlineText(child.children);
  }
  return text;
}

/**
 * The text of a run of block tokens: blocks separated by a blank line, list items and table rows
 * by a line break, table cells by a tab. Raw HTML keeps its text, not its tags.
 */
export function blockText(tokens: readonly Token[]): string {
  let text = '';
  let gap = '';
  let listDepth = 0;
  const widen = (wanted: string) => {
    if (wanted.length > gap.length || (wanted === '\n' && gap === '\t')) gap = wanted;
  };
  const add = (piece: string) => {
    if (piece === '') return;
    text += text === '' ? piece : gap + piece;
    gap = '';
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        widen(listDepth > 0 ? '\n' : '\n\n');
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open':
      case 'thead_open':
      case 'tbody_open':
      case 'tr_open':
        widen('\n');
        break;
      case 'th_open':
      case 'td_open':
        widen('\t');
        break;
      case 'inline':
        add(inlineText(token.children).trim());
        break;
      case 'fence':
      case 'code_block':
        widen(listDepth > 0 ? '\n' : '\n\n');
        add(token.content.replace(/\n$/, ''));
        break;
      case 'html_block':
        widen(listDepth > 0 ? '\n' : '\n\n');
        add(token.content.replace(/<[^<>]*>/g, '').trim());
        break;
      default:
        if (token.nesting === 1 && token.block && !token.hidden) widen(listDepth > 0 ? '\n' : '\n\n');
    }
  }
  return text;
}

/** Chinese, Japanese and Korean letters and their punctuation: lines of such text join without a space. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/**
 * Text written on several lines (a title with its own line break) as one line, for bookmarks, footers and
 * reports: Chinese lines join directly, other scripts with a space.
 */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, (_, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + _.length] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}
