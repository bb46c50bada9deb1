import { describe, expect, it } from 'vitest';
import { formatFingerprint, formatJoinCode, pinToFingerprintPrefix, isLoopbackHost, joinCodeInputSchema, parseJoinCode, pinFromSha256, PIN_CHARS } from './hubPin.ts';

const zeros = '0'.repeat(64);

describe('certificate pin', () => {
  it('spells the first 80 bits of the SHA-256 in the join-code letters, most significant first', () => {
    expect(pinFromSha256(zeros)).toBe('AAAAAAAAAAAAAAAA');
    expect(pinFromSha256('f'.repeat(64))).toBe('9999999999999999');
    // 0x08 = 00001|000 00…: the first letter is index 1 (B), the rest 0 (A).
    expect(pinFromSha256(`08${'0'.repeat(62)}`)).toBe('BAAAAAAAAAAAAAAA');
    // Bit 80 (the first one past the pin) changes nothing; bit 79 changes the last letter.
    expect(pinFromSha256(`${'0'.repeat(20)}8${'0'.repeat(43)}`)).toBe('AAAAAAAAAAAAAAAA');
    expect(pinFromSha256(`${'0'.repeat(19)}1${'0'.repeat(44)}`)).toBe('AAAAAAAAAAAAAAAB');
    expect(pinFromSha256('8E2BD1E9E7A32F09895DDA76AE576974B1C15367F6E45B54AF3FE8AB035F899F')).toHaveLength(PIN_CHARS);
  });

  it('reads back as the first 10 pairs of the fingerprint a browser shows', () => {
    const sha = '8e2bd1e9e7a32f09895dda76ae576974b1c15367f6e45b54af3fe8ab035f899f';
    expect(pinToFingerprintPrefix(pinFromSha256(sha))).toBe('8E:2B:D1:E9:E7:A3:2F:09:89:5D');
    expect(formatFingerprint(sha).startsWith(pinToFingerprintPrefix(pinFromSha256(sha)))).toBe(true);
  });

  it('shows a fingerprint as certificate viewers do', () => {
    expect(formatFingerprint(`8e2b${'0'.repeat(60)}`)).toMatch(/^8E:2B:00:(00:){28}00$/);
  });
});

describe('join code with the pin', () => {
  it('appends the pin in groups of four that read back to the same parts', () => {
    const full = formatJoinCode('K7QM-3XWP', 'ABCDEFGHJKLMNPQR');
    expect(full).toBe('K7QM-3XWP-ABCD-EFGH-JKLM-NPQR');
    expect(parseJoinCode(full)).toEqual({ code: 'K7QM-3XWP', pin: 'ABCDEFGHJKLMNPQR' });
  });

  it('forgives case, spaces and missing dashes, and still takes a plain 8-letter code', () => {
    expect(parseJoinCode(' k7qm 3xwp abcd efgh jklm npqr ')).toEqual({ code: 'K7QM-3XWP', pin: 'ABCDEFGHJKLMNPQR' });
    expect(parseJoinCode('k7qm3xwp')).toEqual({ code: 'K7QM-3XWP', pin: null });
  });

  it('refuses other lengths and letters that are easy to misread (0 O 1 I)', () => {
    expect(parseJoinCode('K7QM-3XWP-ABCD')).toBeNull();
    expect(parseJoinCode('K7QM-3XWP-ABCD-EFGH-JKLM-NPQ0')).toBeNull();
    expect(parseJoinCode('K7QM-3XWI')).toBeNull();
    expect(joinCodeInputSchema.safeParse('123').success).toBe(false);
  });
});

describe('loopback', () => {
  it('knows the addresses that never leave this computer', () => {
    for (const host of ['127.0.0.1', '127.8.0.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['192.168.1.10', '0.0.0.0', '::', 'fd00::2', '127.0.0.1.example.com', '::ffff:192.168.1.2']) expect(isLoopbackHost(host)).toBe(false);
  });
});
