import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../shared/attachments/sha256Hex.ts';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { descKey } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { formatHlc } from '../../../../../shared/sync/hlc.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { blobStore } from '../utils/blobStore.ts';
import { CustomerDetailPage } from './CustomerDetailPage.tsx';

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
afterEach(async () => {
  cleanup();
  await db.remove();
});

const HOUR = 3_600_000;
const NOW = Date.now();
const stamp = (memberId: string, at = NOW - 48 * HOUR) => ({ now: at, memberId, clock: formatHlc({ ms: at, counter: 0, node: 'seed' }) });
const member = (id: string, name: string, role: Role) =>
  stampNew({ id, name, role, managerId: '', department: '', phone: '', email: '', active: true, joinedAt: 0, monthlyTarget: 0 }, stamp('admin'));
const followUp = (id: string, customerId: string, followedAt: number, summary: string, stage = 'needs') =>
  stampNew({ id, customerId, contactId: 'k1', followedAt, followedDesc: descKey(followedAt), method: 'phone', summary, status: 'callback', stage, nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'rep', remark: '', custom: {}, importBatchId: '' }, stamp('rep', followedAt));

const seed = async () => {
  db = await openDatabase({ name: `cd${Date.now()}${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['members', 'teamsettings', 'customers', 'followups', 'comments', 'notifications', 'attachments'] });
  await db.teamsettings.insert(stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp('admin')));
  await db.members.bulkInsert([member('mgr', '陈主管', 'manager'), member('rep', '李娜', 'rep'), member('rep2', '王芳', 'rep')]);
  const contacts = [{ id: 'k1', name: '王工', title: '技术总监', phone: '13800138000', wechat: '', email: '', roles: ['tech' as const], note: '' }];
  await db.customers.bulkInsert([
    stampNew({ ...newCustomerFields('c1', '苏州恒瑞精密机械有限公司', 'rep'), stage: 'needs', needClarity: 'need' as const, contacts, phoneKeys: ['13800138000'], expectedAmount: 150000, lastFollowedAt: NOW - 24 * HOUR }, stamp('rep')),
    stampNew({ ...newCustomerFields('c2', '恒瑞精密', 'rep'), trashed: false, mergedInto: 'c1' }, stamp('mgr')),
  ]);
  await db.followups.bulkInsert([followUp('f1', 'c1', NOW - 30 * HOUR, '第一次电话'), followUp('f2', 'c1', NOW - 24 * HOUR, '现场看产线')]);
};

const show = (memberId: string, customerId = 'c1') =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId, nodeId: memberId, createdAt: 0 }}>
        <CustomerDetailPage customerId={customerId} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );
const customer = async () => (await db.customers.findOne('c1').exec())!.toJSON();
const summaries = () => screen.getAllByTestId('timeline-followup').map((el) => el.querySelector('.cd-summary')?.textContent);

describe('CustomerDetailPage on real RxDB', () => {
  it('the owner adds a follow-up from the page: stamped, in the timeline at once (newest first), the customer’s stage moves', async () => {
    await seed();
    show('rep');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('苏州恒瑞精密机械有限公司');
    await waitFor(() => expect(summaries()).toEqual(['现场看产线', '第一次电话']));
    fireEvent.click(await screen.findByRole('button', { name: '新增跟进' }));
    const form = screen.getByRole('form', { name: '新增跟进' });
    // Nothing written: says what is missing.
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: '保存跟进' })));
    expect(within(form).getByRole('alert').textContent).toContain('请写下这次跟进的内容');
    fireEvent.change(within(form).getByLabelText('跟进内容'), { target: { value: '报价已发，客户下周回复' } });
    fireEvent.change(within(form).getByLabelText('销售阶段'), { target: { value: 'quote' } });
    fireEvent.change(within(form).getByLabelText('金额'), { target: { value: '12万' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: '保存跟进' })));
    await waitFor(() => expect(summaries()[0]).toBe('报价已发，客户下周回复'));
    const [added] = (await db.followups.find({ selector: { summary: '报价已发，客户下周回复' } }).exec()).map((d) => d.toJSON());
    expect(added).toMatchObject({ customerId: 'c1', ownerId: 'rep', stage: 'quote', amount: 120000, createdBy: 'rep' });
    expect(Object.keys(added!.clock)).toEqual(['*']);
    await waitFor(async () => expect((await customer()).stage).toBe('quote'));
    expect((await customer()).lastFollowedAt).toBe(added!.followedAt);
    expect(screen.getByTestId('customer-stage').textContent).toBe('方案报价');
  });

  it('the owner adds a contact with roles; the decision chain, the phone keys and the health breakdown follow', async () => {
    await seed();
    show('rep');
    const card = await screen.findByTestId('customer-contacts');
    fireEvent.click(await within(card).findByRole('button', { name: '+ 添加联系人' }));
    const form = within(card).getByRole('form', { name: '添加联系人' });
    fireEvent.change(within(form).getByLabelText('姓名'), { target: { value: '李经理' } });
    fireEvent.change(within(form).getByLabelText('电话'), { target: { value: '+86 139-0000-1111' } });
    fireEvent.click(within(form).getByLabelText('采购'));
    fireEvent.click(within(form).getByLabelText('决策人'));
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: '保存联系人' })));
    await waitFor(() => expect(within(card).getAllByTestId('contact')).toHaveLength(2));
    const saved = await customer();
    expect(saved.contacts[1]).toMatchObject({ name: '李经理', roles: ['purchase', 'decision'] });
    expect(saved.phoneKeys).toEqual(['13800138000', '13900001111']);
    expect(saved.clock['contacts']).toBeDefined();
    // 王工 (技术) was reached by both follow-ups: one third of the chain; the new contact is not reached yet.
    expect(within(screen.getByTestId('health-breakdown')).getAllByRole('listitem')[2]?.textContent).toContain('8.3 / 25');
  });

  it('recording an evidence node with a note and a file raises the maturity; the file is kept here by its SHA-256, waiting for the hub', async () => {
    await seed();
    show('rep');
    const card = await screen.findByTestId('customer-evidence');
    expect(within(card).getByTestId('customer-maturity').textContent).toBe('0.0');
    fireEvent.click(await within(card).findByRole('button', { name: '记录技术协议签署' }));
    const form = within(card).getByRole('form', { name: '记录证据：技术协议签署' });
    fireEvent.change(within(form).getByLabelText('说明'), { target: { value: '技术协议已盖章' } });
    const bytes = new TextEncoder().encode('%PDF-1.4 技术协议');
    fireEvent.change(within(form).getByLabelText('附件（合同、截图）'), { target: { files: [new File([bytes], '技术协议.pdf', { type: 'application/pdf' })] } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: '保存' })));
    await waitFor(() => expect(within(card).getByTestId('customer-maturity').textContent).toBe('0.5'));
    const saved = await customer();
    expect(saved.evidence).toEqual([{ node: 'techAgreement', reachedAt: toCalendarDate(Date.now(), 480), note: '技术协议已盖章', attachmentIds: [expect.any(String)] }]);
    const attachment = (await db.attachments.findOne(saved.evidence[0]!.attachmentIds[0]!).exec())!.toJSON();
    expect(attachment).toMatchObject({ ownerType: 'evidence', ownerId: 'c1', fileName: '技术协议.pdf', size: bytes.length, sha256: sha256Hex(bytes) });
    expect(await blobStore.get(attachment.sha256)).toEqual(bytes);
    expect(await blobStore.pending()).toContain(attachment.sha256);
    expect(await within(card).findByText('技术协议.pdf')).toBeTruthy();
  });

  it('another rep reads the customer but cannot change it; a comment is still possible and notifies the owner', async () => {
    await seed();
    show('rep2');
    expect((await screen.findByTestId('customer-readonly')).textContent).toContain('这是 李娜 负责的客户');
    expect(screen.queryByRole('button', { name: '新增跟进' })).toBeNull();
    expect(screen.queryByRole('button', { name: '编辑商机信息' })).toBeNull();
    expect(screen.queryByRole('button', { name: '+ 添加联系人' })).toBeNull();
    fireEvent.change(screen.getByLabelText('写批注，输入 @ 提到同事…'), { target: { value: '这家我以前跟过，可以找我', selectionStart: 12 } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '发送' })));
    await waitFor(async () => expect(await db.comments.count().exec()).toBe(1));
    expect((await db.comments.find().exec())[0]?.toJSON()).toMatchObject({ targetType: 'customer', targetId: 'c1', authorId: 'rep2' });
    expect((await db.notifications.find().exec()).map((n) => [n.recipientId, n.title])).toEqual([['rep', '王芳 批注了你的客户「苏州恒瑞精密机械有限公司」']]);
    // The comment is in the timeline, above the follow-ups (newest first).
    await waitFor(() => expect(screen.getAllByTestId('comment')).toHaveLength(1));
    expect(screen.getByTestId('customer-timeline').querySelector('.cd-entry')?.classList.contains('comment')).toBe(true);
  });

  it('a merged customer says where it went, with a link', async () => {
    await seed();
    show('mgr', 'c2');
    const notice = await screen.findByTestId('customer-merged');
    expect(notice.textContent).toBe('这个客户已合并到「苏州恒瑞精密机械有限公司」，它的跟进记录都在那里；此页只保留合并前的资料。');
    expect(within(notice).getByRole('link').getAttribute('href')).toBe('#/customers/c1');
    expect(screen.queryByRole('button', { name: '编辑商机信息' })).toBeNull();
  });
});
