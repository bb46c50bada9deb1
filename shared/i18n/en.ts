import type { Messages } from './messages.ts';

/** English UI text. Typed against the Chinese tree, so a missing or extra key fails the typecheck. */
export const en: Messages = {
  app: {
    name: 'SalesDesk',
    tagline: 'Follow-ups, daily reports and weekly reports for small sales teams',
  },
  nav: {
    followups: 'Follow-ups',
    customers: 'Customers',
    reports: 'Daily reports',
    dashboard: 'Dashboard',
    importExport: 'Import / Export',
    settings: 'Team settings',
  },
  status: {
    localOnly: 'This desktop only · not connected to a team hub',
    localOnlyHint: 'Data is kept on this desktop and works offline. It syncs once you host or join a team hub.',
    counts: '{{customers}} customers · {{followUps}} follow-ups',
    user: '{{name}} ({{role}})',
  },
  roles: { admin: 'Admin', manager: 'Manager', rep: 'Sales rep' },
  language: { label: 'Language', 'zh-CN': '中文', en: 'English' },
  onboarding: {
    welcomeTitle: 'Welcome to SalesDesk',
    welcomeBody:
      'One follow-up grid instead of Excel and WeChat: follow-ups, daily reports, dashboards and weekly reports in one place, synced over the office LAN and usable offline.',
    createTeam: 'Create a team',
    createTeamDesc: 'This desktop becomes a one-person team with you as admin. No network needed; invite colleagues later.',
    joinTeam: 'Join a team',
    joinTeamDesc: 'A colleague already created a team on the LAN? Enter the hub address and join code.',
    teamName: 'Team name',
    teamNamePlaceholder: 'e.g. East China Sales',
    company: 'Company',
    companyPlaceholder: 'e.g. Qihang Smart Equipment Co., Ltd.',
    yourName: 'Your name',
    yourNamePlaceholder: 'e.g. Zhang Wei',
    loadDemo: 'Load sample data',
    loadDemoHint:
      '8 reps, 300 customers and about 5,000 follow-ups and daily reports from the last six months, to explore the app first.',
    submit: 'Get started',
    back: 'Back',
    creating: 'Creating the team…',
    loadingDemo: 'Loading sample data: {{done}} / {{total}}',
    joinTitle: 'Join a team',
    joinBody:
      'Joining a team hub on the LAN arrives with team sync: you will find colleagues’ hubs automatically or enter an address and join code.',
    joinNow: 'For now, create a team on this desktop and join your colleagues’ team later.',
    errors: {
      required: 'Please enter {{field}}',
      tooLong: '{{field}} must be at most {{max}} characters',
      failed: 'Could not create the team: {{reason}}. Please try again; if it keeps failing, restart the app.',
    },
  },
  pages: {
    followups: {
      title: 'Follow-up grid',
      summary: '{{followUps}} follow-ups with {{customers}} customers.',
      coming:
        'Coming next: a grid that edits like Excel (keyboard, copy/paste, fill, undo), filters, sorting and grouping, saved views and overdue alerts.',
    },
    customers: {
      title: 'Customers',
      summary: '{{customers}} customers, {{contacts}} contacts.',
      coming:
        'Coming next: customer list with duplicate merge, customer page with timeline, dynamic A/B/C grading, evidence-based forecast and printable customer reports.',
    },
    reports: {
      title: 'Daily reports',
      summary: '{{reports}} daily reports.',
      coming:
        'Coming next: daily reports whose numbers come from the day’s follow-ups, submission tracking, comments with @mentions, nudges and desktop notifications.',
    },
    dashboard: {
      title: 'Dashboard',
      summary: '{{followUps}} follow-ups this month.',
      coming: 'Coming next: pipeline funnel, stage conversion by rep, trends, overdue customers and the printable Excel weekly report.',
    },
    importExport: {
      title: 'Import / Export',
      summary: '{{batches}} import batches.',
      coming:
        'Coming next: import old follow-up and customer sheets from Excel, WPS or CSV (header and date detection, preview, one-step undo) and export.',
    },
    settings: {
      title: 'Team settings',
      team: 'Team',
      teamName: 'Team name',
      company: 'Company',
      deadline: 'Daily report deadline',
      members: 'Members ({{count}})',
      name: 'Name',
      role: 'Role',
      department: 'Department',
      coming: 'Coming next: option lists and custom fields, report templates, hosting the team hub on this desktop, backup and restore.',
    },
  },
  menu: {
    file: 'File',
    quit: 'Quit SalesDesk',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close window',
    help: 'Help',
    about: 'About SalesDesk',
  },
  errors: {
    dbOpen: 'Could not open local data: {{reason}}. Close other SalesDesk windows and try again.',
    generic: 'Something went wrong: {{reason}}',
    hubUnreachable: 'Cannot reach the team hub. Check the network and that the hub is running.',
    hubBadResponse: 'The hub sent an unreadable answer (HTTP {{status}}). Reload the page and try again.',
  },
};
