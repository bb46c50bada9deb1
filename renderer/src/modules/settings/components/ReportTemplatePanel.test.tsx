import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { normalizeReportTemplate } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { reportTemplateDraft } from '../../../../../shared/reports/reportTemplateDraft.ts';
import { setMetricShown } from '../../../../../shared/reports/reportTemplateEdits.ts';
import { saveReportTemplate } from '../../../../../shared/reports/saveReportTemplate.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { ReportTemplatePanel } from './ReportTemplatePanel.tsx';

const stamp = { now: 1_700_000_000_000, memberId: 'admin', clock: '1700000000000:0000:t' };
const report = (memberId: string, status: 'draft' | 'submitted') =>
  stampNew({ id: `${memberId}_2026-11-19`, memberId, date: '2026-11-19', status, submittedAt: 0, lateMinutes: 0, metrics: {}, sections: {}, templateVersion: 1, edits: [], readBy: [] }, stamp);

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `tpl${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['teamsettings', 'dailyreports'] });
  await db.teamsettings.insert(stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp));
  await db.dailyreports.bulkInsert([report('rep01', 'submitted'), report('rep02', 'submitted'), report('rep03', 'draft')]);
});
afterEach(async () => {
  cleanup();
  await db.remove();
});

/** The panel over the live settings document, as SettingsPage mounts it. */
const Live = ({ canEdit }: { canEdit: boolean }) => {
  const settings = useTeamSettings();
  return settings ? <ReportTemplatePanel settings={settings} canEdit={canEdit} /> : null;
};
const mount = (canEdit: boolean) =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId: 'admin', nodeId: 'node-admin', createdAt: 0 }}>
        <Live canEdit={canEdit} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );
const stored = async () => (await db.teamsettings.findOne('team').exec())!.toMutableJSON();
const click = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })));

describe('ReportTemplatePanel', () => {
  it('publishes the short form with a choice field as version 2, keeping version 1 and the deadline', async () => {
    mount(true);
    // Submitted reports only: a draft follows the current template until it is submitted.
    await waitFor(() => expect(screen.getByTestId('report-template-old').textContent).toBe('已有 2 份日报使用旧版本，保存后不受影响。'));
    fireEvent.click(screen.getByRole('switch', { name: /简版日报/ }));
    await click('添加栏目');
    const form = screen.getByRole('form', { name: '添加自定义栏目' });
    fireEvent.change(within(form).getByLabelText('栏目名称'), { target: { value: '客户意向' } });
    fireEvent.change(within(form).getByLabelText('类型'), { target: { value: 'choice' } });
    fireEvent.change(within(form).getByLabelText('选项（每行一个）'), { target: { value: '高\n中\n低\n' } });
    await click('添加');
    // The short form lists 今日3件事 and 1个客户进展, then the new field; the preview shows it as a choice.
    expect(screen.getAllByTestId('template-section').map((row) => (row.querySelector('input.report-template-name') as HTMLInputElement).value)).toEqual(['今日3件事', '1个客户进展', '客户意向']);
    expect(within(screen.getByTestId('report-template-preview')).getByLabelText('客户意向').tagName).toBe('SELECT');
    await click('保存');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已保存为第 2 版模板，截止时间 20:00。已提交的日报仍按原来的版本显示。'));
    const settings = await stored();
    expect(settings.reportDeadline).toBe('20:00');
    expect(settings.reportTemplate).toMatchObject({ version: 2, shortForm: true, history: [{ version: 1, shortForm: false }] });
    expect(settings.reportTemplate.sections.at(-1)).toMatchObject({ label: '客户意向', kind: 'choice', options: ['高', '中', '低'], builtin: false, form: 'both' });
    expect(screen.getByTestId('report-template-version').textContent).toBe('当前第 2 版');
  });

  it('keeps an admin’s edits when another admin publishes meanwhile, refuses to overwrite that version, and loads it on 放弃修改', async () => {
    mount(true);
    fireEvent.click(await screen.findByRole('checkbox', { name: '电话' }));
    // Another admin's desktop publishes version 2 (成交金额 off), synced into this replica.
    const doc = (await db.teamsettings.findOne('team').exec())!;
    const other = saveReportTemplate(doc.toMutableJSON(), setMetricShown(reportTemplateDraft(normalizeReportTemplate(doc.reportTemplate), '20:00'), 'wonAmount', false));
    if (other.kind !== 'saved') throw new Error(other.kind);
    await patchStamped(doc, other.patch, { memberId: 'admin2', clock: createHlcClock('node-2', Date.now), now: Date.now });
    await waitFor(() => expect(screen.getByTestId('report-template-version').textContent).toBe('当前第 2 版'));
    expect((screen.getByRole('checkbox', { name: '电话' }) as HTMLInputElement).checked).toBe(false);
    await click('保存');
    expect((await screen.findByRole('alert')).textContent).toBe('另一位管理员刚保存了第 2 版模板。请点「放弃修改」载入最新版本，再重新修改。');
    expect((await stored()).reportTemplate.version).toBe(2);
    await click('放弃修改');
    expect((screen.getByRole('checkbox', { name: '电话' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: '成交金额' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows others the template read-only: nothing to click, every control disabled', async () => {
    mount(false);
    expect(await screen.findByText('只有管理员可以修改日报模板，你可以查看。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /保存|添加栏目|上移|下移|移除/ })).toBeNull();
    const panel = screen.getByTestId('report-template-panel');
    const editor = panel.querySelector('.report-template-editor')!;
    const controls = [...editor.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
    expect(controls.length).toBeGreaterThan(15);
    expect(controls.filter((c) => !c.disabled && !c.closest('fieldset[disabled]'))).toEqual([]);
  });
});
