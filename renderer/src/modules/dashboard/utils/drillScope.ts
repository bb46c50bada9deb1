import { appLinkHash } from '../../../../../shared/links/appLink.ts';

/** What the rows behind a chart are narrowed by, in words: 「本周」「张伟」「展会」. */
export type DrillScope = { period: string; member: string | null; source: string | null };

/**
 * The grid's chip title for the rows behind a bar or point: the scope, then what was clicked
 * (「本周 张伟 方案报价」); and the link that shows exactly those rows (null when there are none).
 */
export const drillTitle = (scope: DrillScope, ...what: string[]): string => [scope.period, scope.member, scope.source, ...what].filter((p): p is string => !!p).join(' ');

export const drillLink = (ids: readonly string[], title: string): string | null => (ids.length === 0 ? null : appLinkHash({ kind: 'followUpIds', ids: [...ids], title }));
