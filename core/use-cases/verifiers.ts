// The verifier registry: the secretariat registers verifiers and lists them.
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import { newId } from '../ids.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import { type Verifier, verifierInputSchema } from '../verification/verifier.ts';
import type { CoreDeps } from './deps.ts';

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
