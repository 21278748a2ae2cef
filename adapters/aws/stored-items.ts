// The shapes of the items the DynamoDB table holds, each with a schema version: every read is parsed against them, so
// an item written by an older or broken writer is named and refused rather than used half-read.

import * as z from 'zod';
import { accountRegistrySchema } from '../../core/accounts/account-registry.ts';
import { StoredDataError } from '../../core/errors.ts';
import { indexEditionRecordSchema } from '../../core/index/edition.ts';
import { indexMethodologySchema } from '../../core/index/methodology.ts';
import { pilotSummarySchema } from '../../core/lifecycle/board-summary.ts';
import { pilotEventSchema } from '../../core/lifecycle/events.ts';
import { pilotSchema } from '../../core/lifecycle/pilot.ts';
import { stageSchema } from '../../core/lifecycle/stages.ts';
import { inAppNotificationSchema } from '../../core/notifications/in-app.ts';
import { readinessRulesSchema } from '../../core/readiness/rules.ts';
import { targetsTableSchema } from '../../core/scoring/targets.ts';
import type { ProgrammeTableKind, ProgrammeTables } from '../../core/use-cases/ports.ts';
import { uploadGrantSchema } from '../../core/use-cases/upload-grant.ts';
import { validationSeveritiesSchema } from '../../core/validation/severities.ts';
import { staffDirectorySchema } from '../../core/verification/staff-directory.ts';
import { verifierSchema } from '../../core/verification/verifier.ts';

/** Written on every item; bump it with a migration when a stored shape changes incompatibly. */
export const SCHEMA_VERSION = 1;
// Items written before versions were recorded have the shape of version 1.
const schemaVersion = z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION);

export const storedItems = {
  event: z.object({ schemaVersion, event: pilotEventSchema }),
  projection: z.object({ schemaVersion, version: z.number().int().nonnegative(), view: pilotSchema }),
  /** What the board's indexes project of a projection item. */
  summary: z.object({ summary: pilotSummarySchema }),
  /** The stage a replaced projection held, to move the stage counters on. */
  replacedStage: z.object({ view: z.object({ stage: stageSchema }) }),
  stageCount: z.object({ schemaVersion, stage: stageSchema, pilots: z.number().int() }),
  grant: z.object({
    schemaVersion,
    grant: uploadGrantSchema.omit({ usedAt: true, objectTag: true }),
    status: z.enum(['issued', 'used']),
    usedAt: z.string().optional(),
    objectTag: z.string().optional(),
  }),
  verifier: z.object({ schemaVersion, verifier: verifierSchema }),
  programmeTable: {
    targets: z.object({ schemaVersion, table: targetsTableSchema }),
    readiness: z.object({ schemaVersion, table: readinessRulesSchema }),
    validation: z.object({ schemaVersion, table: validationSeveritiesSchema }),
    indexMethodology: z.object({ schemaVersion, table: indexMethodologySchema }),
    staff: z.object({ schemaVersion, table: staffDirectorySchema }),
    accounts: z.object({ schemaVersion, table: accountRegistrySchema }),
  },
  certificate: z.object({ schemaVersion, pilotId: z.string().min(1) }),
  /** An index edition's record, flat so that its status can be a write's condition. */
  indexEdition: indexEditionRecordSchema.extend({ schemaVersion }),
  /** An in-app notification, flat so that marking it read is one conditional SET. */
  notification: inAppNotificationSchema.extend({ schemaVersion }),
  unread: z.object({ schemaVersion, unread: z.number().int() }),
} as const;

/** Parses one item read from the table; the error names the item's key so it can be found and repaired. */
export function readItem<T>(schema: z.ZodType<T>, item: Record<string, unknown>): T {
  const parsed = schema.safeParse(item);
  if (parsed.success) return parsed.data;
  const key = `${String(item.pk)} / ${String(item.sk)}`;
  throw new StoredDataError(key, z.prettifyError(parsed.error));
}

/** Parses a stored version of a programme table against the schema of its kind. */
export function readTable<K extends ProgrammeTableKind>(
  kind: K,
  item: Record<string, unknown>,
): ProgrammeTables[K] {
  const schema: z.ZodType<{ table: unknown }> = storedItems.programmeTable[kind];
  // The schema is chosen by the same kind, so the parsed table is that kind's table.
  return readItem(schema, item).table as ProgrammeTables[K];
}
