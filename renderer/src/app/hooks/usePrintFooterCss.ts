import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../shared/domain/calendarDate.ts';
import { printPageCss } from '../../../../shared/print/printPageCss.ts';
import { useProfile } from '../../db/ProfileContext.ts';
import { useMembers } from '../../db/useMembers.ts';
import { useTeamSettings } from '../../db/useTeamSettings.ts';
import { useNow } from './useNow.ts';

/**
 * The @page rule for the page on show: A4 in its orientation, and the footer the Excel 周报 prints —
 * 制表人 (whoever prints), 第 N 页 共 M 页, and the print date on the team's calendar.
 */
export const usePrintFooterCss = (landscape: boolean): string => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const name = useMembers()?.find((m) => m.id === memberId)?.name ?? '';
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  const today = toCalendarDate(useNow(), offset);
  return useMemo(
    () =>
      printPageCss(
        {
          preparedBy: name ? t('print.footer.preparedBy', { name }) : '',
          // The markers go through as they are: printPageCss turns them into CSS page counters.
          pageOf: t('print.footer.pageOf', { page: '{{page}}', pages: '{{pages}}' }),
          printedOn: t('print.footer.printedOn', { date: today }),
        },
        landscape,
      ),
    [t, name, today, landscape],
  );
};
