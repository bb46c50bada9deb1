import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateTeamInput } from '../../../../../shared/team/createTeamInput.ts';
import { useCreateTeam } from '../hooks/useCreateTeam.ts';
import { validateTeamForm, type FieldErrors } from '../utils/fieldErrors.ts';
import { CreateTeamProgress } from './CreateTeamProgress.tsx';
import { TextField } from './TextField.tsx';

export const CreateTeamForm = ({ back }: { back: () => void }) => {
  const { t } = useTranslation();
  const [form, setForm] = useState<CreateTeamInput>({ teamName: '', company: '', adminName: '', loadDemo: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, create] = useCreateTeam();
  const busy = state.phase === 'creating' || state.phase === 'loading';
  const set = (patch: Partial<CreateTeamInput>) => {
    setForm((f) => ({ ...f, ...patch }));
    // An edited field's old complaint no longer applies; the rest wait for the next submit.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateTeamForm(form, t);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) void create(result.value);
  };

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <h2>{t('onboarding.createTeam')}</h2>
      <TextField id="team-name" label={t('onboarding.teamName')} placeholder={t('onboarding.teamNamePlaceholder')} value={form.teamName} error={errors.teamName} onChange={(v) => set({ teamName: v })} />
      <TextField id="company" label={t('onboarding.company')} placeholder={t('onboarding.companyPlaceholder')} value={form.company} error={errors.company} onChange={(v) => set({ company: v })} />
      <TextField id="admin-name" label={t('onboarding.yourName')} placeholder={t('onboarding.yourNamePlaceholder')} value={form.adminName} error={errors.adminName} onChange={(v) => set({ adminName: v })} />
      <label className="checkbox">
        <input type="checkbox" checked={form.loadDemo} onChange={(e) => set({ loadDemo: e.target.checked })} />
        <span>
          <strong>{t('onboarding.loadDemo')}</strong>
          <small>{t('onboarding.loadDemoHint')}</small>
        </span>
      </label>
      <CreateTeamProgress state={state} />
      <div className="form-actions">
        <button type="button" className="button" onClick={back} disabled={busy}>
          {t('onboarding.back')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('onboarding.submit')}
        </button>
      </div>
    </form>
  );
};
