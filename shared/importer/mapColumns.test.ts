import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { mapColumns } from './mapColumns.ts';

describe('mapColumns', () => {
  it('maps a Chinese 跟进表 by its titles and synonyms', () => {
    const headers = ['序号', '公司', '联系人', '日期', '方式', '沟通内容', '状态', '阶段', '报价金额', '下次跟进日期', '计划', '业务员', '备注'];
    const { mapping, confidence } = mapColumns(headers, 'followUps');
    expect(Object.values(mapping)).toEqual(['', 'customerId', 'contactId', 'followedAt', 'method', 'summary', 'status', 'stage', 'amount', 'nextDate', 'nextAction', 'ownerId', 'remark']);
    expect(confidence[0]).toBe(0);
    expect(confidence[2]).toBe(1);
    expect(confidence[1]).toBe(0.9);
  });

  it('maps English titles, required marks, full-width brackets and titles that contain a known name', () => {
    const { mapping } = mapColumns(['Customer *', 'Follow-up date', 'Sales Rep', 'Notes', '客户名称（全称）', '金额（元）'], 'followUps');
    expect(Object.values(mapping)).toEqual(['customerId', 'followedAt', 'ownerId', 'summary', '', 'amount']);
  });

  it('reads two-row titles by their group: 下一步计划/日期 → 下一步日期', () => {
    const { mapping } = mapColumns(['客户', '跟进时间', '下一步/时间', '下一步/内容', '下一步/执行人', '基本信息/联系人'], 'followUps');
    expect(Object.values(mapping)).toEqual(['customerId', 'followedAt', 'nextDate', 'nextAction', 'nextOwnerId', 'contactId']);
  });

  it('gives each field one column, the surest guess first', () => {
    const { mapping } = mapColumns(['日期', '跟进时间', '客户', '客户名称'], 'followUps');
    expect(Object.values(mapping)).toEqual(['', 'followedAt', 'customerId', '']);
  });

  it('maps customer lists, the hidden 记录ID and team custom fields', () => {
    const custom: CustomFieldDef[] = [{ id: 'budget', label: '预算区间', type: 'select', target: 'customer', options: ['10万以下'], order: 1, archived: false }];
    const { mapping } = mapColumns(['客户名称', '手机', '所属行业', '客户来源', '级别', '负责人', '预算区间', '_id'], 'customers', undefined, custom);
    expect(Object.values(mapping)).toEqual(['name', 'phone', 'industry', 'source', 'grade', 'ownerId', 'custom.budget', 'id']);
  });

  it('uses a remembered mapping for the same layout, dropping fields that no longer exist', () => {
    const headers = ['A列', 'B列', 'C列'];
    const { mapping, confidence } = mapColumns(headers, 'followUps', { 0: 'customerId', 1: 'custom.gone', 2: 'summary' });
    expect(mapping).toEqual({ 0: 'customerId', 1: '', 2: 'summary' });
    expect(confidence).toEqual({ 0: 1, 1: 1, 2: 1 });
  });
});
