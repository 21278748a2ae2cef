// Unit-test double of the pilot repository and stage runner: same contract as the DynamoDB adapter, in memory.
import { ConcurrencyConflictError } from '../../core/errors.ts';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../core/lifecycle/pilot.ts';
import type { PilotFilter, PilotRepository, StageRun, StageRunner } from '../../core/use-cases/ports.ts';

export class MemoryPilots implements PilotRepository {
  readonly log = new Map<string, PilotEvent[]>();

  async load(pilotId: string) {
    return (this.log.get(pilotId) ?? []).reduce<Pilot | undefined>(applyEvent, undefined);
  }
  async events(pilotId: string) {
    return [...(this.log.get(pilotId) ?? [])];
  }
  async append(current: Pilot | undefined, event: PilotEvent) {
    const events = this.log.get(event.pilotId) ?? [];
    if (events.some((e) => e.seq === event.seq)) throw new ConcurrencyConflictError('seq taken');
    this.log.set(event.pilotId, [...events, event]);
    return applyEvent(current, event);
  }
  async list(filter: PilotFilter) {
    const all = await Promise.all([...this.log.keys()].map((id) => this.load(id)));
    return all.filter((p): p is Pilot => !!p && (!filter.stage || p.stage === filter.stage));
  }
  async listWithPendingRuns() {
    return (await this.list({})).filter((p) => p.pendingRun);
  }
}

export class RecordingRunner implements StageRunner {
  readonly started: StageRun[] = [];
  async start(run: StageRun) {
    this.started.push(run);
  }
}
