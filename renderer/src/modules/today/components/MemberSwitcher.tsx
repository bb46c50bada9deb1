import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';

type Props = { members: readonly MemberDoc[]; meId: string; value: string; onChange: (memberId: string) => void };

/** A manager's pick of whose day to look at: themselves first, then the team. */
export const MemberSwitcher = ({ members, meId, value, onChange }: Props) => {
  const { t } = useTranslation();
  const me = members.find((m) => m.id === meId);
  const others = members.filter((m) => m.id !== meId);
  return (
    <label className="today-member">
      <span>{t('today.member')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {me ? <option value={me.id}>{t('today.me', { name: me.name })}</option> : null}
        {others.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}（{t(`roles.${m.role}`)}）
          </option>
        ))}
      </select>
    </label>
  );
};
