// The shapes the portal reads from the API, taken from the API's response schemas so they cannot drift apart. The
// pilot is the API's view of it, not the stored projection.

import type { Actor } from '../../../core/actors.ts';
import type { Finding, SubmissionResults } from '../../../core/validation/results.ts';

export type { PilotDetailView as PilotDetail, PilotView as Pilot } from '../../../api/responses.ts';
export type { Account, AccountRegistry } from '../../../core/accounts/account-registry.ts';
export type { Actor } from '../../../core/actors.ts';
export type { PilotSummary, WaitingOn } from '../../../core/lifecycle/board-summary.ts';
export type { CommandName } from '../../../core/lifecycle/commands.ts';
export type { EventType, PilotEvent } from '../../../core/lifecycle/events.ts';
export type { SubmissionView } from '../../../core/lifecycle/pilot.ts';
export type { Stage, StageMachineName } from '../../../core/lifecycle/stages.ts';
export type {
  DataPointReviewState,
  QueryView,
  ReviewStatus,
  VerificationView,
} from '../../../core/lifecycle/verification-schemas.ts';
export type { InAppNotification } from '../../../core/notifications/in-app.ts';
export type { AggregateScore, ScoreResult } from '../../../core/scoring/score-result.ts';
export type { TargetEntry, TargetsDiff, TargetsTable } from '../../../core/scoring/targets.ts';
export type { BoardAnswer, BoardCounts } from '../../../core/use-cases/board.ts';
export type { BoardSort } from '../../../core/use-cases/board-query.ts';
export type { CertificateCheck } from '../../../core/use-cases/public-certificates.ts';
export type {
  DataPointEvidence,
  SubmissionEvidence,
} from '../../../core/use-cases/submission-evidence.ts';
export type { Task } from '../../../core/use-cases/tasks.ts';
export type { UploadStatus } from '../../../core/use-cases/upload-status.ts';
export type { ResultChange } from '../../../core/validation/diff-results.ts';
export type { DataPointResult, Finding, SubmissionResults } from '../../../core/validation/results.ts';
export type { Candidate, RankReason } from '../../../core/verification/ranking.ts';
export type { Verifier } from '../../../core/verification/verifier.ts';

/** A submission still being validated answers without results. */
export type SubmissionOutcome =
  | SubmissionResults
  | { version: number; status: string; findings: Finding[]; results: []; valid?: undefined };

export type { UploadTicket } from '../../../core/use-cases/upload-links.ts';

export interface DemoUser {
  username: string;
  name: string;
  'cognito:groups': string[];
  'custom:cityId'?: string;
}

export type Role = Actor['role'];

export type { PublicEdition } from '../../../core/index/public-view.ts';
export type { Readiness, ReadinessCheck } from '../../../core/readiness/evaluate.ts';
export type { ReadinessRule, ReadinessRules } from '../../../core/readiness/rules.ts';
export type { PilotMaturity } from '../../../core/use-cases/maturity.ts';
export type {
  ConfigurableCheck,
  ConfigurableSeverity,
  ValidationSeverities,
} from '../../../core/validation/severities.ts';
