// The whole of CoreDeps in memory for use-case tests: one store behind every repository (as on DynamoDB), two
// buckets, recorders of e-mail and stage runs, a clock the test sets, and a logger that prints nothing.
import type { Invitation } from '../../core/accounts/account-registry.ts';
import { type CoreDeps, deadlineDefaults, type Settings } from '../../core/use-cases/deps.ts';
import type {
  Clock,
  EmailMessage,
  Logger,
  Notifier,
  SignInAccounts,
  StageRun,
  StageRunner,
} from '../../core/use-cases/ports.ts';
import { MemoryEditions } from './memory-editions.ts';
import { MemoryInbox } from './memory-inbox.ts';
import { MemoryObjectStore } from './memory-objects.ts';
import { MemoryStore } from './memory-store.ts';

export class RecordingNotifier implements Notifier {
  readonly sent: EmailMessage[] = [];
  async send(message: EmailMessage): Promise<void> {
    this.sent.push(structuredClone(message));
  }
}

export class RecordingRunner implements StageRunner {
  readonly started: StageRun[] = [];
  async start(run: StageRun): Promise<void> {
    this.started.push(structuredClone(run));
  }
}

export class SettableClock implements Clock {
  private current: number;
  constructor(iso: string) {
    this.current = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = Date.parse(iso);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  extra?: Record<string, unknown>;
}

/** Keeps what would be logged, for the tests that assert on it, and prints nothing. */
export class SilentLogger implements Logger {
  readonly lines: LogLine[] = [];
  info(message: string, extra?: Record<string, unknown>) {
    this.lines.push({ level: 'info', message, extra });
  }
  warn(message: string, extra?: Record<string, unknown>) {
    this.lines.push({ level: 'warn', message, extra });
  }
  error(message: string, extra?: Record<string, unknown>) {
    this.lines.push({ level: 'error', message, extra });
  }
}

export const testSettings: Settings = {
  secretariatEmail: 'secretariat@u4ssc.test',
  portalUrl: 'https://portal.u4ssc.test',
  templateSigningKey: 'memory-signing-key-0123456789abcdef',
  maxUploadBytes: 5 * 1024 * 1024,
  uploadLinkSeconds: 900,
  ...deadlineDefaults,
};

const TEST_START = '2026-03-02T09:00:00.000Z';

/** The sign-in provider's accounts, remembered: who was invited, who disabled and who enabled again. */
export class MemorySignInAccounts implements SignInAccounts {
  readonly invited: Invitation[] = [];
  readonly disabled: string[] = [];
  readonly enabled: string[] = [];

  async invite(invitation: Invitation): Promise<boolean> {
    if (this.invited.some((i) => i.userId === invitation.userId)) return false;
    this.invited.push(invitation);
    return true;
  }

  async disable(userId: string): Promise<boolean> {
    this.disabled.push(userId);
    return true;
  }

  async enable(userId: string): Promise<boolean> {
    this.enabled.push(userId);
    return true;
  }
}

export function memoryDeps(now = TEST_START) {
  const store = new MemoryStore();
  return {
    pilots: store,
    grants: store,
    verifiers: store,
    tables: store,
    certificates: store,
    editions: new MemoryEditions(store.table),
    signInAccounts: new MemorySignInAccounts(),
    uploads: new MemoryObjectStore('uploads'),
    documents: new MemoryObjectStore('documents'),
    notifier: new RecordingNotifier(),
    inbox: new MemoryInbox(store.table),
    runner: new RecordingRunner(),
    clock: new SettableClock(now),
    settings: { ...testSettings },
    logger: new SilentLogger(),
  } satisfies CoreDeps;
}

export type MemoryDeps = ReturnType<typeof memoryDeps>;
