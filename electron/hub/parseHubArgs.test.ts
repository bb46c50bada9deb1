import { describe, expect, it } from 'vitest';
import { HUB_DEFAULT_PORT, parseHubArgs } from './parseHubArgs.ts';

describe('parseHubArgs', () => {
  it('uses LAN-friendly defaults', () => {
    expect(parseHubArgs([])).toEqual({ ok: true, options: { port: HUB_DEFAULT_PORT, host: '0.0.0.0', data: 'hub-data' } });
    expect(parseHubArgs(['--restore', 'b.sqlite'])).toMatchObject({ ok: true, options: { restore: 'b.sqlite' } });
    expect(parseHubArgs(['--import-archive', '团队.archive'])).toMatchObject({ ok: true, options: { 'import-archive': '团队.archive' } });
    expect(parseHubArgs(['--import-archive']).ok).toBe(false);
  });

  it('reads --data, --port, --host and --renderer', () => {
    const parsed = parseHubArgs(['--data', '/srv/team', '--port', '5000', '--host', '127.0.0.1', '--renderer', 'out/renderer']);
    expect(parsed).toEqual({ ok: true, options: { port: 5000, host: '127.0.0.1', data: '/srv/team', renderer: 'out/renderer' } });
  });

  it('explains a bad port or an unknown option in Chinese with the usage line', () => {
    const bad = parseHubArgs(['--port', '七万']);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/参数无效：--port/);
    const unknown = parseHubArgs(['--colour', 'red']);
    expect(!unknown.ok && unknown.message).toContain('用法：npm run hub');
    expect(parseHubArgs(['--port', '70000']).ok).toBe(false);
  });
});
