import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseJoinCode } from '../../../../../shared/sync/hubPin.ts';
import type { JoinTeamInput } from '../../../../../shared/team/joinTeamInput.ts';
import { api } from '../../../platform/api.ts';
import { useJoinTeam } from '../hooks/useJoinTeam.ts';
import { validateJoinForm, type JoinFieldErrors } from '../utils/joinFieldErrors.ts';
import { HubDiscovery } from './HubDiscovery.tsx';
import { TextField } from './TextField.tsx';

// A browser opened from the hub already knows the hub's address: the page's own origin.
const defaultAddress = (): string => (window.api ? '' : window.location.host);

export const JoinTeamForm = ({ back }: { back: () => void }) => {
  const { t } = useTranslation();
  const [form, setForm] = useState<JoinTeamInput>({ address: defaultAddress(), code: '', name: '' });
  const [errors, setErrors] = useState<JoinFieldErrors>({});
  // What a hub found on the LAN announced about its certificate, checked against the code's pin.
  const [discovered, setDiscovered] = useState<{ host: string; pin: string | null } | null>(null);
  const [state, join] = useJoinTeam();
  const set = (patch: Partial<JoinTeamInput>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = validateJoinForm(form, t);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    const codePin = parseJoinCode(result.value.code)?.pin;
    if (discovered?.pin && codePin && discovered.pin !== codePin && new URL(result.value.address).host === discovered.host) {
      return setErrors({ code: t('transport.discoveredMismatch') });
    }
    const web = (await api.getAppInfo().catch(() => null))?.mode === 'web';
    await join({ hubUrl: result.value.address, code: result.value.code, name: result.value.name, deviceName: web ? navigator.userAgent.slice(0, 80) : t('onboarding.deviceName', { name: result.value.name }) });
  };
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('onboarding.joinTitle')}</h2>
      <p className="form-intro">{t('onboarding.joinIntro')}</p>
      {window.api && <HubDiscovery pick={(host, pin) => (setDiscovered({ host, pin }), set({ address: host }))} />}
      <TextField id="hub-address" label={t('onboarding.address')} placeholder={t('onboarding.addressPlaceholder')} value={form.address} error={errors.address} onChange={(v) => set({ address: v })} />
      <TextField id="join-code" label={t('onboarding.joinCode')} placeholder={t('transport.codePlaceholder')} value={form.code} error={errors.code} onChange={(v) => set({ code: v })} />
      <TextField id="member-name" label={t('onboarding.yourName')} placeholder={t('onboarding.yourNamePlaceholder')} value={form.name} error={errors.name} onChange={(v) => set({ name: v })} />
      {state.phase === 'error' && (
        <div className="form-error" role="alert">
          {state.reason}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={back} disabled={state.phase === 'joining'}>
          {t('onboarding.back')}
        </button>
        <button type="submit" className="button primary" disabled={state.phase === 'joining'}>
          {state.phase === 'joining' ? t('onboarding.joining') : t('onboarding.join')}
        </button>
      </div>
    </form>
  );
};
