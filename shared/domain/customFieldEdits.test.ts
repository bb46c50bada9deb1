import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { addCustomField, archiveCustomField, fieldsInOrder, moveCustomField, restoreCustomField, updateCustomField } from './customFieldEdits.ts';
import { defaultTeamSettings } from './defaultTeamSettings.ts';

const field = (id: string, order: number, over: Partial<CustomFieldDef> = {}): CustomFieldDef => ({
  id, label: `字段${id}`, type: 'text', target: 'followUp', options: [], order, archived: false, ...over,
});
const ids = (fields: readonly CustomFieldDef[]) => fields.map((f) => f.id);
const base = [field('a', 0), field('b', 1), field('c', 2), field('x', 0, { target: 'customer' }), field('old', 3, { archived: true })];

describe('custom field edits', () => {
  it('adds a live field at the end of its target', () => {
    const next = addCustomField(base, 'followUp', { label: '意向等级', type: 'select', options: ['A', 'B'] }, 'n1');
    expect(next.at(-1)).toEqual({ id: 'n1', label: '意向等级', type: 'select', target: 'followUp', options: ['A', 'B'], order: 4, archived: false });
    expect(addCustomField(base, 'customer', { label: '规模', type: 'text', options: [] }, 'n2').at(-1)?.order).toBe(1);
    expect(base).toHaveLength(5);
  });

  it('lists live fields in order, then archived ones', () => {
    const { live, archived } = fieldsInOrder([field('b', 5), field('a', 1), field('z', 0, { archived: true })], 'followUp');
    expect(ids(live)).toEqual(['a', 'b']);
    expect(ids(archived)).toEqual(['z']);
  });

  it('updates label, type and options but keeps id, order and target', () => {
    const next = updateCustomField(base, 'b', { label: '新名', type: 'select', options: ['甲'] });
    expect(next[1]).toEqual({ ...base[1], label: '新名', type: 'select', options: ['甲'] });
  });

  it('moves a field up or down among the live fields of its target', () => {
    const down = moveCustomField(base, 'a', 1);
    expect(ids(fieldsInOrder(down, 'followUp').live)).toEqual(['b', 'a', 'c']);
    const up = moveCustomField(down, 'c', -1);
    expect(ids(fieldsInOrder(up, 'followUp').live)).toEqual(['b', 'c', 'a']);
    // At the ends nothing moves; other targets and archived fields keep their order.
    expect(moveCustomField(base, 'a', -1)).toEqual(base);
    expect(moveCustomField(base, 'c', 1)).toEqual(base);
    expect(down.find((f) => f.id === 'x')?.order).toBe(0);
    expect(down.find((f) => f.id === 'old')?.order).toBe(3);
  });

  it('archives a field and switches off the rules that use it', () => {
    const rules = [
      ...defaultTeamSettings('团队', '公司').validationRules,
      { id: 'r1', field: 'custom.b', values: [], requires: ['amount'], message: '填金额', enabled: true },
      { id: 'r2', field: 'method', values: ['visit'], requires: ['custom.b'], message: '填B', enabled: true },
    ];
    const result = archiveCustomField(base, rules, 'b');
    expect(result.customFields.find((f) => f.id === 'b')?.archived).toBe(true);
    expect(result.disabledRules).toEqual(['r1', 'r2']);
    expect(result.validationRules.filter((r) => r.enabled).map((r) => r.id)).toEqual(['quoteNeedsAmount', 'signedNeedsAmount', 'nextActionNeedsDate']);
    // Archiving keeps the definition (records keep their values under its id).
    expect(result.customFields).toHaveLength(base.length);
  });

  it('restores an archived field at the end, unless a live field took its label', () => {
    const result = restoreCustomField(base, 'old');
    expect(result.ok && result.fields.find((f) => f.id === 'old')).toMatchObject({ archived: false, order: 4 });
    const clash = [...base, field('new', 5, { label: '字段old' })];
    expect(restoreCustomField(clash, 'old')).toEqual({ ok: false, code: 'labelTaken' });
  });
});
