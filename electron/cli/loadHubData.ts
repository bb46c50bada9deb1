import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomerDoc } from '../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import type { MemberDoc } from '../../shared/db/schemas/memberSchema.ts';
import { TEAM_SETTINGS_ID, type TeamSettingsDoc } from '../../shared/db/schemas/teamSettingsSchema.ts';
import type { ExistingData, NormalizeContext } from '../../shared/importer/importTypes.ts';
import type { HubStore } from '../hub/store/HubStore.ts';
import { openSqliteHubStore } from '../hub/store/openSqliteHubStore.ts';

export type HubData = { context: Omit<NormalizeContext, 'today' | 'memberId'>; existing: ExistingData; adminId: string };

const PAGE = 5000;

/** Every live (not deleted, not in the recycle bin) document of a collection, paged by sequence number. */
const liveDocs = <T>(store: HubStore, collection: string): T[] => {
  const docs: T[] = [];
  for (let after = 0; ; ) {
    const page = store.pull(collection, after, PAGE);
    for (const row of page) if (!row.doc._deleted && row.doc.trashed !== true) docs.push(row.doc as unknown as T);
    if (page.length < PAGE) return docs;
    after = page[page.length - 1]?.seq ?? after;
  }
};

/**
 * The team as a hub stores it (DIR/hub.sqlite): members, customers, option lists and rules for
 * normalizing, and the customers and follow-ups a re-import is matched against. Read only.
 */
export const loadHubData = (dir: string): HubData | { message: string } => {
  const file = join(dir, 'hub.sqlite');
  if (!existsSync(file)) return { message: `在 ${dir} 中找不到团队数据（hub.sqlite）。请用 --hub-data 指定团队服务器的数据目录。` };
  const store = openSqliteHubStore({ file, newId: randomUUID });
  try {
    const settings = liveDocs<TeamSettingsDoc>(store, 'teamsettings').find((s) => s.id === TEAM_SETTINGS_ID);
    if (!settings) return { message: `${dir} 中的团队还没有团队设置，无法预览导入。` };
    const members = liveDocs<MemberDoc>(store, 'members');
    const customers = liveDocs<CustomerDoc>(store, 'customers');
    const followUps = liveDocs<FollowUpDoc>(store, 'followups');
    const lookups = {
      customers: new Map(customers.map((c) => [c.id, { name: c.name, stage: c.stage, contacts: c.contacts.map((k) => ({ id: k.id, name: k.name })) }])),
      members: new Map(members.map((m) => [m.id, { name: m.name }])),
      options: settings.options,
      customFields: settings.customFields,
      utcOffsetMinutes: settings.utcOffsetMinutes,
    };
    const adminId = members.find((m) => m.role === 'admin')?.id ?? '';
    return { context: { lookups, utcOffsetMinutes: settings.utcOffsetMinutes, rules: settings.validationRules }, existing: { customers, followUps }, adminId };
  } finally {
    store.close();
  }
};
