import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { BIN_COLLECTIONS } from '../../recycleBin/utils/localTrash.ts';
import type { AuditFilters } from '../utils/auditQueryString.ts';

type Props = { filters: AuditFilters; members: readonly [string, string][]; onChange: (next: AuditFilters) => void; children?: React.ReactNode };

/** 成员 · 记录类型 · 开始/结束日期: each change asks the hub again from the first page. */
export const AuditFiltersBar = ({ filters, members, onChange, children }: Props) => {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="trust-toolbar" role="search">
      <label>
        {t('audit.member')}
        <select aria-label={t('audit.member')} value={filters.member} onChange={(e) => set({ member: e.target.value })}>
          <option value="">{t('audit.allMembers')}</option>
          {members.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.type')}
        <select aria-label={t('audit.type')} value={filters.type} onChange={(e) => set({ type: e.target.value as CollectionName | '' })}>
          <option value="">{t('audit.allTypes')}</option>
          {[...BIN_COLLECTIONS, 'members' as const, 'teamsettings' as const].map((c) => (
            <option key={c} value={c}>
              {t(`recycleBin.types.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.from')}
        <input type="date" aria-label={t('audit.from')} value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        {t('audit.to')}
        <input type="date" aria-label={t('audit.to')} value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      {children}
    </div>
  );
};
