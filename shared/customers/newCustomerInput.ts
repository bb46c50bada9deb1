import { z } from 'zod';
import type { Contact, CustomerDoc } from '../db/schemas/customerSchema.ts';
import { newCustomerFields } from '../domain/newCustomerFields.ts';
import { phoneKeys } from '../importer/phoneKeys.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';

/** 新建客户 as typed; every refusal says what to fix, in Chinese. */
export const newCustomerInputSchema = z.object({
  name: z.string().trim().min(1, '请填写客户名称。').max(200, '客户名称最多 200 个字。'),
  shortName: z.string().trim().max(60, '简称最多 60 个字。'),
  industry: z.string().max(40),
  source: z.string().max(40),
  contactName: z.string().trim().max(60, '联系人姓名最多 60 个字。'),
  phone: z
    .string()
    .trim()
    .max(40, '电话最多 40 个字符。')
    .refine((p) => p === '' || phoneKeys(p).length > 0, '电话号码至少要有 5 位数字，例如 138 0013 8000 或 021-5555 6666。'),
  ownerId: z.string().min(1, '请选择负责人。').max(40),
});
export type NewCustomerInput = z.input<typeof newCustomerInputSchema>;
export type NewCustomerErrors = Partial<Record<keyof NewCustomerInput, string>>;

export const emptyNewCustomerInput = (ownerId: string): NewCustomerInput => ({ name: '', shortName: '', industry: '', source: '', contactName: '', phone: '', ownerId });

/**
 * The typed form as a new customer record (a lead), or the first problem per field. A contact name or
 * phone becomes the first contact; the phone's digits become the customer's phone keys, which
 * duplicate detection and import matching use.
 */
export const parseNewCustomerInput = (id: string, contactId: string, input: NewCustomerInput): { ok: true; customer: Omit<CustomerDoc, keyof SyncMeta> } | { ok: false; errors: NewCustomerErrors } => {
  const parsed = newCustomerInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors: NewCustomerErrors = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as keyof NewCustomerInput] ??= issue.message;
    return { ok: false, errors };
  }
  const v = parsed.data;
  const contacts: Contact[] = v.contactName || v.phone ? [{ id: contactId, name: v.contactName, title: '', phone: v.phone, wechat: '', email: '', roles: [], note: '' }] : [];
  return { ok: true, customer: { ...newCustomerFields(id, v.name, v.ownerId), shortName: v.shortName, industry: v.industry, source: v.source, contacts, phoneKeys: phoneKeys(v.phone) } };
};
