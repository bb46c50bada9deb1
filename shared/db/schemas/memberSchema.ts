import type { RxJsonSchema } from 'rxdb';
import type { Role } from '../../domain/roles.ts';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import { idField, refField, shortText } from './fieldTypes.ts';

/** 成员: a person on the team. Auth tokens live on the hub, never in replicated data. */
export type MemberDoc = SyncMeta & {
  id: string;
  name: string;
  role: Role;
  /** The 主管 this member reports to ('' for none). */
  managerId: string;
  department: string;
  phone: string;
  email: string;
  active: boolean;
  joinedAt: number;
  /** Monthly target amount (¥) used by the weekly report. */
  monthlyTarget: number;
};

export const memberSchema: RxJsonSchema<MemberDoc> = {
  title: 'member',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: { type: 'string', maxLength: 60 },
    role: { type: 'string', enum: ['admin', 'manager', 'rep'], maxLength: 10 },
    managerId: refField,
    department: shortText,
    phone: { type: 'string', maxLength: 40 },
    email: { type: 'string', maxLength: 120 },
    active: { type: 'boolean' },
    joinedAt: { type: 'number', minimum: 0 },
    monthlyTarget: { type: 'number', minimum: 0 },
    ...syncMetaProperties,
  },
  required: ['id', 'name', 'role', 'managerId', 'active', 'joinedAt', ...syncMetaRequired],
  indexes: ['name'],
};
