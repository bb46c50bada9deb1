/**
 * Where a click in the app (a report's number, a 今日 item, a notification, an anomaly) takes the user,
 * as a location hash. One place builds and parses them, so every feature links the same way and a
 * desktop notification can carry its target as plain text.
 *
 *   #/followups/row/<id>         the follow-up grid with that row selected and scrolled into view
 *   #/followups/ids/<id>,<id>…   the grid showing exactly those rows (a chip names them; × returns)
 *   #/reports/<memberId>/<date>  one rep's daily report for a day
 *   #/reports/team/<date>        the team's reports for a day (managers)
 *   #/dashboard/weekly/<monday>  the 周报 of the week starting that Monday
 *   #/customers/<id>             one customer's page (客户档案)
 *   #/<page>                     any page
 */
export type AppLink =
  | { kind: 'followUpRow'; id: string }
  | { kind: 'followUpIds'; ids: string[]; title?: string }
  | { kind: 'report'; memberId: string; date: string }
  | { kind: 'teamReports'; date: string }
  | { kind: 'weekly'; weekStart: string }
  | { kind: 'customer'; id: string }
  | { kind: 'page'; page: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const enc = encodeURIComponent;

/** The hash for a link (with the leading '#'). */
export const appLinkHash = (link: AppLink): string => {
  switch (link.kind) {
    case 'followUpRow':
      return `#/followups/row/${enc(link.id)}`;
    case 'followUpIds':
      return `#/followups/ids/${link.ids.map(enc).join(',')}${link.title ? `?title=${enc(link.title)}` : ''}`;
    case 'report':
      return `#/reports/${enc(link.memberId)}/${link.date}`;
    case 'teamReports':
      return `#/reports/team/${link.date}`;
    case 'weekly':
      return `#/dashboard/weekly/${link.weekStart}`;
    case 'customer':
      return `#/customers/${enc(link.id)}`;
    case 'page':
      return `#/${link.page}`;
  }
};

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

const parseFollowUps = (rest: readonly string[], query: URLSearchParams): AppLink => {
  const [mode, list = ''] = rest;
  if (mode === 'row' && list !== '') {
    const id = decode(list);
    if (id) return { kind: 'followUpRow', id };
  }
  if (mode === 'ids') {
    const ids = list.split(',').map(decode).filter((id): id is string => !!id);
    const title = query.get('title');
    return { kind: 'followUpIds', ids, ...(title ? { title } : {}) };
  }
  return { kind: 'page', page: 'followups' };
};

const parseReports = (rest: readonly string[]): AppLink => {
  const [first = '', second = ''] = rest;
  if (first === 'team' && DATE.test(second)) return { kind: 'teamReports', date: second };
  const memberId = decode(first);
  if (memberId && DATE.test(second)) return { kind: 'report', memberId, date: second };
  return { kind: 'page', page: 'reports' };
};

/** A location hash read back; anything unrecognised is the page it names (or '' for none). */
export const parseAppLink = (hash: string): AppLink => {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page = '', ...rest] = path.split('/');
  const query = new URLSearchParams(search);
  if (page === 'followups') return parseFollowUps(rest, query);
  if (page === 'reports') return parseReports(rest);
  if (page === 'customers' && rest[0]) {
    const id = decode(rest[0]);
    if (id) return { kind: 'customer', id };
  }
  if (page === 'dashboard' && rest[0] === 'weekly' && DATE.test(rest[1] ?? '')) return { kind: 'weekly', weekStart: rest[1] ?? '' };
  return { kind: 'page', page };
};
