import { newRecordId } from '../../../db/newRecordId.ts';

/** A new follow-up id ('f' + time + random). */
export const newFollowUpId = (now: number): string => newRecordId('f', now);
