import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256Hex.ts';

const text = (s: string) => new TextEncoder().encode(s);
const subtleHex = async (bytes: Uint8Array) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice())), (b) => b.toString(16).padStart(2, '0')).join('');

describe('sha256Hex', () => {
  it('gives the published test vectors (FIPS 180-2)', () => {
    expect(sha256Hex(text(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with Web Crypto at every tail length around the block edges, and on a view into a larger buffer', async () => {
    const data = new Uint8Array(300).map((_, i) => (i * 131 + 7) & 0xff);
    for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 300]) expect(sha256Hex(data.subarray(0, n))).toBe(await subtleHex(data.subarray(0, n)));
    expect(sha256Hex(data.subarray(10, 200))).toBe(await subtleHex(data.subarray(10, 200)));
    expect(sha256Hex(text('合同扫描件.pdf'))).toBe(await subtleHex(text('合同扫描件.pdf')));
  });
});
