import { useEffect } from 'react';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useSyncStatus } from '../../../sync/SyncStatusContext.ts';
import { uploadEvents } from '../utils/uploadEvents.ts';
import { uploadPending } from '../utils/uploadPending.ts';

const RETRY_MS = 30_000;

/**
 * Sends attachments waiting on this desktop to the team hub: at once, whenever a file is attached, when
 * sync comes back, and every half minute while any wait. Renders nothing. Without a hub (a one-person
 * team) files simply stay on this desktop.
 */
export const AttachmentUploadEffect = () => {
  const { hub } = useProfile();
  const offline = useSyncStatus().kind === 'offline';
  const url = hub?.url;
  const token = hub?.token;
  useEffect(() => {
    if (!url || !token || offline) return undefined;
    const pass = () => void uploadPending(url, token).catch(() => undefined);
    pass();
    const stop = uploadEvents.subscribe(pass);
    const timer = setInterval(pass, RETRY_MS);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [url, token, offline]);
  return null;
};
