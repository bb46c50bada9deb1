import { describe, expect, it } from 'vitest';
import { joinTeamInputSchema, normalizeHubAddress } from './joinTeamInput.ts';

describe('hub address', () => {
  it('accepts what people type and adds the default port', () => {
    expect(normalizeHubAddress('192.168.1.10')).toBe('http://192.168.1.10:4317');
    expect(normalizeHubAddress(' 192.168.1.10:5000 ')).toBe('http://192.168.1.10:5000');
    expect(normalizeHubAddress('http://office-pc:4317/')).toBe('http://office-pc:4317');
  });

  it('refuses what is not a hub address', () => {
    expect(normalizeHubAddress('')).toBeNull();
    expect(normalizeHubAddress('http://a/b')).toBeNull();
    expect(normalizeHubAddress('not a host')).toBeNull();
  });
});

describe('join form', () => {
  it('normalizes the address and the code', () => {
    expect(joinTeamInputSchema.parse({ address: '10.0.0.2', code: 'k7qm3xwp', name: ' 李娜 ' })).toEqual({ address: 'http://10.0.0.2:4317', code: 'K7QM-3XWP', name: '李娜' });
  });

  it('names each bad field', () => {
    const result = joinTeamInputSchema.safeParse({ address: 'http://a/b', code: '123', name: '' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({ address: 'badAddress', code: 'badCode', name: 'required' });
  });
});
