import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import type { DraftSave } from '../hooks/useReportDraft.ts';

/** Whether what was typed is stored yet: quiet when saved, in red with the reason when not. */
export const DraftSaveState = ({ save, utcOffsetMinutes }: { save: DraftSave; utcOffsetMinutes: number }) => {
  const { t } = useTranslation();
  switch (save.state) {
    case 'idle':
      return <span className="daily-report-save" />;
    case 'saving':
      return <span className="daily-report-save" role="status">{t('dailyReport.draft.saving')}</span>;
    case 'saved':
      return (
        <span className="daily-report-save" role="status" data-testid="draft-saved">
          {t('dailyReport.draft.saved', { time: formatInstant(save.at, utcOffsetMinutes).slice(11) })}
        </span>
      );
    case 'failed':
      return <span className="daily-report-save failed" role="alert">{t('dailyReport.draft.failed', { reason: save.reason })}</span>;
  }
};
