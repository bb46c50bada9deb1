import type { MigrationStrategies, RxCollection, RxConflictHandler, RxDatabase, RxJsonSchema } from 'rxdb';
import { mergeConflictHandler } from '../sync/mergeConflictHandler.ts';
import { customerMigrations } from './migrations/customerMigrations.ts';
import { followUpMigrations } from './migrations/followUpMigrations.ts';
import { importBatchMigrations } from './migrations/importBatchMigrations.ts';
import { attachmentSchema, type AttachmentDoc } from './schemas/attachmentSchema.ts';
import { commentSchema, type CommentDoc } from './schemas/commentSchema.ts';
import { customerSchema, type CustomerDoc } from './schemas/customerSchema.ts';
import { dailyReportSchema, type DailyReportDoc } from './schemas/dailyReportSchema.ts';
import { followUpSchema, type FollowUpDoc } from './schemas/followUpSchema.ts';
import { importBatchSchema, type ImportBatchDoc } from './schemas/importBatchSchema.ts';
import { memberSchema, type MemberDoc } from './schemas/memberSchema.ts';
import { notificationSchema, type NotificationDoc } from './schemas/notificationSchema.ts';
import { savedViewSchema, type SavedViewDoc } from './schemas/savedViewSchema.ts';
import { teamSettingsSchema, type TeamSettingsDoc } from './schemas/teamSettingsSchema.ts';

/** Document type of each collection. Ten of RxDB's free limit of 13, leaving room to grow. */
export type SalesDeskDocs = {
  members: MemberDoc;
  customers: CustomerDoc;
  followups: FollowUpDoc;
  dailyreports: DailyReportDoc;
  comments: CommentDoc;
  teamsettings: TeamSettingsDoc;
  savedviews: SavedViewDoc;
  importbatches: ImportBatchDoc;
  notifications: NotificationDoc;
  attachments: AttachmentDoc;
};

export type CollectionName = keyof SalesDeskDocs;
export type SalesDeskCollections = { [K in CollectionName]: RxCollection<SalesDeskDocs[K]> };
export type SalesDeskDatabase = RxDatabase<SalesDeskCollections>;

type CollectionSpec<T> = { schema: RxJsonSchema<T>; migrationStrategies?: MigrationStrategies; conflictHandler?: RxConflictHandler<T> };

export const collectionSpecs: { [K in CollectionName]: CollectionSpec<SalesDeskDocs[K]> } = {
  members: { schema: memberSchema },
  customers: { schema: customerSchema, migrationStrategies: customerMigrations },
  followups: { schema: followUpSchema, migrationStrategies: followUpMigrations },
  dailyreports: { schema: dailyReportSchema },
  comments: { schema: commentSchema },
  teamsettings: { schema: teamSettingsSchema },
  savedviews: { schema: savedViewSchema },
  importbatches: { schema: importBatchSchema, migrationStrategies: importBatchMigrations },
  notifications: { schema: notificationSchema },
  attachments: { schema: attachmentSchema },
};

export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];

/** What openDatabase passes to addCollections: every collection merges conflicts field by field. */
export const collectionCreators = Object.fromEntries(
  collectionNames.map((name) => [name, { ...collectionSpecs[name], conflictHandler: mergeConflictHandler }]),
) as { [K in CollectionName]: CollectionSpec<SalesDeskDocs[K]> };
