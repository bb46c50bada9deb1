import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingImport } from '../../importExport/utils/pendingImport.ts';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** A spreadsheet dropped on the grid opens the import wizard with it (导入导出), as a user would expect. */
export const GridFileDrop = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    pendingImport.put(file);
    window.location.hash = '/importExport';
  };
  return (
    <div className="grid-drop-zone" onDragOver={(e) => hasFiles(e) && (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
      {children}
      {over ? <div className="grid-drop-hint">{t('importWizard.dropOnGrid')}</div> : null}
    </div>
  );
};
