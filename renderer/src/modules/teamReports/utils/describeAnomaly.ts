import type { TFunction } from 'i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { CONVERSION_PERIOD_DAYS, type TeamAnomaly } from '../../../../../shared/reports/teamAnomalies.ts';
import { formatRate } from './formatRate.ts';
import { localTimeParts } from './localTimeParts.ts';

export type AnomalyLookups = {
  memberName: (id: string) => string;
  customerName: (id: string) => string;
  stageLabel: (id: string) => string;
  utcOffsetMinutes: number;
  periodDays?: number;
};

/** What one warning says, its tooltip with the numbers, and the rows behind it. */
export type AnomalyText = { text: string; tip: string; href: string };

const rowsLink = (ids: readonly string[], title: string): string =>
  ids.length === 1 ? appLinkHash({ kind: 'followUpRow', id: ids[0]! }) : appLinkHash({ kind: 'followUpIds', ids: [...ids], title });

/** Words a warning for the team view; the numbers come straight from the anomaly, so the tooltip can be checked by hand. */
export const describeAnomaly = (a: TeamAnomaly, t: TFunction, look: AnomalyLookups): AnomalyText => {
  const name = look.memberName(a.memberId);
  const link = (what: string, ids: readonly string[]) => rowsLink(ids, t('teamReports.anomalies.linkTitle', { name, what }));
  if (a.kind === 'conversion') {
    const numbers = {
      name, from: look.stageLabel(a.stage), to: look.stageLabel(a.next), days: look.periodDays ?? CONVERSION_PERIOD_DAYS,
      rate: formatRate(a.rep.rate), converted: a.rep.converted, entered: a.rep.entered,
      teamRate: formatRate(a.team.rate), teamConverted: a.team.converted, teamEntered: a.team.entered, gap: formatRate(a.gap),
    };
    const text = t('teamReports.anomalies.conversion', numbers);
    return { text, tip: `${text}\n${t('teamReports.anomalies.conversionTip', numbers)}`, href: link(t('teamReports.anomalies.conversionWhat', numbers), a.rep.enteredIds) };
  }
  if (a.kind === 'stalled') {
    const oldest = a.customers[0];
    const text = t('teamReports.anomalies.stalled', { name, count: a.customers.length });
    const tip = t('teamReports.anomalies.stalledTip', { customer: oldest ? look.customerName(oldest.customerId) : '', days: oldest?.idleDays ?? 0 });
    return { text, tip: `${text}\n${tip}`, href: link(t('teamReports.anomalies.stalledWhat'), a.customers.map((c) => c.followUpId)) };
  }
  const { move } = a;
  const stage = (id: string) => (id === '' ? t('teamReports.anomalies.noStage') : look.stageLabel(id));
  const words = { name, customer: look.customerName(move.customerId), from: stage(move.from), to: stage(move.to) };
  const text = t('teamReports.anomalies.moved', words);
  const where = t(move.source === 'customer' ? 'teamReports.anomalies.whereCustomer' : 'teamReports.anomalies.whereFollowUp');
  const when = localTimeParts(move.movedAt, look.utcOffsetMinutes);
  const tip = t('teamReports.anomalies.movedTip', { ...words, where, time: t('comments.time', when) });
  return { text, tip: `${text}\n${tip}`, href: move.followUpIds.length > 0 ? link(words.customer, move.followUpIds) : appLinkHash({ kind: 'page', page: 'customers' }) };
};
