// The ports the domain needs from the outside world; adapters implement them for AWS and for the local runtime.
import type { AccountRegistry, Invitation } from '../accounts/account-registry.ts';
import type { IndexEditionRecord } from '../index/edition.ts';
import type { IndexMethodology } from '../index/methodology.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { Stage, StageMachineName } from '../lifecycle/stages.ts';
import type { InAppNotification, InboxId } from '../notifications/in-app.ts';
import type { ReadinessRules } from '../readiness/rules.ts';
import type { TargetsTable } from '../scoring/targets.ts';
import type { ValidationSeverities } from '../validation/severities.ts';
import type { StaffDirectory } from '../verification/staff-directory.ts';
import type { Verifier } from '../verification/verifier.ts';
import type { BoardPage, BoardQuery } from './board-query.ts';
import type { UploadGrant } from './upload-grant.ts';

export interface PilotFilter {
  stage?: Stage;
  verifierId?: string;
  cityId?: string;
  /** Only pilots whose current deadline falls before this instant. */
  dueBefore?: string;
}

export interface EventsPage {
  events: PilotEvent[];
  olderBefore?: number;
}

export interface PilotRepository {
  /** The current view: the stored projection with any later events folded in. */
  load(pilotId: string): Promise<Pilot | undefined>;
  events(pilotId: string): Promise<PilotEvent[]>;
  /**
   * The newest events before `before` (from the last one when absent) whose JSON fits `maxBytes`, oldest first, at
   * least one; `olderBefore` is set when older events remain. Reads only what the page holds.
   */
  eventsPage(pilotId: string, before: number | undefined, maxBytes: number): Promise<EventsPage>;
  /** Appends the event if its seq is still free, then stores the new projection. Throws ConcurrencyConflictError. */
  append(current: Pilot | undefined, event: PilotEvent): Promise<Pilot>;
  /** Full views, for the runtime's own passes (sweeps, tasks, candidates); the board reads `board` instead. */
  list(filter: PilotFilter): Promise<Pilot[]>;
  listWithPendingRuns(): Promise<Pilot[]>;
  /** One page of pilot summaries, read from the indexes that project only the summary. */
  board(query: BoardQuery): Promise<BoardPage>;
  /** How many pilots each stage holds, from counters kept with the projection: never a scan. */
  stageCounts(): Promise<Record<Stage, number>>;
  /** How many active pilots have a running deadline before the instant, counted on the deadline index. */
  countDueBefore(instant: string): Promise<number>;
  /**
   * Counts each stage's pilots on its index and corrects a counter that drifted (a writer stopped between its head
   * put and its counter move); returns the stages it corrected. The sweeper runs it, so counters converge.
   */
  recountStages(): Promise<Stage[]>;
}

export type GrantClaim = 'claimed' | 'claimed-by-this-object' | 'claimed-by-another-object';

export interface UploadGrantRepository {
  putGrant(grant: UploadGrant): Promise<void>;
  getGrant(pilotId: string, uploadId: string): Promise<UploadGrant | undefined>;
  /**
   * Marks the grant used by one uploaded object. An event delivered twice, or retried after a crash, names the same
   * object and finds the link already claimed by it; a second upload to the same link is another object.
   */
  claimGrant(
    pilotId: string,
    uploadId: string,
    claim: { at: string; objectTag: string },
  ): Promise<GrantClaim>;
}

export interface VerifierRepository {
  putVerifier(verifier: Verifier): Promise<void>;
  getVerifier(verifierId: string): Promise<Verifier | undefined>;
  listVerifiers(): Promise<Verifier[]>;
}

export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

export interface ObjectInfo {
  size: number;
  contentType?: string;
  /** What tells two writes of one key apart (S3's ETag): the same object delivered twice has the same tag. */
  tag?: string;
}

/** One bucket; keys are chosen so that nothing is ever overwritten. */
export interface ObjectStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** The first bytes of an object, to sniff its type without reading it whole. */
  getPrefix(key: string, bytes: number): Promise<Buffer>;
  head(key: string): Promise<ObjectInfo | undefined>;
  copy(fromKey: string, toKey: string): Promise<void>;
  /** Every key under a prefix, for recovery passes; buckets' lifecycle rules keep these listings short. */
  list(prefix: string): Promise<string[]>;
  presignPost(
    key: string,
    limits: { maxBytes: number; contentType: string; expiresSeconds: number },
  ): Promise<PresignedPost>;
  presignGet(key: string, downloadName: string, expiresSeconds: number): Promise<string>;
}

export interface EmailMessage {
  to: string[];
  subject: string;
  text: string;
}

export interface Notifier {
  send(message: EmailMessage): Promise<void>;
}

/** One page of an inbox, newest first; `after` resumes past the page's last notification. */
export interface InboxPage {
  notifications: InAppNotification[];
  after?: string;
}

/** The in-app copies of the notifications: one inbox per user (or per city), each with its unread count. */
export interface NotificationInbox {
  /** Stores the notification unread in each inbox and counts it there. */
  deliver(inboxes: readonly InboxId[], notification: InAppNotification): Promise<void>;
  page(inbox: InboxId, options: { limit: number; after?: string }): Promise<InboxPage>;
  /** Never below zero. */
  unreadCount(inbox: InboxId): Promise<number>;
  /** The stored notifications of these ids, in that order; a missing one is absent. */
  get(inbox: InboxId, ids: readonly string[]): Promise<InAppNotification[]>;
  /** Marks each unread one read and counts it off; one already read is left as it is. */
  markRead(inbox: InboxId, ids: readonly string[], at: string): Promise<void>;
}

export interface StageRun {
  machine: StageMachineName;
  executionName: string;
  input: { pilotId: string };
}

export interface StageRunner {
  /** Starts the run unless a run of that name already exists (deterministic names make this idempotent). */
  start(run: StageRun): Promise<void>;
}

/** Structured logging; the runtimes add correlation keys (pilot, execution) to every line. */
export interface Logger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface Clock {
  now(): Date;
}

/** The programme's tables the secretariat versions, by kind. */
export interface ProgrammeTables {
  targets: TargetsTable;
  readiness: ReadinessRules;
  validation: ValidationSeverities;
  indexMethodology: IndexMethodology;
  staff: StaffDirectory;
  accounts: AccountRegistry;
}
export type ProgrammeTableKind = keyof ProgrammeTables;

/** Versioned programme tables: each version is kept; the newest is the one in force. */
export interface ProgrammeTableRepository {
  currentTable<K extends ProgrammeTableKind>(kind: K): Promise<ProgrammeTables[K] | undefined>;
  tableVersion<K extends ProgrammeTableKind>(
    kind: K,
    version: number,
  ): Promise<ProgrammeTables[K] | undefined>;
  /** Stores a new version; false when that version number already exists. */
  putTable<K extends ProgrammeTableKind>(kind: K, table: ProgrammeTables[K]): Promise<boolean>;
}

/**
 * The sign-in provider's side of an account: Cognito on AWS, the local issuer in the embedded runtime. The registry
 * of accounts (core/accounts) says who is active; this makes the provider agree.
 */
export interface SignInAccounts {
  /** Creates the account in its group; the provider sends the invitation. False when the user id is taken. */
  invite(invitation: Invitation): Promise<boolean>;
  /** Stops the user from signing in and ends their sessions. False when the provider has no such user. */
  disable(userId: string): Promise<boolean>;
  /** Lets a disabled user sign in again. False when the provider has no such user. */
  enable(userId: string): Promise<boolean>;
}

export interface CertificateRegistry {
  registerCertificate(certificateNumber: string, pilotId: string): Promise<void>;
  pilotOfCertificate(certificateNumber: string): Promise<string | undefined>;
}

/** Editions of the Smart Sustainable Cities Index: a draft until published, then never changed. */
export interface IndexEditionRepository {
  /** Stores or replaces the edition's draft; false when the edition is already published. */
  saveDraft(record: IndexEditionRecord): Promise<boolean>;
  /** Publishes the draft stored under `key`; undefined when the edition holds another draft or is published. */
  publishEdition(
    editionId: string,
    key: string,
    published: { at: string; by: string },
  ): Promise<IndexEditionRecord | undefined>;
  getEdition(editionId: string): Promise<IndexEditionRecord | undefined>;
  /** Every edition, by id. */
  listEditions(): Promise<IndexEditionRecord[]>;
}
