// The names the embedded runtime gives the app's resources, and the ARNs built from them: the policies are read in these terms.
import * as z from 'zod';
import { localNames } from '../config.ts';
import { arnOf, type Environment } from './arns.ts';

export const localNamingSchema = z.object({
  region: z.string().regex(/^[a-z0-9-]+$/),
  account: z.string().regex(/^\d{12}$/),
  table: z.string().min(1),
  buckets: z.object({ uploads: z.string().min(1), documents: z.string().min(1) }),
  signingSecret: z.string().min(1),
  /** The user pool the API's account management names; the embedded runtime's own issuer stands in for it. */
  userPool: z.string().min(1),
  /** The only sender the functions may use; the app is synthesized with it, so the SES condition names it. */
  fromAddress: z.email(),
  /** Where new letters of intent are announced; the app is synthesized with it, as the embedded runtime mails it. */
  secretariatEmail: z.email(),
  /** A function's local name is this prefix and its principal name (`u4ssc-` + `checkLetter`), as the local stage runner names it. */
  functionPrefix: z.string(),
  /** A state machine's local name is this prefix and the machine name (`u4ssc-` + `certification`). */
  stateMachinePrefix: z.string(),
});
export type LocalNaming = z.output<typeof localNamingSchema>;

/** The embedded runtime's names (local/config.ts), in the region and account the emulators use. */
export function localNaming(): LocalNaming {
  return localNamingSchema.parse({
    region: 'us-east-1',
    account: '000000000000',
    table: localNames.tableName,
    buckets: localNames.buckets,
    signingSecret: 'u4ssc-local/template-signing-key',
    userPool: 'u4ssc-local-users',
    fromAddress: localNames.fromAddress,
    secretariatEmail: localNames.secretariatEmail,
    functionPrefix: 'u4ssc-',
    stateMachinePrefix: 'u4ssc-',
  });
}

/** The principal name of a state machine's role; functions are named by their task or entry name alone. */
export const stateMachinePrincipal = (machine: string) => `stateMachine:${machine}`;

/** Every local emulator answers in the commercial partition. */
export const namingEnvironment = (naming: LocalNaming): Environment => ({
  partition: 'aws',
  region: naming.region,
  account: naming.account,
});

type Bucket = keyof LocalNaming['buckets'];

/** The ARNs a caller of `evaluate` names resources by; the extracted policies use the same ones. */
export function localArns(naming: LocalNaming) {
  const env = namingEnvironment(naming);
  const table = arnOf('table', naming.table, env);
  const bucket = (name: Bucket) => arnOf('bucket', naming.buckets[name], env);
  return {
    table,
    tableIndex: (index: string) => `${table}/index/${index}`,
    bucket,
    object: (name: Bucket, key: string) => `${bucket(name)}/${key}`,
    /** Secrets Manager appends six random characters to a secret's name; `suffix` stands in for them. */
    signingSecret: (suffix: string) => `${arnOf('secret', naming.signingSecret, env)}-${suffix}`,
    sesIdentity: (identity: string) =>
      `arn:${env.partition}:ses:${env.region}:${env.account}:identity/${identity}`,
    function: (name: string) => arnOf('function', `${naming.functionPrefix}${name}`, env),
    stateMachine: (machine: string) => arnOf('stateMachine', `${naming.stateMachinePrefix}${machine}`, env),
  };
}
