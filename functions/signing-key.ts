// The template signing key for Lambda: read once per cold start from Secrets Manager, and only by the functions
// whose environment names the secret (template generation and validation).
import type { LambdaConfig } from './config.ts';

export async function loadTemplateSigningKey(config: LambdaConfig): Promise<string | undefined> {
  if (config.TEMPLATE_SIGNING_KEY) return config.TEMPLATE_SIGNING_KEY;
  if (!config.TEMPLATE_SIGNING_KEY_SECRET) return undefined;
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  const secret = await new SecretsManagerClient({ region: config.AWS_REGION }).send(
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
