import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrintFooterCss } from '../hooks/usePrintFooterCss.ts';

type Props = {
  /** What the page is called on paper and in the print queue, e.g. 团队日报 2026-12-01. */
  title: string;
  /** The PDF's proposed name (.pdf is added), e.g. 团队日报-2026-12-01. */
  fileName: string;
  /** A4 landscape unless a page asks for portrait. */
  landscape?: boolean;
};

type Status = { error: boolean; text: string } | null;

/**
 * window.api, loaded on the click: a page that only renders the buttons (a DOM test of a report) opens
 * no connection to a hub. The desktop's preload sets window.api; without it this is web mode.
 */
const loadApi = async () => (await import('../../platform/api.ts')).api;

/**
 * 打印 and 导出 PDF for the page on show, through window.api (the desktop's print dialog and printToPDF,
 * or the browser's print dialog), with the outcome beside the buttons. While mounted it also sets the
 * page's @page rule: A4 in this orientation, and the footer every printed page carries.
 */
export const PrintButton = ({ title, fileName, landscape = true }: Props) => {
  const { t } = useTranslation();
  const web = window.api === undefined;
  const css = usePrintFooterCss(landscape);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const orientation = t(landscape ? 'print.landscape' : 'print.portrait');
  const run = async (call: () => Promise<Status>, failed: 'print.failed' | 'print.saveFailed') => {
    setBusy(true);
    try {
      setStatus(await call());
    } catch (err) {
      setStatus({ error: true, text: t(failed, { reason: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };
  const print = () =>
    run(async () => {
      const { outcome } = await (await loadApi()).printPage({ title, landscape });
      // A browser's dialog does not say what happened; the page then says nothing either.
      return outcome === 'browserDialog' ? null : { error: false, text: t(outcome === 'printed' ? 'print.printed' : 'print.cancelled') };
    }, 'print.failed');
  const savePdf = () => {
    // Said before the browser's dialog opens (it blocks the page), so the user knows to pick 另存为 PDF there.
    if (web) setStatus({ error: false, text: t('print.usePrintDialog') });
    return run(async () => {
      const result = await (await loadApi()).savePdf({ fileName, landscape });
      if (result.printDialog) return { error: false, text: t('print.usePrintDialog') };
      return { error: false, text: result.saved && result.path ? t('print.saved', { path: result.path }) : t('print.notSaved') };
    }, 'print.saveFailed');
  };
  return (
    <div className="print-actions" role="group" aria-label={t('print.group')}>
      <style>{css}</style>
      <button type="button" className="button" disabled={busy} title={t('print.printHint', { orientation })} onClick={() => void print()}>
        {t('print.print')}
      </button>
      <button type="button" className="button" disabled={busy} title={web ? t('print.savePdfHintWeb') : t('print.savePdfHint', { orientation })} onClick={() => void savePdf()}>
        {t('print.savePdf')}
      </button>
      {status && (
        <span className={status.error ? 'print-status field-error' : 'print-status'} role={status.error ? 'alert' : 'status'} data-testid="print-status">
          {status.text}
        </span>
      )}
    </div>
  );
};
