import { uploadBlob } from '../../../../../shared/attachments/blobClient.ts';
import { blobStore } from './blobStore.ts';
import { uploadEvents } from './uploadEvents.ts';

/** What one pass achieved: how many went up, and the hub's refusal if any (offline is no refusal, just later). */
export type UploadPass = { uploaded: number; refused: string | null };

let running: Promise<UploadPass> | null = null;

/**
 * Sends every attachment still waiting on this desktop to the team hub, one at a time; stops at the first
 * sign the hub is unreachable (the next pass tries again). One pass at a time per window.
 */
export const uploadPending = (hubUrl: string, token: string): Promise<UploadPass> =>
  (running ??= (async () => {
    let uploaded = 0;
    let refused: string | null = null;
    try {
      for (const sha of await blobStore.pending()) {
        const bytes = await blobStore.get(sha);
        if (!bytes) {
          await blobStore.markUploaded(sha);
          continue;
        }
        const result = await uploadBlob(hubUrl, token, sha, bytes);
        if (result.ok) {
          await blobStore.markUploaded(sha);
          uploaded += 1;
        } else if (result.reason === 'unreachable') break;
        else refused = result.message;
      }
    } finally {
      running = null;
      if (uploaded > 0) uploadEvents.notify();
    }
    return { uploaded, refused };
  })());
