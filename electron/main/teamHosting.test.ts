import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createWebApiHandlers } from '../hub/webApiHandlers.ts';
import { SYNC_PATH, SYNC_PROTOCOL } from '../../shared/sync/syncProtocol.ts';
import { createTeamHosting } from './teamHosting.ts';

const dir = mkdtempSync(join(tmpdir(), 'salesdesk-hosting-'));
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
const make = () =>
  createTeamHosting({ dataDir: join(dir, 'hub'), rendererDir: join(dir, 'renderer'), port: 0, handlers: createWebApiHandlers({ version: 't', platform: 'linux' }), log: () => undefined, advertise: false });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hello = (url: string, token: string) =>
  new Promise<Record<string, unknown>>((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}${SYNC_PATH}`);
    ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', protocol: SYNC_PROTOCOL, token, deviceId: 'test' })));
    ws.on('message', (d) => (resolve(JSON.parse(String(d)) as Record<string, unknown>), ws.close()));
    ws.on('error', reject);
  });

describe('hosting the team hub on this desktop', () => {
  it('starts the hub, keeps the admin’s member id, and remembers to start again', async () => {
    const hosting = make();
    expect(hosting.state().running).toBe(false);
    const team = await hosting.host({ memberId: 'admin-1', name: '张伟' });
    expect(hosting.state().running).toBe(true);
    expect(await hello(team.hubUrl, team.token)).toMatchObject({ t: 'welcome', member: { id: 'admin-1', role: 'admin' }, hubId: team.hubId });
    expect(existsSync(join(dir, 'hub', 'hub.sqlite'))).toBe(true);
    await hosting.stop();

    const afterRestart = make();
    expect(await afterRestart.resume()).toBe(true);
    expect(afterRestart.state().running).toBe(true);
    await afterRestart.stop();
  });

  it('does not start a hub at launch on a desktop that never hosted', async () => {
    const other = createTeamHosting({ dataDir: join(dir, 'never'), rendererDir: join(dir, 'renderer'), port: 0, handlers: createWebApiHandlers({ version: 't', platform: 'linux' }), log: () => undefined, advertise: false });
    expect(await other.resume()).toBe(false);
    expect(other.state().running).toBe(false);
  });
});
