// The single DynamoDB table's key design, shared by the repository, the local table creation and the CDK stack.
import type { ProgrammeTableKind } from '../../core/use-cases/ports.ts';

export const tableKeys = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** The board's compact view of a pilot, an attribute of its projection item (see core/lifecycle/board-summary.ts). */
export const SUMMARY_ATTRIBUTE = 'summary';

const summaryOnly = [SUMMARY_ATTRIBUTE];

/**
 * Secondary indexes: each answers one question the secretariat or the runtime asks. The board's indexes project
 * only the summary (and the keys), so a page of 100 stays small; a list that needs full views reads them by key.
 * The group index also holds the verifier profiles, small and listed whole. Only the pending runs, few at any time
 * and needed whole by the sweeper, are projected whole (`includes` absent).
 */
export const tableIndexes = [
  { name: 'byStage', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', includes: summaryOnly },
  { name: 'byDueDate', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', includes: summaryOnly },
  { name: 'byVerifier', partitionKey: 'gsi3pk', sortKey: 'gsi3sk', includes: summaryOnly },
  { name: 'byGroup', partitionKey: 'gsi4pk', sortKey: 'gsi4sk', includes: [SUMMARY_ATTRIBUTE, 'verifier'] },
  { name: 'pendingRuns', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
  { name: 'byStageAndCity', partitionKey: 'gsi6pk', sortKey: 'gsi6sk', includes: summaryOnly },
  { name: 'byStageAndCreation', partitionKey: 'gsi7pk', sortKey: 'gsi7sk', includes: summaryOnly },
] as const;
export type TableIndex = (typeof tableIndexes)[number];
export type IndexName = TableIndex['name'];

/** An index's projection as both CreateTable and CloudFormation spell it. */
export const projectionOf = (
  index: TableIndex,
): { ProjectionType: 'ALL' | 'INCLUDE'; NonKeyAttributes?: string[] } =>
  'includes' in index
    ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.includes] }
    : { ProjectionType: 'ALL' };

export const keys = {
  pilot: (pilotId: string) => `PILOT#${pilotId}`,
  state: 'STATE',
  event: (seq: number) => `EVENT#${String(seq).padStart(10, '0')}`,
  upload: (uploadId: string) => `UPLOAD#${uploadId}`,
  verifier: (verifierId: string) => `VERIFIER#${verifierId}`,
  profile: 'PROFILE',
  stage: (stage: string) => `STAGE#${stage}`,
  due: 'DUE',
  verifierIndex: (verifierId: string) => `VERIFIER#${verifierId}`,
  city: (cityId: string) => `CITY#${cityId}`,
  pending: 'PENDING',
  verifiers: 'VERIFIERS',
  /** One counter item per stage under one partition, read with one query. */
  stageCounts: 'COUNTS',
  /** One partition per programme table; the benchmark targets' name predates the others. */
  programmeTable: (kind: ProgrammeTableKind) =>
    (
      ({
        targets: 'TARGETS',
        readiness: 'READINESS_RULES',
        validation: 'VALIDATION_SEVERITIES',
        staff: 'STAFF_DIRECTORY',
        indexMethodology: 'INDEX_METHODOLOGY',
        accounts: 'ACCOUNTS',
      }) satisfies Record<ProgrammeTableKind, string>
    )[kind],
  /** The index's editions, one item each, under one partition. */
  indexEditions: 'INDEX_EDITIONS',
  indexEdition: (editionId: string) => `EDITION#${editionId}`,
  tableVersion: (version: number) => `V#${String(version).padStart(6, '0')}`,
  certificate: (certificateNumber: string) => `CERTIFICATE#${certificateNumber}`,
  /** One partition per inbox: its notifications, newest last in key order, and one unread counter. */
  inbox: (inboxId: string) => `INBOX#${inboxId}`,
  notification: (id: string) => `NOTE#${id}`,
  notificationPrefix: 'NOTE#',
  unread: 'UNREAD',
};
