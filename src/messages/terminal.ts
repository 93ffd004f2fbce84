// What reaches the terminal is text, never a command: control characters from an outline (a title, a file name, a
// line import removed) are shown escaped, so an escape sequence cannot clear the screen or write to the clipboard.

/** C0 but the line break and the tab, DEL, C1, and the invisible marks that reverse the direction of text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each control character written as `\x1b`, `\u202e`… */
export function escapeForTerminal(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Writes text to the terminal (or wherever stdout and stderr go), control characters escaped. */
export function writeText(stream: NodeJS.WritableStream, text: string): void {
  stream.write(escapeForTerminal(text));
}
