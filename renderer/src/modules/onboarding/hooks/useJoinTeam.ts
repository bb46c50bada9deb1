import { useCallback, useState } from 'react';
import { joinTeam } from '../../../../../shared/sync/joinTeam.ts';
import type { LocalProfile } from '../../../../../shared/team/buildTeamDocs.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { PROFILE_DOC } from '../../../db/useLocalProfile.ts';

export type JoinState = { phase: 'idle' } | { phase: 'joining' } | { phase: 'error'; reason: string };
export type JoinArgs = { hubUrl: string; code: string; name: string; deviceName: string };

/** Joins a hub with a code; the saved profile (with the token) starts replication of the team's data. */
export const useJoinTeam = (): [JoinState, (args: JoinArgs) => Promise<void>] => {
  const db = useDatabase();
  const [state, setState] = useState<JoinState>({ phase: 'idle' });
  const join = useCallback(
    async ({ hubUrl, ...request }: JoinArgs) => {
      setState({ phase: 'joining' });
      const result = await joinTeam(hubUrl, request);
      if (!result.ok) return setState({ phase: 'error', reason: result.message });
      const { memberId, token, hubId } = result.value;
      const profile: LocalProfile = { memberId, nodeId: crypto.randomUUID().slice(0, 8), createdAt: Date.now(), hub: { url: hubUrl, token, hubId } };
      await db.upsertLocal(PROFILE_DOC, profile);
    },
    [db],
  );
  return [state, join];
};
