import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { BehaviorSubject, Subject } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { createTeamPresence, type TeamPresence } from '../../../../../shared/sync/createTeamPresence.ts';
import type { ConnectionState, PresenceEvent, Welcome } from '../../../../../shared/sync/hubConnection.ts';
import type { EditingCell } from '../../../../../shared/sync/syncProtocol.ts';
import { buildTeamDocs } from '../../../../../shared/team/buildTeamDocs.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { TeamPresenceContext } from '../../../sync/TeamPresenceContext.ts';
import { PresenceBadge } from '../components/PresenceBadge.tsx';
import { usePresence, type FollowUpPresence } from './usePresence.ts';

let db: SalesDeskDatabase;
let presence: TeamPresence | null = null;
beforeAll(() => initI18n('zh-CN'));
afterEach(async () => {
  cleanup();
  presence?.stop();
  await db.remove();
});

/** The hub connection's side of presence as subjects: the test plays the hub. */
const link = () => {
  const sent: (EditingCell | null)[] = [];
  return {
    sent,
    state$: new BehaviorSubject<ConnectionState>({ state: 'online', since: 0 }),
    welcome$: new Subject<Welcome>(),
    presence$: new Subject<PresenceEvent>(),
    sendPresence: (e: EditingCell | null) => void sent.push(e),
  };
};

/** The hook's latest result, for the test to call setEditing on. */
const probe: { latest: FollowUpPresence | null } = { latest: null };
const Probe = () => {
  const p = usePresence();
  useEffect(() => {
    probe.latest = p;
  });
  return <div>{[...p.byRow].map(([rowId, editors]) => <div key={rowId} data-row={rowId}><PresenceBadge editors={editors} /></div>)}</div>;
};

const mount = async (source: TeamPresence | null) => {
  db = await openDatabase({ name: `pres${Date.now()}${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['members'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '启航', adminName: '张三' }, { now: Date.now(), memberId: 'm1', nodeId: 'n1' });
  await db.members.insert(docs.admin);
  return render(
    <DatabaseContext.Provider value={db}>
      <TeamPresenceContext.Provider value={new BehaviorSubject(source)}>
        <Probe />
      </TeamPresenceContext.Provider>
    </DatabaseContext.Provider>,
  );
};

describe('usePresence', () => {
  it('shows a teammate’s editor by name on its row, and sends this user’s own editor', async () => {
    const l = link();
    presence = createTeamPresence(l);
    const view = await mount(presence);
    act(() => l.presence$.next({ t: 'presence', session: 's1', memberId: 'm1', deviceId: 'd1', editing: { collection: 'followups', id: 'f1', field: 'status' }, at: 0 }));
    await waitFor(() => expect(screen.getByTestId('presence-badge').textContent).toBe('张三 正在编辑'));
    act(() => l.presence$.next({ t: 'presence', session: 's2', memberId: 'm9', deviceId: 'd2', editing: { collection: 'followups', id: 'f1', field: 'status' }, at: 0 }));
    await waitFor(() => expect(screen.getByTestId('presence-badge').textContent).toBe('张三、同事 正在编辑'));
    act(() => probe.latest?.setEditing({ id: 'f2', field: 'amount' }));
    expect(l.sent).toEqual([{ collection: 'followups', id: 'f2', field: 'amount' }]);
    view.unmount(); // leaving the page closes the editor for teammates
    expect(l.sent.at(-1)).toBeNull();
  });

  it('is empty and harmless when not connected to a hub', async () => {
    await mount(null);
    await waitFor(() => expect(probe.latest?.byRow.size).toBe(0));
    expect(() => probe.latest?.setEditing({ id: 'f1', field: 'status' })).not.toThrow();
    expect(screen.queryByTestId('presence-badge')).toBeNull();
  });
});
