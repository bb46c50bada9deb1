import { useEffect, useMemo, useState } from 'react';
import { map } from 'rxjs';
import { forecastDeals, type Forecast, type ForecastCustomer } from '../../../../../shared/customers/forecastDeals.ts';
import { forecastDeviation, pastMonths, type DeviationMonth } from '../../../../../shared/customers/forecastDeviation.ts';
import { highForecastLowEvidence } from '../../../../../shared/customers/highForecastLowEvidence.ts';
import type { ForecastDeal } from '../../../../../shared/customers/forecastDeals.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { queryPlain } from '../../../db/queryPlain.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';

export type ForecastView = { today: string; forecast: Forecast; risky: ForecastDeal[]; deviation: DeviationMonth[] | undefined; names: ReadonlyMap<string, string> };

/** How many whole months back the forecast is compared with what was won. */
const PAST_MONTHS = 6;

/** Every follow-up's stage moves and amounts, read once below RxCollection (plain rows): what past months are checked against. */
const useFollowUpMoves = (): Pick<FollowUpDoc, 'customerId' | 'followedAt' | 'stage' | 'trashed' | 'amount'>[] | undefined => {
  const db = useDatabase();
  const [rows, setRows] = useState<FollowUpDoc[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void queryPlain(db.followups, { selector: {} }).then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [db]);
  return rows;
};

/**
 * The team's forecast from evidence as of today (live as customers change): by month and by rep with
 * commit and best case, 高预测低证据, and the last six months' forecast against what was won.
 */
export const useForecast = (): ForecastView | undefined => {
  const db = useDatabase();
  const settings = useTeamSettings();
  const customers = useObservable(() => db.customers.find({ selector: { trashed: false } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))), [db]);
  const followUps = useFollowUpMoves();
  const offset = settings?.utcOffsetMinutes ?? 480;
  const today = toCalendarDate(useNow(), offset);
  const forecast = useMemo(() => (customers && settings ? forecastDeals(customers as ForecastCustomer[], settings.options.stages, today) : undefined), [customers, settings, today]);
  const deviation = useMemo(
    () => (customers && settings && followUps ? forecastDeviation({ customers, followUps, stages: settings.options.stages, months: pastMonths(today, PAST_MONTHS), utcOffsetMinutes: offset }) : undefined),
    [customers, settings, followUps, today, offset],
  );
  const names = useMemo(() => new Map((customers ?? []).map((c) => [c.id, c.name])), [customers]);
  return useMemo(() => (forecast ? { today, forecast, risky: highForecastLowEvidence(forecast.deals), deviation, names } : undefined), [forecast, today, deviation, names]);
};
