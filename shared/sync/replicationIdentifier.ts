import type { CollectionName } from '../db/collections.ts';
import type { Welcome } from './hubConnection.ts';

/**
 * RxDB replication id of one collection with one hub. The epoch is part of it: after a restore from
 * backup, checkpoints restart and local data is re-pushed.
 */
export const replicationIdentifier = (w: Pick<Welcome, 'hubId' | 'epoch'>, name: CollectionName): string => `hub-${w.hubId}-${w.epoch}-${name}`;
