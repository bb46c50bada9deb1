import type { HubStore } from '../../electron/hub/store/HubStore.ts';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';

/** Fills a hub store with a generated team of `followUps` follow-ups, as if desktops had pushed it. */
export const seedHub = (store: HubStore, followUps: number, now: number): { docs: number } => {
  const demo = generateDemoData({ seed: 11, now, followUps, adminId: 'bench-admin' });
  const plan: [string, { id: string }[]][] = [
    ['teamsettings', [demo.teamSettings]],
    ['members', demo.members],
    ['customers', demo.customers],
    ['followups', demo.followUps],
    ['dailyreports', demo.dailyReports],
    ['comments', demo.comments],
  ];
  let docs = 0;
  for (const [collection, list] of plan) {
    for (let i = 0; i < list.length; i += 1000) {
      const rows = list.slice(i, i + 1000).map((d) => ({ assumedMasterState: null, newDocumentState: { ...d, _deleted: false } }));
      store.push(collection, rows, { memberId: 'bench-admin', deviceId: 'bench', at: now });
      docs += rows.length;
    }
  }
  return { docs };
};
