// Everything a use case may call, injected by each runtime's composition root.
import type {
  CertificateRegistry,
  Clock,
  IndexEditionRepository,
  Logger,
  NotificationInbox,
  Notifier,
  ObjectStore,
  PilotRepository,
  ProgrammeTableRepository,
  SignInAccounts,
  StageRunner,
  UploadGrantRepository,
  VerifierRepository,
} from './ports.ts';

export interface Settings {
  /** Where notifications for the programme's staff go. */
  secretariatEmail: string;
  /** Base URL of the web portal, used in links inside notifications. */
  portalUrl: string;
  /** Secret that signs issued templates so that a foreign or edited workbook is recognised. */
  templateSigningKey: string;
  maxUploadBytes: number;
  uploadLinkSeconds: number;
  /** The collection period (3-6 months) proposed when the secretariat proposes none at acceptance. */
  collectionMonths: number;
  /** Days before a deadline at which a reminder goes out, one per offset (the nearest one reached is sent). */
  reminderOffsetsDays: readonly number[];
  /** Days after a missed deadline at which it is escalated to the secretariat (and the supervisor). */
  escalateAfterDays: number;
  /** Days the city has to review the draft report (accept or comment on each section) before it is issued. */
  draftReviewDays: number;
}

/** The programme's deadline settings (the draft review's window too), the same in every runtime unless a deployment sets its own. */
export const deadlineDefaults = {
  collectionMonths: 6,
  reminderOffsetsDays: [30, 14, 3],
  escalateAfterDays: 7,
  draftReviewDays: 14,
} satisfies Pick<
  Settings,
  'collectionMonths' | 'reminderOffsetsDays' | 'escalateAfterDays' | 'draftReviewDays'
>;

export interface CoreDeps {
  pilots: PilotRepository;
  grants: UploadGrantRepository;
  verifiers: VerifierRepository;
  /** Benchmark targets and readiness rules, each versioned. */
  tables: ProgrammeTableRepository;
  certificates: CertificateRegistry;
  /** Editions of the Smart Sustainable Cities Index; their results are JSON in the documents bucket. */
  editions: IndexEditionRepository;
  /** The sign-in provider's accounts, which the secretariat invites and deactivates. */
  signInAccounts: SignInAccounts;
  uploads: ObjectStore;
  documents: ObjectStore;
  notifier: Notifier;
  /** The in-app copies of what the notifier sends, per user. */
  inbox: NotificationInbox;
  runner: StageRunner;
  clock: Clock;
  settings: Settings;
  logger: Logger;
}
