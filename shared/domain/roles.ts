/** 管理员 admin, 主管 manager, 销售 rep. */
export type Role = 'admin' | 'manager' | 'rep';

export const roles: readonly Role[] = ['admin', 'manager', 'rep'];
