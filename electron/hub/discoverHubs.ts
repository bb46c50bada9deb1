import BonjourModule from 'bonjour-service';
import { hubFromService, HUB_SERVICE_TYPE, type DiscoveredHub } from './hubFromService.ts';

/** Listens for SalesDesk hubs on the LAN for `waitMs` and returns what answered, one entry per hub. */
export const discoverHubs = (waitMs = 1500): Promise<DiscoveredHub[]> =>
  new Promise((resolve) => {
    const bonjour = new BonjourModule.Bonjour();
    const found = new Map<string, DiscoveredHub>();
    const browser = bonjour.find({ type: HUB_SERVICE_TYPE }, (service) => {
      const hub = hubFromService(service);
      if (hub) found.set(hub.hubId, hub);
    });
    setTimeout(() => {
      browser.stop();
      bonjour.destroy();
      resolve([...found.values()]);
    }, waitMs);
  });
