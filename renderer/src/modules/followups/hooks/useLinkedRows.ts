import { useMemo } from 'react';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { useLocationHash } from '../../../app/hooks/useLocationHash.ts';

/** The rows an `#/followups/ids/…` link names: shown instead of the view until the chip's × is clicked. */
export type LinkedRows = { ids: ReadonlySet<string>; count: number; title: string | null; key: string };

/**
 * The link to a set of rows in the address, or null. It stays in the address while it is shown, so a
 * reload shows the same rows; leaving it (leaveGridLink) brings back the view that was on show.
 */
export const useLinkedRows = (): LinkedRows | null => {
  const hash = useLocationHash();
  return useMemo(() => {
    const link = parseAppLink(hash);
    if (link.kind !== 'followUpIds') return null;
    return { ids: new Set(link.ids), count: link.ids.length, title: link.title ?? null, key: hash };
  }, [hash]);
};
