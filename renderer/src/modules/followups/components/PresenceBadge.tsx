import { useTranslation } from 'react-i18next';
import type { CellPresence } from '../utils/presenceByRow.ts';

/** Inside a positioned grid cell: a coloured outline and a "张三 正在编辑" tag for the teammates editing it. */
export const PresenceBadge = ({ editors }: { editors: readonly CellPresence[] }) => {
  const { t } = useTranslation();
  const first = editors[0];
  if (!first) return null;
  const text = t('presence.editingBy', { name: editors.map((e) => e.memberName).join(t('presence.nameSeparator')) });
  return (
    <>
      <span aria-hidden="true" style={{ position: 'absolute', inset: 0, boxShadow: `inset 0 0 0 2px ${first.color}`, pointerEvents: 'none' }} />
      <span className="cell-presence-tag" style={{ background: first.color }} data-testid="presence-badge">
        {text}
      </span>
    </>
  );
};
