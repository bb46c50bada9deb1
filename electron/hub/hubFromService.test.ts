import { describe, expect, it } from 'vitest';
import { hubFromService } from './hubFromService.ts';

describe('hubFromService', () => {
  it('turns an mDNS answer into a joinable address, preferring IPv4', () => {
    expect(hubFromService({ name: '销售台 · 华东销售团队', port: 4317, addresses: ['fe80::1', '192.168.1.20'], txt: { hubId: 'h1', fp: 'ABCDEFGHJKLMNPQR' } })).toEqual({
      name: '销售台 · 华东销售团队',
      url: 'https://192.168.1.20:4317',
      hubId: 'h1',
      pin: 'ABCDEFGHJKLMNPQR',
    });
    expect(hubFromService({ port: 4317, addresses: [], referer: { address: '10.0.0.9' }, txt: { hubId: 'h2' } })?.url).toBe('https://10.0.0.9:4317');
  });

  it('keeps only a well-formed certificate pin from the announcement', () => {
    expect(hubFromService({ port: 4317, addresses: ['10.0.0.9'], txt: { hubId: 'h2' } })?.pin).toBeNull();
    expect(hubFromService({ port: 4317, addresses: ['10.0.0.9'], txt: { hubId: 'h2', fp: 'abc' } })?.pin).toBeNull();
  });

  it('ignores services that are not SalesDesk hubs or have no address', () => {
    expect(hubFromService({ name: 'printer', port: 631, addresses: ['192.168.1.5'], txt: {} })).toBeNull();
    expect(hubFromService({ name: 'x', port: 4317, addresses: ['fe80::1'], txt: { hubId: 'h' } })).toBeNull();
  });
});
