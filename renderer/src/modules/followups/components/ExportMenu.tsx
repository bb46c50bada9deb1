import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../importExport/hooks/useExportView.ts';
import { useDismiss } from '../hooks/useDismiss.ts';

type Props = { busy: boolean; onExport: (format: ExportFormat) => void };

/** 导出 ▾: the view on show as an Excel workbook or a CSV file. */
export const ExportMenu = ({ busy, onExport }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  useDismiss(ref, () => setOpen(false));
  const choose = (format: ExportFormat) => {
    setOpen(false);
    onExport(format);
  };
  return (
    <span ref={ref} className="export-menu">
      <button disabled={busy} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {busy ? t('importWizard.export.busy') : t('importWizard.export.button')}
      </button>
      {open ? (
        <span className="export-menu-list" role="menu">
          <button role="menuitem" onClick={() => choose('xlsx')}>{t('importWizard.export.xlsx')}</button>
          <button role="menuitem" onClick={() => choose('csv')}>{t('importWizard.export.csv')}</button>
        </span>
      ) : null}
    </span>
  );
};
