import { useCallback, useState } from 'react';
import { parseJoinCode, PIN_MISMATCH_MESSAGE } from '../../../../../shared/sync/hubPin.ts';
import { joinTeam } from '../../../../../shared/sync/joinTeam.ts';
import type { LocalProfile } from '../../../../../shared/team/buildTeamDocs.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { saveLocalProfile } from '../../../db/saveLocalProfile.ts';
import { api } from '../../../platform/api.ts';

export type JoinState = { phase: 'idle' } | { phase: 'joining' } | { phase: 'error'; reason: string };
export type JoinArgs = { hubUrl: string; code: string; name: string; deviceName: string };

/** Joins a hub with a code; the saved profile (with the token) starts replication of the team's data. */
export const useJoinTeam = (): [JoinState, (args: JoinArgs) => Promise<void>] => {
  const db = useDatabase();
  const [state, setState] = useState<JoinState>({ phase: 'idle' });
  const join = useCallback(
    async ({ hubUrl, ...request }: JoinArgs) => {
      setState({ phase: 'joining' });
      // The desktop's main accepts the hub's certificate only as the code's pin says; pinned before the code is sent.
      const pin = parseJoinCode(request.code)?.pin ?? undefined;
      if (pin && hubUrl.startsWith('https:')) await api.pinHubCertificate({ hubUrl, pin }).catch(() => undefined);
      const result = await joinTeam(hubUrl, request);
      if (!result.ok) {
        // In the desktop app main refused the certificate; the page only saw the request fail.
        const refused = hubUrl.startsWith('https:') && (await api.wasHubCertificateRefused({ hubUrl }).catch(() => ({ refused: false }))).refused;
        return setState({ phase: 'error', reason: refused ? PIN_MISMATCH_MESSAGE : result.message });
      }
      const { memberId, token, hubId } = result.value;
      const profile: LocalProfile = { memberId, nodeId: crypto.randomUUID().slice(0, 8), createdAt: Date.now(), hub: { url: hubUrl, token, hubId, ...(pin ? { pin } : {}) } };
      await saveLocalProfile(db, api, profile);
    },
    [db],
  );
  return [state, join];
};
