// What a person sends is parsed strictly and first: every payload a person can issue, and every decision's request,
// refuses a field it does not name, and a decision's body is refused before the stage is even considered.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ForbiddenTransitionError, InvalidRequestError } from '../../../core/errors.ts';
import { commandNames, commands } from '../../../core/lifecycle/commands.ts';
import { decideOnPilot, requestSchemaOf } from '../../../core/use-cases/decisions/decide-on-pilot.ts';
import { decisionNames, decisions } from '../../../core/use-cases/decisions/table.ts';
import { submitLetterOfIntent } from '../../../core/use-cases/letters.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, letter, secretariat } from '../../support/pilots.ts';

const unrecognized = (result: z.ZodSafeParseResult<unknown>) =>
  result.error?.issues.some((issue) => issue.code === 'unrecognized_keys') ?? false;

describe('strict payloads', () => {
  const byPeople = commandNames.filter((c) => commands[c].actors.some((role) => role !== 'system'));

  it.each(byPeople)('%s refuses a field its payload does not name', (command) => {
    const payload: z.ZodType = commands[command].payload;

    expect(unrecognized(payload.safeParse({ unexpected: 1 }))).toBe(true);
  });

  it.each(decisionNames)('the request of the decision %s refuses a field it does not name', (name) => {
    const definition = decisions[name];
    const [choice] = typeof definition.command === 'string' ? [] : Object.keys(definition.command);
    const schema = requestSchemaOf(definition);

    expect(unrecognized(schema.safeParse({ ...(choice ? { decision: choice } : {}), __proto__x: 1 }))).toBe(
      true,
    );
  });

  it('refuses a choice named by anything but one of its names, such as ["accept"]', () => {
    const schema = requestSchemaOf(decisions['letter-decision']);

    expect(schema.safeParse({ decision: ['accept'] }).success).toBe(false);
    expect(schema.safeParse({ decision: 'ACCEPT' }).success).toBe(false);
    expect(schema.safeParse({ decision: 'accept' }).success).toBe(true);
  });
});

describe('a decision body is parsed before the stage is considered', () => {
  async function loiPilot() {
    const deps = memoryDeps();
    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });
    return { deps, pilots: deps.pilots, pilotId };
  }

  it('answers a malformed revocation of an uncertified pilot with 400, a well-formed one with 409', async () => {
    const { deps, pilots, pilotId } = await loiPilot();
    const revoke = (body: unknown) =>
      decideOnPilot(deps, secretariat, { pilotId, decision: 'certificate-revocation', body });

    await expect(revoke({ reason: 'Falsified data', unexpected: true })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    await expect(revoke({ reason: 'Falsified data' })).rejects.toBeInstanceOf(ForbiddenTransitionError);
    expect(await pilots.events(pilotId)).toHaveLength(1);
  });
});
