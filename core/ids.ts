// Identifiers: those the domain mints (short, random, unambiguous when read aloud or typed) and the rules an id
// arriving in a request must keep, so that no absurd string becomes a storage key or a message.
import { randomBytes } from 'node:crypto';
import * as z from 'zod';

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Short, unambiguous random id; execution names built from it stay well under the 80-character limit. */
export function newId(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  return prefix + Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}

/** The longest id a request may carry; storage keys are built from ids and DynamoDB caps a sort key at 1 KB. */
export const MAX_ID_LENGTH = 64;

/**
 * An id the system mints (`p…`, `q…`, `u…`, `e…`, `v…`): a lowercase letter, then letters and digits. Hyphens are
 * let through so a well-meant guess gets "not found" rather than a lecture.
 */
export const mintedIdSchema = z
  .string()
  .max(MAX_ID_LENGTH, `An id has at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z][a-z0-9-]*$/, 'An id is a lowercase letter followed by letters, digits and hyphens');

/**
 * An id given from outside: a user id (a Cognito `sub` is a UUID, a local user a name), a city id, a verifier id the
 * secretariat chose. Letters, digits, `.`, `_` and `-`, starting with a letter or digit.
 */
export const externalIdSchema = z
  .string()
  .max(MAX_ID_LENGTH, `An id has at most ${MAX_ID_LENGTH} characters`)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'An id is letters, digits, ".", "_" and "-", starting with a letter or digit',
  );
