import type { CalendarDate } from '../domain/calendarDate.ts';
import { ARCHIVE_EXTENSION } from './archiveFormat.ts';

const unsafe = /[\\/:*?"<>|]/g;

/** 团队全部数据_华东销售团队_2026-12-03.xlsx or 团队归档_华东销售团队_2026-12-03.archive (the team's calendar date). */
export const dataSafetyFileName = (kind: 'workbook' | 'archive', teamName: string, date: CalendarDate): string => {
  const team = [...teamName.replace(unsafe, ' ').replace(/\s+/g, ' ').trim()].filter((ch) => ch.charCodeAt(0) >= 32).slice(0, 40).join('');
  const base = kind === 'workbook' ? '团队全部数据' : '团队归档';
  return `${[base, ...(team ? [team] : []), date].join('_')}${kind === 'workbook' ? '.xlsx' : ARCHIVE_EXTENSION}`;
};
