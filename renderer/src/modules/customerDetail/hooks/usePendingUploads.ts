import { useEffect, useState } from 'react';
import { blobStore } from '../utils/blobStore.ts';
import { uploadEvents } from '../utils/uploadEvents.ts';

/** The SHA-256 of the files on this desktop still waiting for the team hub; updated as files are attached or sent. */
export const usePendingUploads = (): ReadonlySet<string> => {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    const load = () => void blobStore.pending().then((list) => live && setPending(new Set(list)), () => undefined);
    load();
    const stop = uploadEvents.subscribe(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return pending;
};
