// The verifier registry: the secretariat registers verifiers, changes their entries and lists them; every change is
// kept with the entry (who, when, which fields, why), and one that makes a verifier eligible again needs a reason.
import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../actors.ts';
import { ForbiddenError, InvalidRequestError } from '../errors.ts';
import { newId } from '../ids.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import {
  auditedFields,
  REGISTRY_HISTORY_KEPT,
  type RegistryChange,
  type Verifier,
  verifierInputSchema,
} from '../verification/verifier.ts';
import type { CoreDeps } from './deps.ts';

function assertSecretariat(actor: Actor, what: string): void {
  if (actor.role !== 'secretariat') throw new ForbiddenError(`Only the secretariat may ${what}`);
}

/** A change that lifts an exclusion: a declared conflict removed, or an inactive verifier made active. */
function liftsExclusion(before: Verifier, after: Omit<Verifier, 'history'>): boolean {
  const removed = before.conflicts.some((c) => !after.conflicts.some((a) => isDeepStrictEqual(a, c)));
  return removed || (!before.active && after.active);
}

export async function registerVerifier(
  deps: Pick<CoreDeps, 'verifiers' | 'clock'>,
  actor: Actor,
  body: unknown,
): Promise<Verifier> {
  assertSecretariat(actor, 'register verifiers');
  const { changeReason, ...input } = parsePayload(verifierInputSchema, body, 'register a verifier');
  const entry = { ...input, verifierId: input.verifierId ?? newId('v') };
  const before = input.verifierId ? await deps.verifiers.getVerifier(input.verifierId) : undefined;
  const changed = before
    ? auditedFields.filter((f) => !isDeepStrictEqual(before[f], entry[f]))
    : ['registered' as const];
  if (before && changed.length === 0) return before;
  if (before && liftsExclusion(before, entry) && !changeReason)
    throw new InvalidRequestError(
      'Removing a declared conflict or making a verifier active again makes them eligible: give a changeReason',
    );
  const change: RegistryChange = {
    at: deps.clock.now().toISOString(),
    by: actor.userId,
    changed,
    ...(changeReason ? { reason: changeReason } : {}),
  };
  const verifier: Verifier = {
    ...entry,
    history: [...(before?.history ?? []), change].slice(-REGISTRY_HISTORY_KEPT),
  };
  await deps.verifiers.putVerifier(verifier);
  return verifier;
}

export async function listVerifiers(deps: Pick<CoreDeps, 'verifiers'>, actor: Actor): Promise<Verifier[]> {
  assertSecretariat(actor, 'list verifiers');
  return deps.verifiers.listVerifiers();
}
