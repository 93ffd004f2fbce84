// Who the editor's server answers: its key, its own names (never a rebound DNS name), its own pages.
import { describe, expect, it } from 'vitest';
import { hostNames, refusal } from '../../src/server/editor/guard.ts';

const access = (host = '127.0.0.1') => ({
  token: 'k3y',
  hosts: () => hostNames(host, 5180, () => ['192.168.1.7', 'fe80::1']),
});

describe("the editor's guard", () => {
  it('answers its loopback names with the key, and nothing without it', () => {
    expect(refusal({ url: '/edit?k=k3y', headers: { host: '127.0.0.1:5180' } }, access(), 5180)).toBeUndefined();
    expect(
      refusal(
        { url: '/api/outline', headers: { host: 'localhost:5180', cookie: 'a=b; speechdeck-edit-5180=k3y' } },
        access(),
        5180,
      ),
    ).toBeUndefined();
    expect(
      refusal(
        { url: '/api/outline', headers: { host: 'localhost:5180', cookie: 'speechdeck-edit-5181=k3y' } },
        access(),
        5180,
      ),
    ).toBe('token');
    expect(refusal({ url: '/edit?k=k3', headers: { host: '127.0.0.1:5180' } }, access(), 5180)).toBe('token');
  });

  it("refuses another host name and another page's origin, key or not", () => {
    expect(refusal({ url: '/edit?k=k3y', headers: { host: 'attacker.example:5180' } }, access(), 5180)).toBe('host');
    expect(
      refusal(
        { url: '/edit?k=k3y', headers: { host: '127.0.0.1:5180', origin: 'http://attacker.example' } },
        access(),
        5180,
      ),
    ).toBe('origin');
    expect(
      refusal(
        { url: '/edit?k=k3y', headers: { host: '127.0.0.1:5180', origin: 'http://127.0.0.1:5180' } },
        access(),
        5180,
      ),
    ).toBeUndefined();
    expect(refusal({ url: '/edit?k=k3y', headers: { host: '127.0.0.1:5180', origin: 'null' } }, access(), 5180)).toBe(
      'origin',
    );
  });

  it("answers the machine's own addresses when it listens on every one (--host 0.0.0.0)", () => {
    expect(hostNames('0.0.0.0', 5180, () => ['192.168.1.7', 'fe80::1'])).toEqual([
      '127.0.0.1:5180',
      'localhost:5180',
      '[::1]:5180',
      '192.168.1.7:5180',
      '[fe80::1]:5180',
    ]);
    expect(hostNames('10.0.0.2', 5180)).toEqual(['127.0.0.1:5180', 'localhost:5180', '[::1]:5180', '10.0.0.2:5180']);
  });
});
