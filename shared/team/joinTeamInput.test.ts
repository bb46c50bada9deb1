import { describe, expect, it } from 'vitest';
import { joinTeamInputSchema, normalizeHubAddress } from './joinTeamInput.ts';

describe('hub address', () => {
  it('accepts what people type, adds the default port, and uses https for another computer', () => {
    expect(normalizeHubAddress('192.168.1.10')).toBe('https://192.168.1.10:4317');
    expect(normalizeHubAddress(' 192.168.1.10:5000 ')).toBe('https://192.168.1.10:5000');
    expect(normalizeHubAddress('http://office-pc:4317/')).toBe('https://office-pc:4317');
    expect(normalizeHubAddress('https://office-pc:4317/')).toBe('https://office-pc:4317');
  });

  it('keeps plain http for this computer, where the hub also listens on loopback', () => {
    expect(normalizeHubAddress('127.0.0.1:4399')).toBe('http://127.0.0.1:4399');
    expect(normalizeHubAddress('http://localhost:4317')).toBe('http://localhost:4317');
    expect(normalizeHubAddress('https://127.0.0.1:4317')).toBe('https://127.0.0.1:4317');
  });

  it('refuses what is not a hub address', () => {
    expect(normalizeHubAddress('')).toBeNull();
    expect(normalizeHubAddress('http://a/b')).toBeNull();
    expect(normalizeHubAddress('not a host')).toBeNull();
  });
});

describe('join form', () => {
  it('normalizes the address and the code', () => {
    expect(joinTeamInputSchema.parse({ address: '127.0.0.1', code: 'k7qm3xwp', name: ' 李娜 ' })).toEqual({ address: 'http://127.0.0.1:4317', code: 'K7QM-3XWP', name: '李娜' });
    expect(joinTeamInputSchema.parse({ address: '10.0.0.2', code: 'k7qm 3xwp abcd efgh jklm npqr', name: '李娜' }).code).toBe('K7QM-3XWP-ABCD-EFGH-JKLM-NPQR');
  });

  it('asks for the long code (with the certificate pin) for another computer’s hub', () => {
    const result = joinTeamInputSchema.safeParse({ address: '10.0.0.2', code: 'K7QM-3XWP', name: '李娜' });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['code', 'codeNeedsPin']]);
    expect(joinTeamInputSchema.safeParse({ address: '127.0.0.1:4317', code: 'K7QM-3XWP', name: '李娜' }).success).toBe(true);
  });

  it('names each bad field', () => {
    const result = joinTeamInputSchema.safeParse({ address: 'http://a/b', code: '123', name: '' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({ address: 'badAddress', code: 'badCode', name: 'required' });
  });
});
