import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/appApi.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { lanAddresses } from '../hub/lanAddresses.ts';
import { startTeamHub, type TeamHub } from '../hub/startTeamHub.ts';

export type HostingDeps = {
  /** Folder for the hub's SQLite file and backups (the app's userData/hub). */
  dataDir: string;
  rendererDir: string;
  port: number;
  handlers: ApiHandlers;
  log: (message: string) => void;
  /** Announce the hub on the LAN by mDNS. */
  advertise: boolean;
};

export type HostedTeam = { hubUrl: string; lanUrls: string[]; token: string; hubId: string; pin: string };
export type HostingState = { running: boolean; lanUrls: string[] };

const FLAG_FILE = 'hosting.json';

/**
 * 团队设置 → 本机作为团队服务器: runs the team hub inside the desktop app (same code as the headless hub)
 * and joins this desktop's admin to it, keeping the team already on this desktop. Remembered, so the
 * hub starts again with the app.
 */
export const createTeamHosting = (deps: HostingDeps) => {
  let hub: TeamHub | null = null;
  // Colleagues reach the hub over TLS; this desktop's own window uses loopback.
  const lanUrls = () => (hub ? lanAddresses().map((a) => `https://${a}:${hub?.port ?? deps.port}`) : []);
  const ensureHub = async (): Promise<TeamHub> => {
    hub ??= await startTeamHub({ dataDir: deps.dataDir, host: '0.0.0.0', port: deps.port, rendererDir: deps.rendererDir, handlers: deps.handlers, log: deps.log, advertise: deps.advertise });
    return hub;
  };
  return {
    /** Starts hosting (if not yet) and returns a token for this desktop's admin. */
    host: async (admin: { memberId: string; name: string }): Promise<HostedTeam> => {
      const running = await ensureHub();
      const loopback = `http://127.0.0.1:${running.port}`;
      const joined = await joinTeam(loopback, { code: running.issueJoinCode('admin'), name: admin.name, deviceName: '团队服务器（本机）', memberId: admin.memberId });
      if (!joined.ok) throw new Error(joined.message);
      writeFileSync(join(deps.dataDir, FLAG_FILE), JSON.stringify({ hosting: true }));
      return { hubUrl: loopback, lanUrls: lanUrls(), token: joined.value.token, hubId: joined.value.hubId, pin: running.certificate.pin };
    },
    /** At app start: bring the hub back if this desktop was hosting. */
    resume: async (): Promise<boolean> => {
      const flag = join(deps.dataDir, FLAG_FILE);
      if (!existsSync(flag) || !(JSON.parse(readFileSync(flag, 'utf8')) as { hosting?: boolean }).hosting) return false;
      await ensureHub();
      return true;
    },
    state: (): HostingState => ({ running: hub !== null, lanUrls: lanUrls() }),
    stop: async () => {
      await hub?.close();
      hub = null;
    },
  };
};

export type TeamHosting = ReturnType<typeof createTeamHosting>;
