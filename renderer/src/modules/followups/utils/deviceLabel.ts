import type { TFunction } from 'i18next';

/** Which desktop wrote a revision: this one, the hub itself (a member joining), or another by its short id. */
export const deviceLabel = (t: TFunction, deviceId: string, ownNodeId: string): string => {
  if (deviceId === ownNodeId) return t('rowDetail.history.device.self');
  if (deviceId === 'hub') return t('rowDetail.history.device.hub');
  return t('rowDetail.history.device.other', { id: deviceId.slice(0, 8) });
};
