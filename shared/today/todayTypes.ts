/** One line of a 今日 list: a follow-up (or a customer, through its latest follow-up) and what it asks for. */
export type TodayItem = {
  /** The follow-up the line links to (appLinkHash followUpRow). */
  rowId: string;
  customerId: string;
  /** '' when the customer is unknown here (not synced yet, or in the recycle bin). */
  customerName: string;
  /** What is due: the plan's 下一步动作, else the follow-up's summary. */
  what: string;
  /** 下一步计划日期 ('' for none). */
  nextDate: string;
  /** Local 'HH:MM' the plan names ("15:00 电话确认报价", "下午3点"), else null. */
  time: string | null;
  /**
   * How late, in team calendar days: overdue → since the plan's date; never re-contacted and 7天无进展 →
   * since the last follow-up; 0 for a plan due today.
   */
  days: number;
  /** 跟进时间 of the follow-up. */
  followedAt: number;
  /** The stage that follow-up left the customer in. */
  stage: string;
  /** Due today and already followed up today after the plan was made (shown ticked, not counted as open). */
  done: boolean;
};

/** The four lists of 今日 (DOMAIN.md terms). */
export type MyDay = {
  dueToday: TodayItem[];
  overdue: TodayItem[];
  neverRecontacted: TodayItem[];
  stalled: TodayItem[];
};
