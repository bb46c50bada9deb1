import { describe, expect, it } from 'vitest';
import { hubFromService } from './hubFromService.ts';

describe('hubFromService', () => {
  it('turns an mDNS answer into a joinable address, preferring IPv4', () => {
    expect(hubFromService({ name: '销售台 · 华东销售团队', port: 4317, addresses: ['fe80::1', '192.168.1.20'], txt: { hubId: 'h1' } })).toEqual({
      name: '销售台 · 华东销售团队',
      url: 'http://192.168.1.20:4317',
      hubId: 'h1',
    });
    expect(hubFromService({ port: 4317, addresses: [], referer: { address: '10.0.0.9' }, txt: { hubId: 'h2' } })?.url).toBe('http://10.0.0.9:4317');
  });

  it('ignores services that are not SalesDesk hubs or have no address', () => {
    expect(hubFromService({ name: 'printer', port: 631, addresses: ['192.168.1.5'], txt: {} })).toBeNull();
    expect(hubFromService({ name: 'x', port: 4317, addresses: ['fe80::1'], txt: { hubId: 'h' } })).toBeNull();
  });
});
