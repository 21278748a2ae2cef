// Everything a use case may call, injected by each runtime's composition root.
import type {
  CertificateRegistry,
  Clock,
  IndexEditionRepository,
  Logger,
  Notifier,
  ObjectStore,
  PilotRepository,
  ProgrammeTableRepository,
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
  collectionMonths: number;
}

export interface CoreDeps {
  pilots: PilotRepository;
  grants: UploadGrantRepository;
  verifiers: VerifierRepository;
  /** Benchmark targets and readiness rules, each versioned. */
  tables: ProgrammeTableRepository;
  certificates: CertificateRegistry;
  /** Editions of the Smart Sustainable Cities Index; their results are JSON in the documents bucket. */
  editions: IndexEditionRepository;
  uploads: ObjectStore;
  documents: ObjectStore;
  notifier: Notifier;
  runner: StageRunner;
  clock: Clock;
  settings: Settings;
  logger: Logger;
}
