import { useTranslation } from 'react-i18next';
import type { FieldConflict } from '../../../../../shared/sync/syncMeta.ts';
import { describeValue, type ValueContext } from '../utils/describeValue.ts';

type Props = { conflict: FieldConflict; current: unknown; ctx: ValueContext; choose: (value: unknown) => void };

/** "王五 也修改了 状态：已报价 → 谈判中 — 保留哪个？" with the two choices. */
export const ConflictLine = ({ conflict, current, ctx, choose }: Props) => {
  const { t } = useTranslation();
  const field = t(`fields.${conflict.field}`, { defaultValue: conflict.field });
  const now = describeValue(conflict.field, current, ctx);
  const other = describeValue(conflict.field, conflict.value, ctx);
  const by = ctx.memberNames.get(conflict.by) ?? conflict.by;
  return (
    <li className="conflict-line">
      <span>{t('conflicts.line', { by, field, current: now, other })}</span>
      <span className="conflict-actions">
        <button type="button" className="button" onClick={() => choose(current)}>
          {t('conflicts.keep', { value: now })}
        </button>
        <button type="button" className="button primary" onClick={() => choose(conflict.value)}>
          {t('conflicts.use', { value: other })}
        </button>
      </span>
    </li>
  );
};
