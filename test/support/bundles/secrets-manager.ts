// Secrets Manager for the bundles that sign and check templates: GetSecretValue of the template signing key, signed
// with the calling function's own keys and allowed only if its role may read that secret.
import { randomBytes, randomUUID } from 'node:crypto';
import * as z from 'zod';
import type { CredentialsRegistry } from '../../../local/aws-gateway/credentials.ts';
import type { LocalIam } from '../../../local/iam/enforcement.ts';
import { type LocalNaming, localArns } from '../../../local/iam/naming.ts';
import { type JsonService, ServiceError, startJsonService } from './json-service.ts';

const getSecretValueInput = z.object({ SecretId: z.string().min(1) });

export interface SecretsManagerConfig {
  registry: CredentialsRegistry;
  naming: LocalNaming;
  /** The policies in force now (a test may swap them). */
  iam: () => LocalIam;
  /** The value of the signing secret the naming names. */
  signingKey: string;
}

export function startSecretsManager(config: SecretsManagerConfig): Promise<JsonService> {
  // Secrets Manager appends six random characters to a secret's name in its ARN; the policy allows any six.
  const arn = localArns(config.naming).signingSecret(randomBytes(3).toString('hex'));
  const name = config.naming.signingSecret;
  const versionId = randomUUID();
  const createdDate = Date.now() / 1000;
  return startJsonService({
    signingName: 'secretsmanager',
    targetPrefix: 'secretsmanager',
    jsonVersion: '1.1',
    region: config.naming.region,
    registry: config.registry,
    operations: {
      GetSecretValue: (input, principal) => {
        const { SecretId } = getSecretValueInput.parse(input);
        if (SecretId !== name && SecretId !== arn)
          throw new ServiceError(
            'ResourceNotFoundException',
            "Secrets Manager can't find the specified secret.",
          );
        config.iam().assertAllowed(principal, 'secretsmanager:GetSecretValue', arn);
        return {
          ARN: arn,
          Name: name,
          VersionId: versionId,
          SecretString: config.signingKey,
          VersionStages: ['AWSCURRENT'],
          CreatedDate: createdDate,
        };
      },
    },
  });
}
