import { useEffect } from 'react';
import type { PageId } from '../../../../shared/api/apiSchemas.ts';
import { api } from '../../platform/api.ts';

/** Follows navigation requests from the desktop menu (视图 → 跟进表 …). */
export const MenuNavigationEffect = ({ go }: { go: (page: PageId) => void }): null => {
  useEffect(() => api.onEvent((event) => event.type === 'navigate' && go(event.page)), [go]);
  return null;
};
