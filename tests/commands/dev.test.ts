// Which `dev --host` answers this computer only, and which answers other machines (and so is said to).
import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../src/commands/dev.ts';

describe('isLoopback', () => {
  it('is localhost, 127.x.x.x and ::1, however written', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      '127.0.0.1',
      '127.1.2.3',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      'a.localhost',
    ])
      expect(isLoopback(host), host).toBe(true);
  });

  it('is not every address, nor a machine name or a network address', () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '[::]',
      '192.168.1.10',
      'fd00::2',
      'my-pc',
      '127.0.0.1.example.org',
      '128.0.0.1',
    ])
      expect(isLoopback(host), host).toBe(false);
  });
});
