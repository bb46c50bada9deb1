import { rmSync } from 'node:fs';
import type { SalesDeskDatabase } from '../../shared/db/collections.ts';
import type { HubConnection } from '../../shared/sync/hubConnection.ts';
import type { TeamSync } from '../../shared/sync/startTeamSync.ts';

/** A Node desktop that takes part in an e2e test through the real hub. */
export type OfficeDesk = { db: SalesDeskDatabase; conn: HubConnection; sync: TeamSync };

/** After a spec: the office desktop stops and forgets its data, the hub closes, its folder goes. */
export const closeOffice = async (office: OfficeDesk, hub: { close: () => Promise<void> }, dir: string): Promise<void> => {
  await office.sync.stop();
  office.conn.close();
  await office.db.remove();
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
};
