import { isIPv4 } from 'node:net';

/** A team hub found on the LAN. */
/** pin: the certificate's pin it announced (null from a hub before TLS), to check against the join code. */
export type DiscoveredHub = { name: string; url: string; hubId: string; pin: string | null };

/** mDNS service type; the record is `_salesdesk._tcp.local`. */
export const HUB_SERVICE_TYPE = 'salesdesk';

type ServiceLike = { name?: string; port?: number; addresses?: string[]; referer?: { address?: string }; txt?: Record<string, unknown> };

/** Reads a discovered mDNS service into an address a desktop can join; null if it is not a SalesDesk hub. */
export const hubFromService = (service: ServiceLike): DiscoveredHub | null => {
  const hubId = typeof service.txt?.['hubId'] === 'string' ? service.txt['hubId'] : '';
  const address = service.addresses?.find((a) => isIPv4(a)) ?? service.referer?.address;
  if (!hubId || !address || !service.port) return null;
  const fp = service.txt?.['fp'];
  const pin = typeof fp === 'string' && /^[A-HJ-NP-Z2-9]{16}$/.test(fp) ? fp : null;
  // On the LAN the hub speaks TLS only.
  return { name: service.name ?? hubId, url: `https://${address}:${service.port}`, hubId, pin };
};
