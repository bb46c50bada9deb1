import { appLinkHash } from '../../../../../shared/links/appLink.ts';

const GRID_HASH = appLinkHash({ kind: 'page', page: 'followups' });

/** Back to the plain grid address, replacing the link in the history (so the same link opened again fires again). */
export const leaveGridLink = (): void => {
  if (window.location.hash !== GRID_HASH) window.location.replace(GRID_HASH);
};
