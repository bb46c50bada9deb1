import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { importFields } from '../../../../../shared/importer/importFields.ts';
import type { Verdict } from '../../../../../shared/importer/importTypes.ts';
import type { ImportWizard } from '../hooks/useImportWizard.ts';
import { previewText } from '../utils/previewText.ts';

const verdicts: Verdict[] = ['new', 'changed', 'unchanged', 'skipped', 'rejected'];
const SHOWN = 200;

/** Step 4: what each row becomes — 新增 / 更新 / 不变 / 跳过 / 未导入 with the reasons — before anything is written. */
export const PreviewStep = ({ wizard, lookups }: { wizard: ImportWizard; lookups: GridLookups }) => {
  const { t } = useTranslation();
  const [only, setOnly] = useState<Verdict | null>(null);
  const { planned } = wizard;
  if (!planned) return null;
  const fields = importFields(wizard.target, lookups.customFields);
  const columns = [...new Set(Object.values(wizard.mapping).filter(Boolean))].flatMap((id) => fields.filter((f) => f.id === id));
  const normalized = new Map(planned.rows.map((r) => [r.rowNumber, r]));
  const rows = planned.plan.rows.filter((r) => !only || r.verdict === only);
  const counts = { ...planned.plan.counts, skipped: planned.plan.counts.skipped ?? 0 };
  const writes = counts.new + counts.changed;
  return (
    <div className="import-step">
      <div className="import-counts" role="tablist">
        <button role="tab" aria-selected={!only} className={!only ? 'active' : ''} onClick={() => setOnly(null)}>{t('importWizard.preview.all', { count: planned.plan.rows.length })}</button>
        {verdicts.map((v) => (
          <button key={v} role="tab" aria-selected={only === v} className={`import-verdict-${v}${only === v ? ' active' : ''}`} onClick={() => setOnly(v)} data-testid={`count-${v}`}>
            {t(`importWizard.preview.verdicts.${v}`)} {counts[v]}
          </button>
        ))}
      </div>
      {planned.plan.newCustomers.length ? <p className="import-muted">{t('importWizard.preview.newCustomers', { count: planned.plan.newCustomers.length })}</p> : null}
      <div className="import-preview">
        <table>
          <thead>
            <tr>
              <th>{t('importWizard.preview.row')}</th>
              <th>{t('importWizard.preview.result')}</th>
              {columns.map((c) => (
                <th key={c.id}>{c.label}</th>
              ))}
              <th>{t('importWizard.preview.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => {
              const n = normalized.get(r.rowNumber);
              return (
                <tr key={r.rowNumber} className={`import-row-${r.verdict}`}>
                  <th>{r.rowNumber}</th>
                  <td><span className={`import-verdict import-verdict-${r.verdict}`}>{t(`importWizard.preview.verdicts.${r.verdict}`)}</span></td>
                  {columns.map((c) => {
                    // A cell without a description held exactly its value.
                    const cell = n?.cells[c.id];
                    const shown = previewText(cell ? cell.value : n?.values[c.id], c, lookups) || (c.id === 'customerId' ? String(n?.values['customerName'] ?? '') : '');
                    return (
                      <td key={c.id} title={cell?.note ? t('importWizard.preview.noted', { raw: cell.raw, value: shown, note: cell.note }) : undefined} className={cell?.note ? 'import-noted' : ''}>
                        {shown}
                      </td>
                    );
                  })}
                  <td className="import-reasons">{[...r.reasons, ...(n?.warnings ?? [])].join(t('grid.listSeparator'))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN ? <p className="import-muted">{t('importWizard.preview.more', { count: rows.length - SHOWN })}</p> : null}
      <div className="import-actions">
        <button className="button" onClick={() => wizard.back('mapping')}>{t('importWizard.back')}</button>
        {counts.rejected > 0 ? <button className="button" disabled={wizard.busy} onClick={() => void wizard.downloadRejected()}>{t('importWizard.rejected.download', { count: counts.rejected })}</button> : null}
        <button className="button primary" disabled={wizard.busy || writes === 0} onClick={() => void wizard.commit()}>
          {t('importWizard.preview.commit', { count: writes })}
        </button>
      </div>
    </div>
  );
};
