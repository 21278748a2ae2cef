// The credentials registry: which access keys the local AWS gateway accepts, and the principal each one signs as.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

/** The fixed account of every local ARN; IAM messages and policies name it. */
export const LOCAL_ACCOUNT = '000000000000';

/** A principal with no policy of its own: what tools and tests of the gateway sign as. */
export const EMBEDDED_PRINCIPAL = 'embedded';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface RegisteredKey {
  secretAccessKey: string;
  /** The name the authorizer sees; later the name of the Lambda function whose role it stands for. */
  principal: string;
}

const registrySchema = z.record(
  z.string().min(1),
  z.object({ secretAccessKey: z.string().min(16), principal: z.string().regex(/^[A-Za-z0-9+=,.@_-]+$/) }),
);

export class CredentialsRegistry {
  private readonly keys: ReadonlyMap<string, RegisteredKey>;

  constructor(entries: Record<string, RegisteredKey>) {
    this.keys = new Map(Object.entries(registrySchema.parse(entries)));
  }

  lookup(accessKeyId: string): RegisteredKey | undefined {
    return this.keys.get(accessKeyId);
  }

  /** The credentials an SDK client of this principal signs with. */
  credentialsOf(principal: string): Credentials {
    for (const [accessKeyId, key] of this.keys)
      if (key.principal === principal) return { accessKeyId, secretAccessKey: key.secretAccessKey };
    throw new Error(`No credentials are registered for the principal ${principal}`);
  }

  hasPrincipal(principal: string): boolean {
    for (const key of this.keys.values()) if (key.principal === principal) return true;
    return false;
  }
}

/** The ARN AWS names a Lambda role's session by in its AccessDenied messages. */
export const principalArn = (principal: string) =>
  `arn:aws:sts::${LOCAL_ACCOUNT}:assumed-role/${principal}/${principal}`;

const REGISTRY_FILE = 'aws-credentials.json';

/**
 * The registry of one data folder, with a key for each principal asked for. Secrets are made on first use and kept
 * there (mode 600), so a presigned link issued before a restart still verifies after it, and no secret ever sits in
 * the repository. A principal added since (a new function) gets its key on the next start.
 */
export function localCredentialsRegistry(
  dataDir: string,
  principals: readonly string[],
): CredentialsRegistry {
  const file = join(dataDir, REGISTRY_FILE);
  const entries: Record<string, RegisteredKey> = existsSync(file)
    ? registrySchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    : {};
  const known = new Set(Object.values(entries).map((key) => key.principal));
  const missing = principals.filter((principal) => !known.has(principal));
  for (const principal of missing) {
    entries[`LOCAL${randomBytes(8).toString('hex').toUpperCase()}`] = {
      secretAccessKey: randomBytes(30).toString('base64url'),
      principal,
    };
  }
  if (missing.length > 0 || !existsSync(file))
    writeFileSync(file, JSON.stringify(entries, null, 2), { mode: 0o600 });
  return new CredentialsRegistry(entries);
}
