// The Lambda signing key: taken from the environment when given, and failing loudly where a function has none.
import { describe, expect, it } from 'vitest';
import { lambdaConfig } from '../../../functions/config.ts';
import { loadTemplateSigningKey, requireKey } from '../../../functions/signing-key.ts';
import { sampleLambdaEnv } from '../../infra/support/lambda-env.ts';

describe('template signing key', () => {
  it('uses a key given in the environment without calling Secrets Manager', async () => {
    const config = lambdaConfig({ ...sampleLambdaEnv, TEMPLATE_SIGNING_KEY: 'k'.repeat(32) });

    expect(await loadTemplateSigningKey(config)).toBe('k'.repeat(32));
  });

  it('has no key when neither the key nor its secret is configured', async () => {
    const { TEMPLATE_SIGNING_KEY: _unused, ...withoutKey } = sampleLambdaEnv;

    expect(await loadTemplateSigningKey(lambdaConfig(withoutKey))).toBeUndefined();
  });

  it('refuses to sign without a key instead of signing with an empty one', () => {
    expect(() => requireKey(undefined)()).toThrow(/no template signing key/);
    expect(requireKey('secret-key-of-sixteen')()).toBe('secret-key-of-sixteen');
  });
});
