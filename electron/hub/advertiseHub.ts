import BonjourModule from 'bonjour-service';
import { HUB_SERVICE_TYPE } from './hubFromService.ts';

/**
 * Announces the hub on the LAN (`_salesdesk._tcp`), so desktops can offer it in 加入团队 without
 * anyone typing an address. Returns a function that withdraws the announcement.
 */
export const advertiseHub = (options: { port: number; hubId: string; teamName: string; pin: string }): (() => Promise<void>) => {
  const bonjour = new BonjourModule.Bonjour();
  bonjour.publish({
    name: `销售台 · ${options.teamName || options.hubId.slice(0, 8)}`,
    type: HUB_SERVICE_TYPE,
    port: options.port,
    // fp: the certificate's pin, so a discovered hub can be checked against the join code.
    txt: { hubId: options.hubId, v: '1', fp: options.pin },
  });
  return () => new Promise<void>((resolve) => bonjour.unpublishAll(() => (bonjour.destroy(), resolve())));
};
