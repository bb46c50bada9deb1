import type { CollectionName } from '../../db/collections.ts';
import type { OptionLists } from '../../domain/options.ts';

/** How a stored value reads in the team workbook. */
export type TeamFieldKind =
  | { k: 'text' }
  | { k: 'number' }
  | { k: 'money' }
  | { k: 'instant' }
  | { k: 'date' }
  | { k: 'bool' }
  | { k: 'member' }
  | { k: 'customer' }
  | { k: 'option'; list: keyof OptionLists }
  | { k: 'enum'; labels: Readonly<Record<string, string>> }
  /** Anything nested (contacts, metrics, template…): readable text, ids turned into names. */
  | { k: 'nested' };

export type TeamField = { key: string; header: string; kind: TeamFieldKind; width?: number };

const f = (key: string, header: string, kind: TeamFieldKind = { k: 'text' }, width?: number): TeamField => ({ key, header, kind, ...(width ? { width } : {}) });
const member = { k: 'member' } as const;
const instant = { k: 'instant' } as const;
const date = { k: 'date' } as const;
const num = { k: 'number' } as const;
const money = { k: 'money' } as const;
const bool = { k: 'bool' } as const;
const nested = { k: 'nested' } as const;
const option = (list: keyof OptionLists): TeamFieldKind => ({ k: 'option', list });
const labels = (l: Record<string, string>): TeamFieldKind => ({ k: 'enum', labels: l });

const roles = labels({ admin: '管理员', manager: '主管', rep: '销售' });

/** Sheet order and names; each lists its columns in reading order (unlisted fields are appended, never dropped). */
export const teamSheets: readonly { collection: CollectionName; name: string; fields: readonly TeamField[] }[] = [
  { collection: 'customers', name: '客户', fields: [
    f('name', '客户名称', undefined, 28), f('shortName', '简称'), f('industry', '行业', option('industries')), f('source', '来源渠道', option('sources')),
    f('ownerId', '负责人', member), f('stage', '销售阶段', option('stages')), f('status', '当前状态', option('statuses')),
    f('grade', '客户等级'), f('gradeOverride', '手动等级', nested), f('healthScore', '健康分', num),
    f('intent', '意向', labels({ '': '', high: '高', medium: '中', low: '低' })), f('winProbability', '成交概率', num),
    f('expectedAmount', '预计金额', money), f('wonAmount', '成交金额', money),
    f('needClarity', '需求明确度', labels({ none: '未明确', need: '有需求', drawing: '有图纸', budget: '有预算' })),
    f('needs', '需求', undefined, 30), f('painPoints', '痛点', undefined, 30), f('region', '地区'), f('address', '地址', undefined, 30),
    f('contacts', '联系人', nested, 36), f('competitors', '竞争对手', nested, 30), f('evidence', '证据节点', nested, 36),
    f('lastFollowedAt', '最近跟进', instant), f('nextDate', '下次跟进', date), f('expectedCloseDate', '预计成交日期', date),
    f('remark', '备注', undefined, 30), f('custom', '自定义字段', nested, 30), f('gradeHistory', '等级历史', nested, 30), f('mergedInto', '已合并到', { k: 'customer' }),
  ] },
  { collection: 'followups', name: '跟进记录', fields: [
    f('customerId', '客户', { k: 'customer' }, 28), f('contactId', '联系人'), f('followedAt', '跟进时间', instant), f('method', '跟进方式', option('methods')),
    f('summary', '跟进内容摘要', undefined, 40), f('status', '当前状态', option('statuses')), f('stage', '销售阶段', option('stages')),
    f('amount', '金额', money), f('nextDate', '下一步日期', date), f('nextAction', '下一步动作', undefined, 24),
    f('nextOwnerId', '下一步负责人', member), f('ownerId', '责任人', member), f('remark', '备注', undefined, 24), f('custom', '自定义字段', nested, 30),
  ] },
  { collection: 'dailyreports', name: '日报', fields: [
    f('memberId', '提交人', member), f('date', '日期', date), f('status', '状态', labels({ draft: '草稿', submitted: '已提交' })),
    f('submittedAt', '提交时间', instant), f('lateMinutes', '迟交分钟', num), f('metrics', '今日数据', nested, 40),
    f('sections', '填写内容', nested, 60), f('templateVersion', '模板版本', num), f('edits', '提交后修改', nested, 30), f('readBy', '已读', nested, 24),
  ] },
  { collection: 'comments', name: '批注', fields: [
    f('authorId', '作者', member), f('targetType', '批注对象', labels({ dailyReport: '日报', followUp: '跟进记录', customer: '客户' })),
    f('targetId', '对象编号', undefined, 24), f('body', '内容', undefined, 50), f('mentions', '@提及', nested), f('parentId', '回复的批注'), f('readBy', '已读', nested, 24),
  ] },
  { collection: 'members', name: '成员', fields: [
    f('name', '姓名'), f('role', '角色', roles), f('managerId', '主管', member), f('department', '部门'), f('phone', '电话'), f('email', '邮箱', undefined, 24),
    f('active', '在职', bool), f('joinedAt', '加入时间', instant), f('monthlyTarget', '月度目标', money),
  ] },
  { collection: 'teamsettings', name: '团队设置', fields: [
    f('teamName', '团队名称', undefined, 20), f('company', '公司', undefined, 28), f('department', '部门'), f('utcOffsetMinutes', '时区（分钟）', num),
    f('reportDeadline', '日报截止'), f('repsSeeOwnOnly', '销售只看自己的客户', bool), f('options', '选项列表', nested, 60), f('customFields', '自定义字段', nested, 40),
    f('validationRules', '校验规则', nested, 40), f('reportTemplate', '日报模板', nested, 40), f('weeklyTemplate', '周报模板', nested, 40), f('weeklySummaryAt', '周报提醒', nested),
  ] },
  { collection: 'attachments', name: '附件', fields: [
    f('fileName', '文件名', undefined, 30), f('ownerType', '所属', labels({ customer: '客户', followUp: '跟进记录', evidence: '证据节点' })),
    f('ownerId', '所属编号', undefined, 24), f('mime', '类型', undefined, 20), f('size', '大小（字节）', num), f('sha256', '文件指纹 SHA-256', undefined, 30),
  ] },
  { collection: 'savedviews', name: '保存的视图', fields: [
    f('name', '名称'), f('target', '用于', labels({ followUps: '跟进表', customers: '客户' })), f('ownerId', '所有人', member), f('shared', '共享', bool), f('order', '顺序', num), f('state', '视图设置', nested, 50),
  ] },
  { collection: 'importbatches', name: '导入记录', fields: [
    f('fileName', '文件名', undefined, 30), f('kind', '导入到', labels({ followUps: '跟进表', customers: '客户' })), f('sheetName', '工作表'), f('fileSize', '大小（字节）', num),
    f('status', '状态', labels({ committing: '导入中', committed: '已导入', undone: '已撤销' })), f('counts', '条数', nested, 30), f('finishedAt', '完成时间', instant),
    f('mapping', '列对应', nested, 40), f('layoutKey', '表头布局'), f('undo', '撤销数据', nested, 20),
  ] },
  { collection: 'notifications', name: '通知', fields: [
    f('recipientId', '接收人', member), f('senderId', '发送人', member),
    f('kind', '类型', labels({ nudge: '催交', mention: '@提及', comment: '批注', due: '到期跟进', deadline: '日报截止', gradeA: 'A级客户', weeklyReport: '周报' })),
    f('title', '标题', undefined, 24), f('body', '内容', undefined, 40), f('targetType', '对象类型'), f('targetId', '对象编号', undefined, 24), f('readAt', '已读时间', instant),
  ] },
];

/** Every sheet ends with who made and last changed the record, the recycle bin, and its id. */
export const trailingFields: readonly TeamField[] = [
  f('createdBy', '创建人', member), f('createdAt', '创建时间', instant), f('updatedBy', '最后修改人', member), f('updatedAt', '最后修改时间', instant),
  f('trashed', '在回收站', bool), f('trashedAt', '移入回收站时间', instant), f('id', '记录ID', undefined, 24),
];

/** Sync bookkeeping and derived keys: not team data, left out of the readable workbook (the archive keeps them). */
export const omittedKeys: ReadonlySet<string> = new Set(['clock', 'conflicts', '_deleted', '_rev', '_meta', '_attachments', 'followedDesc', 'nameKey', 'phoneKeys', 'importBatchId']);
