/**
 * What people typed in their old sheets for the default options (DOMAIN.md lists), keyed by the
 * option ids in options.ts. Ids are stable while admins rename labels, so synonyms keep working
 * after a rename. Ids are unique across the lists except 其他 ('other'), which means the same in all.
 * Matching ignores case, width and spaces, so each spelling appears once.
 */
export const optionSynonyms: Readonly<Record<string, readonly string[]>> = {
  // 跟进方式
  phone: ['打电话', '致电', '电话沟通', '电联', 'call', 'phone'],
  wechat: ['wx', '微信沟通', 'wechat', 'vx'],
  visit: ['拜访', '上门', '见面', '面谈', 'visit'],
  email: ['email', 'e-mail', 'mail', '邮箱'],
  video: ['视频', '腾讯会议', '钉钉会议', '线上会议', 'zoom', 'video'],
  other: ['其它'],
  // 销售阶段
  lead: ['潜在客户', 'lead'],
  contact: ['初次沟通', '首次接触', '接洽'],
  needs: ['需求分析', '需求明确'],
  quote: ['报价', '已报价阶段', '方案'],
  negotiation: ['谈判', '商务谈判'],
  won: ['成交', '签约', '赢单', 'won'],
  lost: ['输单', '流失', 'lost'],
  aftersales: ['售后服务'],
  // 当前状态
  callback: ['回访', '待跟进'],
  quoted: ['报价'],
  negotiating: ['洽谈中'],
  signing: ['待签约'],
  signed: ['签约完成'],
  churned: ['流失'],
  none: ['无需', '关闭'],
};
