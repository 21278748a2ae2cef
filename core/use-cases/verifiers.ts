// The verifier registry and the secretariat's appointment of a verifier and supervising staff member.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError, InvalidRequestError } from '../errors.ts';
import { newId } from '../ids.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import { type Verifier, verifierInputSchema } from '../verification/verifier.ts';
import type { CoreDeps } from './deps.ts';
import { type CommandResult, runCommand } from './run-command.ts';
import { verifierCandidates } from './verification.ts';

function assertSecretariat(actor: Actor, what: string): void {
  if (actor.role !== 'secretariat') throw new ForbiddenError(`Only the secretariat may ${what}`);
}

export async function registerVerifier(
  deps: Pick<CoreDeps, 'verifiers'>,
  actor: Actor,
  body: unknown,
): Promise<Verifier> {
  assertSecretariat(actor, 'register verifiers');
  const input = parsePayload(verifierInputSchema, body, 'register a verifier');
  const verifier: Verifier = { ...input, verifierId: input.verifierId ?? newId('v') };
  await deps.verifiers.putVerifier(verifier);
  return verifier;
}

export async function listVerifiers(deps: Pick<CoreDeps, 'verifiers'>, actor: Actor): Promise<Verifier[]> {
  assertSecretariat(actor, 'list verifiers');
  return deps.verifiers.listVerifiers();
}

export async function assignVerifier(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  body: unknown,
): Promise<CommandResult> {
  const payload = parsePayload(
    z.object({ verifierId: z.string().min(1) }).passthrough(),
    body,
    'assign a verifier',
  );
  // The ranking's exclusions (inactive, declared conflict, recusal, previous cycle) bind the appointment too.
  const candidate = (await verifierCandidates(deps, actor, pilotId)).find(
    (c) => c.verifierId === payload.verifierId,
  );
  if (!candidate) throw new InvalidRequestError(`No verifier with id "${payload.verifierId}"`);
  if (candidate.excluded) {
    throw new InvalidRequestError(`${candidate.name} cannot verify this pilot: ${candidate.excluded}`);
  }
  return runCommand(deps, { pilotId, command: 'assignVerifier', payload, actor });
}
