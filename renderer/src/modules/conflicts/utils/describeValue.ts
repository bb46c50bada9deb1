import type { TFunction } from 'i18next';
import type { OptionItem, OptionLists } from '../../../../../shared/domain/options.ts';

export type ValueContext = { t: TFunction; options: OptionLists | undefined; memberNames: Map<string, string> };

const optionListOf: Record<string, keyof OptionLists> = { status: 'statuses', stage: 'stages', method: 'methods', source: 'sources', industry: 'industries' };

/** A field value as a person reads it: option labels, member names, 是/否, shortened text. */
export const describeValue = (field: string, value: unknown, { t, options, memberNames }: ValueContext): string => {
  if (value === undefined || value === null || value === '') return t('conflicts.empty');
  if (typeof value === 'boolean') return value ? t('conflicts.yes') : t('conflicts.no');
  const list = optionListOf[field];
  if (list && typeof value === 'string') return (options?.[list] as OptionItem[] | undefined)?.find((o) => o.id === value)?.label ?? value;
  if (typeof value === 'string' && memberNames.has(value)) return memberNames.get(value) as string;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
