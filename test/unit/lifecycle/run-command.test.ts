import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError, InvalidRequestError } from '../../../core/errors.ts';
import { commands } from '../../../core/lifecycle/commands.ts';
import { replay } from '../../../core/lifecycle/pilot.ts';
import { emptyVerification } from '../../../core/lifecycle/verification-schemas.ts';
import { submitLetterOfIntent } from '../../../core/use-cases/letters.ts';
import { runCommand } from '../../../core/use-cases/run-command.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, letter, pilotIn, secretariat, system, verifier } from '../../support/pilots.ts';

function setup() {
  const deps = memoryDeps();
  return { pilots: deps.pilots, runner: deps.runner, deps };
}

describe('running lifecycle commands', () => {
  it('opens a pilot from a letter of intent and starts the intake stage with a deterministic name', async () => {
    const { deps, runner } = setup();

    const pilot = await submitLetterOfIntent(deps, city, { letter });

    expect(pilot.stage).toBe('loi_received');
    expect(runner.started).toEqual([
      {
        machine: 'letter-of-intent-intake',
        executionName: `${pilot.pilotId}-letter-of-intent-intake-1`,
        input: { pilotId: pilot.pilotId },
      },
    ]);
  });

  it('records a repeated decision (a double click) once and reports it as repeated', async () => {
    const { deps, pilots } = setup();
    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });

    const first = await runCommand(deps, {
      pilotId,
      command: 'acceptLetter',
      payload: {},
      actor: secretariat,
    });
    const second = await runCommand(deps, {
      pilotId,
      command: 'acceptLetter',
      payload: {},
      actor: secretariat,
    });

    expect(first.repeated).toBe(false);
    expect(second.repeated).toBe(true);
    expect((await pilots.events(pilotId)).map((e) => e.type)).toEqual([
      'LetterOfIntentSubmitted',
      'LetterOfIntentAccepted',
    ]);
  });

  it('still refuses a contradicting decision after the first one', async () => {
    const { deps } = setup();
    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });
    await runCommand(deps, { pilotId, command: 'acceptLetter', payload: {}, actor: secretariat });

    const decline = runCommand(deps, {
      pilotId,
      command: 'declineLetter',
      payload: { reason: 'Changed mind' },
      actor: secretariat,
    });

    await expect(decline).rejects.toThrow(ForbiddenTransitionError);
  });

  it('records a re-driven system step once thanks to its causation id', async () => {
    const { deps, pilots } = setup();
    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });
    const step = {
      pilotId,
      command: 'recordIntakeChecks' as const,
      payload: { checks: [] },
      actor: system,
      causationId: 'run-1/RecordIntake',
    };

    await runCommand(deps, step);
    const again = await runCommand(deps, step);

    expect(again.repeated).toBe(true);
    expect(await pilots.events(pilotId)).toHaveLength(2);
  });

  it('retries after a concurrent writer took the next sequence number', async () => {
    const { deps, pilots } = setup();
    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });
    const original = pilots.append.bind(pilots);
    let raced = false;
    pilots.append = async (current, event) => {
      if (!raced) {
        raced = true;
        await original(current, {
          ...event,
          type: 'LetterOfIntentChecked',
          data: { checks: [] },
          causationId: 'other',
        });
      }
      return original(current && (await pilots.load(pilotId)), {
        ...event,
        seq: (await pilots.load(pilotId))!.version + 1,
      });
    };

    const result = await runCommand(deps, {
      pilotId,
      command: 'acceptLetter',
      payload: {},
      actor: secretariat,
    });

    expect(result.pilot.stage).toBe('accepted');
    expect((await pilots.events(pilotId)).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('refuses an event too large for one stored item, though each of its fields keeps its own limit', async () => {
    const { deps, pilots } = setup();
    const current = pilotIn('in_verification', { verification: emptyVerification() });
    const note = 'A long note on this data point. '.repeat(62);
    const items = Array.from({ length: 200 }, () => ({
      dataPointId: 'EC.ICT.ICT.1C',
      status: 'rejected',
      note,
    }));

    const attempt = runCommand(deps, {
      pilotId: current.pilotId,
      command: 'reviewDataPoints',
      payload: { items },
      actor: verifier,
      current,
    });

    expect(commands.reviewDataPoints.payload.safeParse({ items }).success).toBe(true);
    await expect(attempt).rejects.toThrow(InvalidRequestError);
    await expect(attempt).rejects.toThrow(/too large to record/);
    expect(await pilots.events(current.pilotId)).toEqual([]);
  });
});

describe('the pilot projection', () => {
  it('is rebuilt from the event log alone, with the pending run cleared by the event that ends it', async () => {
    const { deps, pilots } = setup();
    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });
    await runCommand(deps, {
      pilotId,
      command: 'recordIntakeChecks',
      payload: { checks: [] },
      actor: system,
      causationId: 'c1',
    });
    await runCommand(deps, { pilotId, command: 'acceptLetter', payload: {}, actor: secretariat });

    const rebuilt = replay(await pilots.events(pilotId))!;

    expect(rebuilt.stage).toBe('accepted');
    expect(rebuilt.version).toBe(3);
    expect(rebuilt.pendingRun).toEqual(
      expect.objectContaining({
        machine: 'template-issuance',
        executionName: `${pilotId}-template-issuance-3`,
      }),
    );
    expect(rebuilt.recentCausations).toEqual(['c1']);
  });

  it('refuses events applied out of order', async () => {
    const { deps, pilots } = setup();
    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });
    const [first] = await pilots.events(pilotId);

    expect(() => replay([first!, { ...first!, seq: 3 }])).toThrow(/out of order/);
  });
});
