import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { addDays, type CalendarDate } from '../domain/calendarDate.ts';
import type { StageOption } from '../domain/options.ts';
import { conversionAnomalies, type ConversionAnomaly } from './conversionAnomalies.ts';
import { dayWindow } from './dayWindow.ts';
import { stageConversion } from './stageConversion.ts';
import { stalledCustomers, type StalledCustomer } from './stalledCustomers.ts';
import { unrecordedStageMoves, type UnrecordedStageMove } from './unrecordedStageMoves.ts';

/** The three warnings of DOMAIN.md, each tied to one rep and carrying the numbers its tooltip explains. */
export type TeamAnomaly =
  | ConversionAnomaly
  | { kind: 'stalled'; memberId: string; customers: StalledCustomer[] }
  | { kind: 'unrecordedMove'; memberId: string; move: UnrecordedStageMove };

/** The conversion period the team view compares: the 30 days ending with the day looked at. */
export const CONVERSION_PERIOD_DAYS = 30;

export type TeamAnomaliesInput = {
  followUps: readonly Pick<FollowUpDoc, 'id' | 'customerId' | 'followedAt' | 'stage' | 'ownerId' | 'trashed' | 'clock'>[];
  customers: readonly Pick<CustomerDoc, 'id' | 'ownerId' | 'stage' | 'trashed' | 'clock'>[];
  stages: readonly StageOption[];
  day: CalendarDate;
  utcOffsetMinutes: number;
  /** Only these members are warned about (the team's reps). */
  memberIds: ReadonlySet<string>;
  periodDays?: number;
};

/** The day's anomaly warnings for the team view, grouped by kind: conversion gaps, stalled customers, unrecorded moves. */
export const teamAnomalies = (input: TeamAnomaliesInput): TeamAnomaly[] => {
  const days = input.periodDays ?? CONVERSION_PERIOD_DAYS;
  const from = dayWindow(addDays(input.day, 1 - days), input.utcOffsetMinutes).start;
  const to = dayWindow(input.day, input.utcOffsetMinutes).end;
  const conversions = stageConversion({ followUps: input.followUps, stages: input.stages, from, to });
  const stalled = new Map<string, StalledCustomer[]>();
  for (const s of stalledCustomers({ followUps: input.followUps, stages: input.stages, day: input.day, utcOffsetMinutes: input.utcOffsetMinutes })) {
    const list = stalled.get(s.memberId);
    if (list) list.push(s);
    else stalled.set(s.memberId, [s]);
  }
  const moves = unrecordedStageMoves({ followUps: input.followUps, customers: input.customers, stages: input.stages, day: input.day, utcOffsetMinutes: input.utcOffsetMinutes });
  const all: TeamAnomaly[] = [
    ...conversionAnomalies(conversions),
    ...[...stalled].map(([memberId, customers]) => ({ kind: 'stalled' as const, memberId, customers })),
    ...moves.map((move) => ({ kind: 'unrecordedMove' as const, memberId: move.memberId, move })),
  ];
  return all.filter((a) => input.memberIds.has(a.memberId));
};
