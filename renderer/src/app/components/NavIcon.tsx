import type { PageId } from '../../../../shared/api/apiSchemas.ts';

// Simple line icons (24×24 paths) so the app ships no icon font.
const paths: Record<PageId, string> = {
  today: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14l2.5 2.5L16 13',
  followups: 'M4 5h16M4 10h16M4 15h16M4 20h10',
  customers: 'M16 11a4 4 0 1 0-8 0 4 4 0 0 0 8 0M4 21c1-4 4-6 8-6s7 2 8 6',
  reports: 'M6 3h9l4 4v14H6zM9 12h7M9 16h7M9 8h3',
  dashboard: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  importExport: 'M12 3v12M7 10l5 5 5-5M4 21h16',
  settings: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2',
};

export const NavIcon = ({ page }: { page: PageId }) => (
  <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true">
    <path d={paths[page]} />
  </svg>
);
