// The progress line's spinner: Braille where the terminal can draw it, ASCII where it would show as boxes.
import { describe, expect, it } from 'vitest';
import { spinnerFrames } from '../../src/commands/progress.ts';

const ascii = (frames: readonly string[]) => frames.every((frame) => /^[\x20-\x7e]$/.test(frame));

describe('the spinner', () => {
  it.each([
    ['cmd or PowerShell in the old Windows console', 'win32', {}],
    ['the Linux text console', 'linux', { TERM: 'linux' }],
  ] as const)('is plain ASCII in %s', (_, platform, env) => {
    expect(ascii(spinnerFrames(platform, env))).toBe(true);
  });

  it.each([
    ['Windows Terminal', 'win32', { WT_SESSION: '6f2d…' }],
    ["VS Code's terminal on Windows", 'win32', { TERM_PROGRAM: 'vscode' }],
    ['Git Bash (mintty)', 'win32', { TERM: 'xterm-256color' }],
    ['macOS Terminal', 'darwin', { TERM: 'xterm-256color' }],
    ['a Linux desktop terminal', 'linux', { TERM: 'xterm-256color' }],
  ] as const)('is Braille in %s', (_, platform, env) => {
    expect(spinnerFrames(platform, env)).toEqual(['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']);
  });
});
