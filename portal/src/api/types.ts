// The shapes the portal reads from the API, taken from the core's own types so they cannot drift apart.
import type { Actor } from '../../../core/actors.ts';
import type { AllowedStep } from '../../../core/lifecycle/decide.ts';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import type { Finding, SubmissionResults } from '../../../core/validation/results.ts';

export type { Actor } from '../../../core/actors.ts';
export type { CommandName } from '../../../core/lifecycle/commands.ts';
export type { EventType, PilotEvent } from '../../../core/lifecycle/events.ts';
export type { Pilot, SubmissionView } from '../../../core/lifecycle/pilot.ts';
export type { Stage, StageMachineName } from '../../../core/lifecycle/stages.ts';
export type {
  DataPointReviewState,
  QueryView,
  ReviewStatus,
  VerificationView,
} from '../../../core/lifecycle/verification-schemas.ts';
export type { AggregateScore, ScoreResult } from '../../../core/scoring/score-result.ts';
export type { TargetEntry, TargetsDiff, TargetsTable } from '../../../core/scoring/targets.ts';
export type { CertificateCheck } from '../../../core/use-cases/public-certificates.ts';
export type { Task } from '../../../core/use-cases/verification.ts';
export type { ResultChange } from '../../../core/validation/diff-results.ts';
export type { DataPointResult, Finding, SubmissionResults } from '../../../core/validation/results.ts';
export type { Candidate, RankReason } from '../../../core/verification/ranking.ts';
export type { Verifier } from '../../../core/verification/verifier.ts';

export interface PilotDetail {
  pilot: Pilot;
  timeline: PilotEvent[];
  nextSteps: AllowedStep[];
}

/** A submission still being validated answers without results. */
export type SubmissionOutcome =
  | SubmissionResults
  | { version: number; status: string; findings: Finding[]; results: []; valid?: undefined };

/** A presigned POST: the workbook upload also says when it expires, the evidence upload does not. */
export interface UploadTicket {
  uploadId: string;
  url: string;
  fields: Record<string, string>;
  maxBytes: number;
  expiresAt?: string;
}

export interface DemoUser {
  username: string;
  name: string;
  'cognito:groups': string[];
  'custom:cityId'?: string;
}

export type Role = Actor['role'];
