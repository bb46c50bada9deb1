import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNewReportField } from '../../../../../shared/reports/checkReportTemplateDraft.ts';
import { builtinReportSections } from '../../../../../shared/reports/defaultReportTemplate.ts';
import type { ReportField, ReportTemplateModel } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { inDraftForm, type ReportTemplateDraft } from '../../../../../shared/reports/reportTemplateDraft.ts';
import {
  addReportField, moveSection, removeReportField, removedReportFields, renameSection, restoreReportField,
  setSectionEnabled, setSectionRequired, setShortForm, type NewReportField,
} from '../../../../../shared/reports/reportTemplateEdits.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { reportSectionLabel } from '../../reports/utils/reportSectionLabel.ts';
import { reportTemplateIssueText } from '../utils/reportTemplateIssueText.ts';
import { RemovedReportFieldList } from './RemovedReportFieldList.tsx';
import { ReportFieldForm } from './ReportFieldForm.tsx';
import { ReportSectionRow } from './ReportSectionRow.tsx';

type Props = {
  draft: ReportTemplateDraft;
  model: ReportTemplateModel;
  canEdit: boolean;
  /** Sections the last save attempt found a problem with. */
  invalid: ReadonlySet<string>;
  apply: (change: (draft: ReportTemplateDraft) => ReportTemplateDraft) => void;
};

const builtinById = new Map(builtinReportSections.map((s) => [s.id, s]));

/** 填写栏目: the short-form switch, the sections of the chosen form in order, 添加栏目, and the removed ones. */
export const ReportSectionList = ({ draft, model, canEdit, invalid, apply }: Props) => {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const listed = draft.sections.filter((s) => inDraftForm(draft, s));
  const savedLabel = new Map(model.sections.map((s) => [s.id, s.label]));
  // A row keeps its name while its label is retyped: the built-in name, or the label last saved.
  const name = (s: ReportField) => {
    const builtin = s.builtin ? builtinById.get(s.id) : undefined;
    return builtin ? reportSectionLabel(t, builtin) : (savedLabel.get(s.id) ?? s.label);
  };
  const add = (field: NewReportField): string[] | null => {
    const issues = checkNewReportField(draft, field);
    if (issues.length) return issues.map((i) => reportTemplateIssueText(t, i, draft, field.label));
    apply((d) => addReportField(d, field, newRecordId('s', Date.now())));
    setAdding(false);
    return null;
  };
  return (
    <>
      <label className="report-template-short">
        <input type="checkbox" role="switch" className="settings-fields-switch" checked={draft.shortForm} disabled={!canEdit} onChange={(e) => apply((d) => setShortForm(d, e.target.checked))} />
        <span>
          <strong>{t('reportTemplate.shortForm')}</strong>
          <small className="muted">{t('reportTemplate.shortFormHint')}</small>
        </span>
      </label>
      <ul className="report-template-sections">
        {listed.map((s, i) => (
          <ReportSectionRow
            key={s.id}
            field={s}
            name={name(s)}
            first={i === 0}
            last={i === listed.length - 1}
            canEdit={canEdit}
            invalid={invalid.has(s.id)}
            onEnable={(on) => apply((d) => setSectionEnabled(d, s.id, on))}
            onRename={(label) => apply((d) => renameSection(d, s.id, label))}
            onRequire={(on) => apply((d) => setSectionRequired(d, s.id, on))}
            onMove={(step) => apply((d) => moveSection(d, s.id, step))}
            onRemove={() => apply((d) => removeReportField(d, s.id))}
          />
        ))}
      </ul>
      {canEdit &&
        (adding ? (
          <ReportFieldForm onAdd={add} onCancel={() => setAdding(false)} />
        ) : (
          <button type="button" className="button report-template-add" onClick={() => setAdding(true)}>
            {t('reportTemplate.addField')}
          </button>
        ))}
      <RemovedReportFieldList removed={removedReportFields(model, draft)} canEdit={canEdit} onRestore={(f) => apply((d) => restoreReportField(d, f))} />
    </>
  );
};
