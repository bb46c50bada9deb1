import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planRowLink } from '../../../../../shared/grid/planRowLink.ts';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { useLocationHash } from '../../../app/hooks/useLocationHash.ts';
import { leaveGridLink } from '../utils/leaveGridLink.ts';
import type { WorkingSet } from './useFollowUpRows.ts';
import type { ViewStateControls } from './useViewState.ts';

type Options = { set: WorkingSet; vs: ViewStateControls; shownIds: readonly string[]; onSwitch: () => void; onMessage: (text: string) => void };

/**
 * A link to one row (`#/followups/row/<id>`): once every row has loaded, the row is selected where it
 * is, or after switching to a view that holds it (planRowLink); then the address is given back, so the
 * same link opened again works again. Returns the row to select (DataGrid's `linkedId`) and how
 * to say it was selected. Call it from the component that owns `vs`, `onSwitch` and `onMessage`: the
 * plan is applied while rendering, as React's "adjust state when a prop changes".
 */
export const useRowLink = ({ set, vs, shownIds, onSwitch, onMessage }: Options) => {
  const { t } = useTranslation();
  const hash = useLocationHash();
  const link = useMemo(() => parseAppLink(hash), [hash]);
  const [handled, setHandled] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  if (link.kind !== 'followUpRow' && handled !== null) setHandled(null);
  if (link.kind === 'followUpRow' && set.loaded && handled !== hash) {
    setHandled(hash);
    const plan = planRowLink(vs.state, shownIds, set.rows.get(link.id));
    if (plan.kind === 'missing') onMessage(t('today.gridLink.missing'));
    else {
      if (plan.kind === 'switch') {
        vs.replace(plan.state);
        onSwitch();
      }
      setTarget(link.id);
    }
  }
  useEffect(() => {
    if (link.kind === 'followUpRow' && handled === hash) leaveGridLink();
  }, [link, handled, hash]);
  const done = useCallback(() => setTarget(null), []);
  return { target, done };
};
