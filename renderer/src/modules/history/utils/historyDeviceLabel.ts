import type { TFunction } from 'i18next';

/** Which desktop wrote a revision: this one, the hub itself (a member joining), a named desktop, else its short id. */
export const historyDeviceLabel = (t: TFunction, deviceId: string, ownNodeId: string, names: Readonly<Record<string, string>>): string => {
  if (deviceId === ownNodeId) return t('history.device.self');
  if (deviceId === 'hub') return t('history.device.hub');
  const name = names[deviceId];
  return name ? name : t('history.device.other', { id: deviceId.slice(0, 8) });
};
