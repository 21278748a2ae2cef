// The template signing key for Lambda: read once per cold start from Secrets Manager, and only by the functions
// whose environment names the secret (template generation and validation).
import type { SecretsManagerClientConfig } from '@aws-sdk/client-secrets-manager';
import { translateTransientErrors } from '../adapters/aws/transient.ts';
import type { LambdaConfig } from './config.ts';

/** A throttled or unavailable Secrets Manager fails the cold start with a TransientError naming the read. */
export async function loadTemplateSigningKey(
  config: LambdaConfig,
  clientConfig: SecretsManagerClientConfig = { region: config.AWS_REGION },
): Promise<string | undefined> {
  if (config.TEMPLATE_SIGNING_KEY) return config.TEMPLATE_SIGNING_KEY;
  if (!config.TEMPLATE_SIGNING_KEY_SECRET) return undefined;
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  const client = translateTransientErrors(new SecretsManagerClient(clientConfig));
  const secret = await client.send(
    new GetSecretValueCommand({ SecretId: config.TEMPLATE_SIGNING_KEY_SECRET }),
  );
  if (!secret.SecretString)
    throw new Error(`Secret ${config.TEMPLATE_SIGNING_KEY_SECRET} has no string value`);
  return secret.SecretString;
}

/** A key that fails loudly where a function without the grant would otherwise sign with an empty key. */
export function requireKey(key: string | undefined): () => string {
  return () => {
    if (!key)
      throw new Error('This function has no template signing key (TEMPLATE_SIGNING_KEY_SECRET is unset)');
    return key;
  };
}
