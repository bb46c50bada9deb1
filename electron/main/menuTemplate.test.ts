import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en.ts';
import { zhCN } from '../../shared/i18n/zhCN.ts';
import { buildMenuTemplate, type MenuItemSpec } from './menuTemplate.ts';

const labels = (items: MenuItemSpec[]): string[] => items.flatMap((i) => ('label' in i ? [i.label] : []));
const submenu = (items: MenuItemSpec[], label: string): MenuItemSpec[] => {
  const found = items.find((i) => 'submenu' in i && i.label === label);
  return found && 'submenu' in found ? found.submenu : [];
};

describe('application menu', () => {
  it('is Chinese by default, with the standard edit roles', () => {
    const menu = buildMenuTemplate(zhCN, false);
    expect(labels(menu)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(submenu(menu, '编辑')).toContainEqual({ role: 'paste', label: '粘贴' });
  });

  it('navigates to every page with Ctrl+1…7, 今日 first, and hides developer tools in release builds', () => {
    const view = submenu(buildMenuTemplate(zhCN, false), '视图');
    const nav = view.filter((i) => 'command' in i);
    expect(nav.map((i) => ('label' in i ? i.label : ''))).toEqual(['今日', '跟进表', '客户', '日报', '看板', '导入导出', '团队设置']);
    expect(nav[0]).toMatchObject({ accelerator: 'CmdOrCtrl+1', command: { type: 'navigate', page: 'today' } });
    expect(nav[1]).toMatchObject({ accelerator: 'CmdOrCtrl+2', command: { type: 'navigate', page: 'followups' } });
    expect(nav[6]).toMatchObject({ accelerator: 'CmdOrCtrl+7', command: { type: 'navigate', page: 'settings' } });
    expect(view.some((i) => 'role' in i && i.role === 'toggleDevTools')).toBe(false);
    expect(submenu(buildMenuTemplate(zhCN, true), '视图').some((i) => 'role' in i && i.role === 'toggleDevTools')).toBe(true);
  });

  it('follows the UI language', () => {
    expect(labels(buildMenuTemplate(en, false))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });
});
