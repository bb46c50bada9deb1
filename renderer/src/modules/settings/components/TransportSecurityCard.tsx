import { useTranslation } from 'react-i18next';
import { isLoopbackHost, pinToFingerprintPrefix } from '../../../../../shared/sync/hubPin.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useAppInfo } from '../../../platform/useAppInfo.ts';

/** 团队设置 → 传输安全: how this desktop reaches the hub, the certificate it pinned, and where the token is kept. */
export const TransportSecurityCard = () => {
  const { t } = useTranslation();
  const hub = useProfile().hub;
  const web = useAppInfo()?.mode === 'web';
  if (!hub) return null;
  const url = new URL(hub.url);
  const connection = url.protocol === 'https:' ? t('transport.tls') : isLoopbackHost(url.hostname) ? t('transport.loopback') : t('transport.plain');
  const token = hub.tokenIn === 'keychain' ? t('transport.tokenKeychain') : web ? t('transport.tokenPlainWeb') : t('transport.tokenPlainDesktop');
  return (
    <div className="card" data-testid="transport-security">
      <h2>{t('transport.title')}</h2>
      <dl className="facts">
        <dt>{t('transport.connection')}</dt>
        <dd>{connection}</dd>
        <dt>{t('transport.fingerprint')}</dt>
        <dd data-testid="hub-fingerprint">
          {hub.pin ? (
            <>
              <code>{t('transport.fingerprintPin', { pin: (hub.pin.match(/.{4}/g) ?? []).join('-') })}</code>
              <br />
              <code>{t('transport.fingerprintHex', { hex: pinToFingerprintPrefix(hub.pin) })}</code>
            </>
          ) : (
            t('transport.noFingerprint')
          )}
        </dd>
        <dt>{t('transport.token')}</dt>
        <dd>{token}</dd>
      </dl>
      {web && hub.pin && <p className="muted">{t('transport.webPinNote')}</p>}
    </div>
  );
};
