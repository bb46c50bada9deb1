import { roles, type Role } from '../../../shared/domain/roles.ts';
import type { JoinCodeRecord, TokenRecord } from './HubStore.ts';
import { rowValues } from './rowValues.ts';

/** Maps rows of the tokens and join_codes tables to the store's records. */
export const authRows = {
  token(row: Record<string, unknown>): TokenRecord {
    return {
      tokenHash: rowValues.text(row, 'token_hash'),
      memberId: rowValues.text(row, 'member_id'),
      role: roleOf(row),
      deviceName: rowValues.text(row, 'device_name'),
      createdAt: rowValues.integer(row, 'created_at'),
      revokedAt: rowValues.integerOrNull(row, 'revoked_at'),
    };
  },
  joinCode(row: Record<string, unknown>): JoinCodeRecord {
    return {
      code: rowValues.text(row, 'code'),
      role: roleOf(row),
      createdBy: rowValues.text(row, 'created_by'),
      createdAt: rowValues.integer(row, 'created_at'),
      expiresAt: rowValues.integer(row, 'expires_at'),
      usedAt: rowValues.integerOrNull(row, 'used_at'),
    };
  },
};

function roleOf(row: Record<string, unknown>): Role {
  const value = rowValues.text(row, 'role');
  const role = roles.find((known) => known === value);
  if (role === undefined) throw new Error(`团队数据文件中有未知角色“${value}”，请升级销售台后再打开。`);
  return role;
}
