import { z } from 'zod';
import type { Contact, ContactRole, CustomerDoc } from '../db/schemas/customerSchema.ts';
import { phoneKeys } from '../importer/phoneKeys.ts';

export const contactRoles: readonly ContactRole[] = ['tech', 'purchase', 'finance', 'decision'];

/** A contact as typed in the customer page's form; every refusal says what to fix, in Chinese. */
export const contactInputSchema = z.object({
  name: z.string().trim().min(1, '请填写联系人姓名。').max(60, '姓名最多 60 个字。'),
  title: z.string().trim().max(60, '职位最多 60 个字。'),
  phone: z
    .string()
    .trim()
    .max(40, '电话最多 40 个字符。')
    .refine((p) => p === '' || phoneKeys(p).length > 0, '电话号码至少要有 5 位数字，例如 138 0013 8000 或 021-5555 6666。'),
  wechat: z.string().trim().max(60, '微信号最多 60 个字符。'),
  email: z.string().trim().max(120, '邮箱最多 120 个字符。').refine((e) => e === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e), '邮箱格式不对，例如 zhang@example.com。'),
  roles: z.array(z.enum(['tech', 'purchase', 'finance', 'decision'])),
  note: z.string().trim().max(500, '备注最多 500 个字。'),
});
export type ContactInput = z.input<typeof contactInputSchema>;

/** An empty form for a new contact. */
export const emptyContactInput = (): ContactInput => ({ name: '', title: '', phone: '', wechat: '', email: '', roles: [], note: '' });

/** The form's fields for an existing contact (older records may lack some). */
export const contactInputOf = (c: Contact): ContactInput => ({
  name: c.name, title: c.title ?? '', phone: c.phone ?? '', wechat: c.wechat ?? '', email: c.email ?? '', roles: [...c.roles], note: c.note ?? '',
});

/** The typed form as a contact, or the first problem per field. Roles keep the decision chain's order. */
export const parseContactInput = (id: string, input: ContactInput): { ok: true; contact: Contact } | { ok: false; errors: Partial<Record<keyof ContactInput, string>> } => {
  const parsed = contactInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<keyof ContactInput, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof ContactInput;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const roles = contactRoles.filter((r) => parsed.data.roles.includes(r));
  return { ok: true, contact: { id, ...parsed.data, roles } };
};

/**
 * The customer patch for a new contact list: the contacts, and the phone keys that duplicate detection
 * matches on — the company's own numbers stay, the old contacts' numbers are replaced by the new ones'.
 */
export const contactsPatch = (customer: Pick<CustomerDoc, 'contacts' | 'phoneKeys'>, contacts: Contact[]): Pick<CustomerDoc, 'contacts' | 'phoneKeys'> => {
  const before = new Set(customer.contacts.flatMap((c) => phoneKeys(c.phone ?? '')));
  const company = (customer.phoneKeys ?? []).filter((k) => !before.has(k));
  return { contacts, phoneKeys: [...new Set([...company, ...contacts.flatMap((c) => phoneKeys(c.phone ?? ''))])] };
};
