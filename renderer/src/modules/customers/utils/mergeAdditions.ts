import type { TFunction } from 'i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';

const SHORT = ['shortName', 'industry', 'source', 'region', 'address'] as const;
const LONG = ['needs', 'painPoints', 'remark'] as const;

const optionLabel = (lookups: GridLookups, field: string, value: string): string =>
  field === 'industry' ? (lookups.options.industries.find((o) => o.id === value)?.label ?? value) : field === 'source' ? (lookups.options.sources.find((o) => o.id === value)?.label ?? value) : value;

/** What the kept customer gains from a merge, worded for the preview (联系人 2 位、竞品 1 个、地区「苏州」…). */
export const mergeAdditions = (t: TFunction, keep: CustomerDoc, after: Partial<CustomerDoc>, lookups: GridLookups): string[] => {
  const grew = (list: readonly unknown[] | undefined, before: readonly unknown[]) => (list ? list.length - before.length : 0);
  const label = (field: (typeof SHORT)[number]) => (field === 'region' || field === 'address' ? t(`customers.merge.texts.${field}`) : t(`customers.merge.fields.${field}`));
  const lines: string[] = [];
  const count = (n: number, key: 'addedContacts' | 'addedCompetitors' | 'addedEvidence' | 'addedPhones') => n > 0 && lines.push(t(`customers.merge.${key}`, { count: n }));
  count(grew(after.contacts, keep.contacts), 'addedContacts');
  count(grew(after.competitors, keep.competitors), 'addedCompetitors');
  count(grew(after.evidence, keep.evidence), 'addedEvidence');
  count(grew(after.phoneKeys, keep.phoneKeys), 'addedPhones');
  for (const f of SHORT) if (after[f] !== undefined) lines.push(t('customers.merge.addedField', { field: label(f), value: optionLabel(lookups, f, after[f] ?? '') }));
  for (const f of LONG) if (after[f] !== undefined) lines.push(t('customers.merge.addedText', { field: t(`customers.merge.texts.${f}`) }));
  return lines;
};
