import { networkInterfaces } from 'node:os';

/** This machine's IPv4 addresses on the LAN, for the "open this address" hint. */
export const lanAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
