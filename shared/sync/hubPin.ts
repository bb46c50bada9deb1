import { z } from 'zod';

// The hub's certificate fingerprint travels inside the join code, so a person can still read it out:
// 'K7QM-3XWP' (the one-time code the hub checks) + '-ABCD-EFGH-JKLM-NPQR' (the pin: the first 80 bits
// of the certificate's SHA-256 in the same 32 letters, no 0/O/1/I). Matching 80 bits by chance or by a
// forged certificate is out of reach (a second preimage of 2^80 work).

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PIN_CHARS = 16;
const CODE_CHARS = 8;
const LETTER = /^[A-HJ-NP-Z2-9]+$/;

/** The pin of a certificate: its SHA-256 (hex) as 16 letters, 5 bits each, most significant first. */
export const pinFromSha256 = (sha256Hex: string): string => {
  const bits = [...sha256Hex.toLowerCase()].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
  return Array.from({ length: PIN_CHARS }, (_, i) => ALPHABET[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]).join('');
};

const groups = (text: string) => (text.match(/.{1,4}/g) ?? []).join('-');

/** 'K7QM-3XWP' + pin → 'K7QM-3XWP-ABCD-EFGH-JKLM-NPQR'. */
export const formatJoinCode = (code: string, pin: string): string => groups(`${code.replace(/-/g, '')}${pin}`);

export type ParsedJoinCode = { code: string; pin: string | null };

/**
 * What a person typed: 8 letters (a code without pin, only for an address on this computer) or 24
 * (code + pin); spaces, dashes and case do not matter.
 */
export const parseJoinCode = (typed: string): ParsedJoinCode | null => {
  const text = typed.replace(/[\s-]/g, '').toUpperCase();
  if (!LETTER.test(text) || (text.length !== CODE_CHARS && text.length !== CODE_CHARS + PIN_CHARS)) return null;
  return { code: groups(text.slice(0, CODE_CHARS)), pin: text.length > CODE_CHARS ? text.slice(CODE_CHARS) : null };
};

/** The join form's code field: either form, normalized to groups of four. */
export const joinCodeInputSchema = z.string().transform((typed, ctx) => {
  const parsed = parseJoinCode(typed);
  if (parsed) return parsed.pin ? formatJoinCode(parsed.code, parsed.pin) : parsed.code;
  ctx.addIssue({ code: 'custom', message: '加入码应为 24 位（或本机的 8 位）字母数字，例如 K7QM-3XWP-ABCD-EFGH-JKLM-NPQR' });
  return z.NEVER;
});

/** 'AB:CD:…' (32 pairs), as certificate viewers show a SHA-256 fingerprint. */
export const formatFingerprint = (sha256Hex: string): string => (sha256Hex.toUpperCase().match(/../g) ?? []).join(':');

/** The pin back as the fingerprint's first 10 hex pairs ('8E:2B:…'), to compare in a browser's certificate viewer. */
export const pinToFingerprintPrefix = (pin: string): string => {
  const bits = [...pin].map((c) => ALPHABET.indexOf(c).toString(2).padStart(5, '0')).join('');
  return (bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2).toString(16).padStart(2, '0').toUpperCase()).join(':');
};

/** True for an address that never leaves this computer (where the hub also answers plain HTTP). */
export const isLoopbackHost = (hostname: string): boolean => {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host) || /^::ffff:127(\.\d{1,3}){3}$/.test(host);
};

export const PIN_MISMATCH_MESSAGE = '团队服务器的证书与加入码不符：可能连到了别的电脑，或有人在冒充团队服务器。请向管理员核对地址和加入码（团队设置 → 传输安全中的证书指纹），不要继续连接。';
