import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { builtInColumns, CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import type { ColumnKind } from '../grid/gridTypes.ts';
import type { ImportField, ImportTarget } from './importTypes.ts';

/** Our export's hidden row-id column, so re-importing an exported sheet updates the same records. */
const idField: ImportField = { id: 'id', label: '记录ID', kind: 'id', required: false, synonyms: ['_id', 'id', '记录id', '记录编号', 'row id', 'record id'] };

/** What people call each follow-up column in their old sheets (Chinese, then English); matching ignores case, width and spaces. */
const followUpSynonyms: Readonly<Record<string, readonly string[]>> = {
  customerId: ['客户名称', '客户', '公司', '公司名称', '单位', '单位名称', '客户单位', '企业名称', '客户全称', 'customer', 'company', 'client', 'account'],
  contactId: ['联系人', '对接人', '客户联系人', '联系人姓名', 'contact', 'contact name'],
  followedAt: ['跟进时间', '跟进日期', '日期', '时间', '拜访日期', '拜访时间', '沟通时间', '沟通日期', '联系时间', '联系日期', 'date', 'time', 'follow-up date', 'followed at'],
  method: ['跟进方式', '方式', '沟通方式', '联系方式', '跟进形式', '拜访方式', 'method', 'channel', 'type'],
  summary: ['跟进内容摘要', '跟进内容', '内容', '摘要', '沟通内容', '跟进情况', '拜访内容', '跟进记录', '沟通记录', '情况说明', '详情', 'summary', 'content', 'notes', 'description', 'details'],
  status: ['当前状态', '状态', '跟进状态', '客户状态', 'status'],
  stage: ['销售阶段', '阶段', '商机阶段', '项目阶段', '客户阶段', 'stage', 'pipeline stage'],
  amount: ['金额', '报价金额', '合同金额', '成交金额', '预计金额', '金额(元)', '金额（元）', '报价', 'amount', 'value', 'deal size'],
  nextDate: ['下一步日期', '下次跟进日期', '下次跟进时间', '下次联系时间', '下次拜访时间', '下一步计划日期', '计划日期', '回访日期', '下一步计划/日期', '下一步计划/时间', '下一步/日期', '下次跟进', 'next date', 'next follow-up', 'due date'],
  nextAction: ['下一步动作', '下一步', '下一步计划', '计划', '后续计划', '下步计划', '下一步工作', '下一步计划/动作', '下一步计划/内容', '下一步/动作', 'next step', 'next action'],
  nextOwnerId: ['下一步负责人', '下一步计划/负责人', '下一步/负责人', '执行人', 'next owner'],
  ownerId: ['责任人', '负责人', '业务员', '销售', '销售员', '跟进人', '客户经理', '销售代表', '归属人', 'owner', 'sales', 'sales rep', 'salesperson', 'assigned to'],
  remark: ['备注', '说明', '其他', 'remark', 'remarks', 'comment', 'memo', 'note'],
};

const customerFields: readonly ImportField[] = [
  { id: 'name', label: '客户名称', kind: 'text', required: true, synonyms: ['客户名称', '客户', '公司', '公司名称', '单位', '单位名称', '企业名称', '客户全称', 'customer', 'company', 'name', 'company name'] },
  { id: 'shortName', label: '简称', kind: 'text', required: false, synonyms: ['客户简称', '简称', '公司简称', 'short name', 'alias'] },
  { id: 'industry', label: '行业', kind: 'option', optionList: 'industries', required: false, synonyms: ['所属行业', '行业', 'industry'] },
  { id: 'source', label: '来源渠道', kind: 'option', optionList: 'sources', required: false, synonyms: ['客户来源', '来源', '渠道', '来源渠道', 'source', 'lead source'] },
  { id: 'grade', label: '客户等级', kind: 'grade', required: false, synonyms: ['等级', '级别', '客户级别', '分级', 'grade', 'level', 'rating'] },
  { id: 'ownerId', label: '负责人', kind: 'member', required: false, synonyms: ['责任人', '业务员', '销售', '销售员', '客户经理', '归属人', 'owner', 'sales rep', 'salesperson'] },
  { id: 'stage', label: '销售阶段', kind: 'option', optionList: 'stages', required: false, synonyms: ['阶段', '商机阶段', 'stage'] },
  { id: 'status', label: '当前状态', kind: 'option', optionList: 'statuses', required: false, synonyms: ['状态', '客户状态', 'status'] },
  { id: 'intent', label: '意向等级', kind: 'intent', required: false, synonyms: ['意向', '意向度', '意向程度', 'intent'] },
  { id: 'contactName', label: '联系人', kind: 'text', required: false, synonyms: ['联系人姓名', '对接人', '姓名', 'contact', 'contact name'] },
  { id: 'contactTitle', label: '职位', kind: 'text', required: false, synonyms: ['联系人职位', '职务', '岗位', 'title', 'position'] },
  { id: 'phone', label: '电话', kind: 'phone', required: false, synonyms: ['手机', '手机号', '手机号码', '电话号码', '联系电话', '联系方式', '座机', 'phone', 'mobile', 'tel', 'telephone'] },
  { id: 'wechat', label: '微信', kind: 'text', required: false, synonyms: ['微信号', 'wechat', 'weixin'] },
  { id: 'email', label: '邮箱', kind: 'email', required: false, synonyms: ['电子邮箱', '邮件', 'email', 'e-mail', 'mail'] },
  { id: 'region', label: '地区', kind: 'text', required: false, synonyms: ['区域', '所在地区', '城市', '省份', '省市', 'region', 'area', 'city'] },
  { id: 'address', label: '地址', kind: 'text', required: false, synonyms: ['公司地址', '详细地址', '联系地址', 'address'] },
  { id: 'needs', label: '需求', kind: 'longText', required: false, synonyms: ['客户需求', '需求描述', 'needs', 'requirements'] },
  { id: 'expectedAmount', label: '预计金额', kind: 'number', required: false, synonyms: ['预计成交金额', '商机金额', '金额', 'expected amount'] },
  { id: 'nextDate', label: '下次跟进日期', kind: 'date', required: false, synonyms: ['下次跟进', '下次跟进时间', '下次联系时间', 'next date'] },
  { id: 'remark', label: '备注', kind: 'longText', required: false, synonyms: ['说明', 'remark', 'remarks', 'comment', 'memo', 'note'] },
];

const customKinds: Record<CustomFieldDef['type'], ColumnKind> = {
  text: 'text', number: 'number', date: 'date', select: 'option', multiselect: 'multiOption', member: 'member',
};

const customField = (f: CustomFieldDef): ImportField => ({
  id: `${CUSTOM_PREFIX}${f.id}`,
  label: f.label,
  kind: customKinds[f.type],
  required: false,
  ...(f.type === 'select' || f.type === 'multiselect' ? { customOptions: f.options } : {}),
  synonyms: [],
});

/**
 * The fields a column can be imported into, in the order the wizard lists them: the grid's columns
 * (follow-ups) or the customer's fields, then the team's live custom fields for that target, then the
 * hidden 记录ID. Labels are zh-CN; the wizard may show translated ones by id. Only 客户 and 跟进时间
 * must be mapped for follow-ups (and 客户名称 for customers): the other grid-required fields get
 * defaults with a warning, as an old sheet often has no 阶段 or 状态 column.
 */
export const importFields = (target: ImportTarget, customFields: readonly CustomFieldDef[] = []): ImportField[] => {
  const wanted = target === 'followUps' ? 'followUp' : 'customer';
  const custom = customFields.filter((f) => f.target === wanted && !f.archived).sort((a, b) => a.order - b.order).map(customField);
  const builtIn =
    target === 'followUps'
      ? builtInColumns.map((c): ImportField => ({
          id: c.id, label: c.label, kind: c.kind, required: c.id === 'customerId' || c.id === 'followedAt', ...(c.optionList ? { optionList: c.optionList } : {}), synonyms: followUpSynonyms[c.id] ?? [],
        }))
      : [...customerFields];
  return [...builtIn, ...custom, idField];
};
