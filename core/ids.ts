// Identifiers the domain mints: short, random and unambiguous when read aloud or typed.
import { randomBytes } from 'node:crypto';

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Short, unambiguous random id; execution names built from it stay well under the 80-character limit. */
export function newId(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  return prefix + Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}
