/** One entry of a team-editable option list (跟进方式, 销售阶段, …). Ids are stable; labels can be renamed. */
export type OptionItem = {
  id: string;
  label: string;
  /** Built-in options keep an i18n key so English users see a translation until an admin renames them. */
  builtin: boolean;
  archived: boolean;
  color?: string;
};

/** Where a stage sits in the pipeline: open stages are ranked; won/lost close the deal. */
export type StageKind = 'open' | 'won' | 'lost' | 'after';

export type StageOption = OptionItem & { kind: StageKind; rank: number };

export type OptionLists = {
  methods: OptionItem[];
  stages: StageOption[];
  statuses: OptionItem[];
  sources: OptionItem[];
  industries: OptionItem[];
};

const builtin = (id: string, label: string, color?: string): OptionItem => ({
  id,
  label,
  builtin: true,
  archived: false,
  ...(color ? { color } : {}),
});

const stage = (id: string, label: string, kind: StageKind, rank: number, color: string): StageOption => ({
  ...builtin(id, label, color),
  kind,
  rank,
});

/** DOMAIN.md's default option lists. */
export const defaultOptionLists = (): OptionLists => ({
  methods: [
    builtin('phone', '电话'),
    builtin('wechat', '微信'),
    builtin('visit', '面访'),
    builtin('email', '邮件'),
    builtin('video', '视频会议'),
    builtin('other', '其他'),
  ],
  stages: [
    stage('lead', '线索', 'open', 1, '#94a3b8'),
    stage('contact', '初步沟通', 'open', 2, '#60a5fa'),
    stage('needs', '需求确认', 'open', 3, '#38bdf8'),
    stage('quote', '方案报价', 'open', 4, '#f59e0b'),
    stage('negotiation', '合同谈判', 'open', 5, '#f97316'),
    stage('won', '成交签约', 'won', 6, '#16a34a'),
    stage('lost', '丢单', 'lost', 7, '#dc2626'),
    stage('aftersales', '售后', 'after', 8, '#8b5cf6'),
  ],
  statuses: [
    builtin('callback', '待回访'),
    builtin('quoted', '已报价'),
    builtin('negotiating', '谈判中'),
    builtin('signing', '签约中'),
    builtin('signed', '已签约'),
    builtin('churned', '已流失'),
    builtin('none', '无需跟进'),
  ],
  sources: [
    builtin('online', '线上推广'),
    builtin('referral', '老客户转介绍'),
    builtin('expo', '展会'),
    builtin('coldcall', '电话陌拜'),
    builtin('partner', '合作伙伴'),
    builtin('other', '其他'),
  ],
  industries: [
    builtin('manufacturing', '制造业'),
    builtin('it', '信息技术'),
    builtin('construction', '建筑工程'),
    builtin('healthcare', '医疗健康'),
    builtin('education', '教育培训'),
    builtin('retail', '商贸零售'),
    builtin('logistics', '物流运输'),
    builtin('energy', '能源环保'),
  ],
});
