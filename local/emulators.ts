// Starts the embedded AWS stand-ins (dynalite, s3rver, the mail catcher) persisting under the data folder, on
// loopback ports nobody is told about, behind the AWS gateway that holds every request to AWS's rules.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver, { type S3rverEvent } from 's3rver';
import type { ObjectLockRetention } from '../adapters/aws/object-lock.ts';
import { projectionOf, tableIndexes, tableKeys } from '../adapters/aws/table-design.ts';
import type { Authorizer } from './aws-gateway/authorization.ts';
import {
  type Credentials,
  type CredentialsRegistry,
  EMBEDDED_PRINCIPAL,
  localCredentialsRegistry,
} from './aws-gateway/credentials.ts';
import { startAwsGateway } from './aws-gateway/gateway.ts';
import { startMailCatcher } from './mail-catcher.ts';

export interface EmulatorConfig {
  dataDir: string;
  /** Where the gateway listens (the emulators always listen on loopback). */
  host: string;
  /** The advertised ports: the gateway's. */
  ports: { dynamodb: number; s3: number; mail: number };
  buckets: { uploads: string; documents: string };
  tableName: string;
  region: string;
  /** Browser origins allowed to call the buckets; none when only servers call them. */
  corsOrigins?: string[];
  /** The stage's Object Lock retention: both buckets have Object Lock, the documents bucket as its default. */
  objectLock?: ObjectLockRetention;
  /** Decides each signed request; by default every registered principal may do everything. */
  authorize?: Authorizer;
  /** Who gets credentials; the first is the one `credentials` returns. By default one principal without policies. */
  principals?: readonly string[];
}

export interface Emulators {
  /** The gateway's addresses: the only ones any client is given. */
  endpoints: { dynamodb: string; s3: string; mail: string };
  /** The credentials of the first principal asked for, from the registry. */
  credentials: Credentials;
  registry: CredentialsRegistry;
  onS3Event(listener: (event: S3rverEvent) => void): void;
  stop(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** An index as the table design states it, and as DescribeTable reports it, in one comparable form. */
const indexShape = (name?: string, projection?: { ProjectionType?: string; NonKeyAttributes?: string[] }) =>
  `${name}:${projection?.ProjectionType}:${[...(projection?.NonKeyAttributes ?? [])].sort().join(',')}`;

/**
 * A table a data folder kept from an older design (other indexes or projections) would fail at the first query of a
 * missing index; dynalite cannot change a table's indexes, so this says so at start-up instead.
 */
async function assertTableMatchesDesign(client: DynamoDBClient, tableName: string): Promise<void> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const actual = (Table?.GlobalSecondaryIndexes ?? [])
    .map((i) => indexShape(i.IndexName, i.Projection))
    .sort();
  const designed = tableIndexes.map((i) => indexShape(i.name, projectionOf(i))).sort();
  if (actual.join(' ') !== designed.join(' '))
    throw new Error(
      `The table ${tableName} in the data folder was made with other indexes than adapters/aws/table-design.ts names (${actual.join(' ')}); start with a new data folder`,
    );
}

export async function createTableIfMissing(client: DynamoDBClient, tableName: string): Promise<void> {
  const attributes = new Set<string>([tableKeys.partitionKey, tableKeys.sortKey]);
  for (const index of tableIndexes) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: tableIndexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: projectionOf(index),
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await assertTableMatchesDesign(client, tableName);
  }
  // The table answers only once ACTIVE; dynalite takes a moment even with createTableMs 0.
  await waitUntilTableExists(
    { client, maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.5 },
    { TableName: tableName },
  );
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

export async function startEmulators(config: EmulatorConfig): Promise<Emulators> {
  const principals = config.principals ?? [EMBEDDED_PRINCIPAL];
  const registry = localCredentialsRegistry(config.dataDir, principals);
  // The gateway takes the advertised ports first; the emulators then get ports the system picks (port 0), which
  // only the gateway learns and which can therefore never be one of the advertised ones.
  const gateway = await startAwsGateway({
    host: config.host,
    ports: { s3: config.ports.s3, dynamodb: config.ports.dynamodb, ses: config.ports.mail },
    region: config.region,
    registry,
    authorize: config.authorize,
    corsOrigins: config.corsOrigins ?? [],
    spoolDir: join(config.dataDir, 'gateway-spool'),
    ...(config.objectLock && {
      objectLock: {
        buckets: {
          [config.buckets.uploads]: {},
          [config.buckets.documents]: { defaultRetention: config.objectLock },
        },
        file: join(config.dataDir, 'object-locks.json'),
      },
    }),
  });
  // Each emulator is stopped if a later one fails to start.
  const closers: (() => Promise<unknown>)[] = [];
  const stopEmulators = () => Promise.all(closers.map((close) => close()));
  try {
    const dynamo = dynalite({
      path: join(config.dataDir, 'dynamodb'),
      createTableMs: 0,
      deleteTableMs: 0,
      updateTableMs: 0,
    });
    await new Promise<void>((resolve) => dynamo.listen(0, LOOPBACK, () => resolve()));
    closers.push(() => closeServer(dynamo));
    // No CORS configuration: s3rver would answer '*'; the gateway answers CORS for the portal's origin only.
    const s3 = new S3rver({
      port: 0,
      address: LOOPBACK,
      directory: join(config.dataDir, 's3'),
      silent: true,
      configureBuckets: [{ name: config.buckets.uploads }, { name: config.buckets.documents }],
    });
    const s3Address = await s3.run();
    closers.push(() => s3.close());
    const mail = startMailCatcher(join(config.dataDir, 'mail'), 0, LOOPBACK) as unknown as Server;
    if (!mail.listening) await new Promise((resolve) => mail.once('listening', resolve));
    closers.push(() => closeServer(mail));
    const upstream = {
      dynamodb: `http://${LOOPBACK}:${portOf(dynamo)}`,
      s3: `http://${LOOPBACK}:${s3Address.port}`,
      ses: `http://${LOOPBACK}:${portOf(mail)}`,
    };
    // The table is made on dynalite directly: setting up the store is not a call the application makes.
    const ddb = new DynamoDBClient({
      endpoint: upstream.dynamodb,
      region: config.region,
      credentials: { accessKeyId: 'setup', secretAccessKey: 'setup' },
    });
    await createTableIfMissing(ddb, config.tableName);
    ddb.destroy();
    gateway.connect(upstream);
    return {
      endpoints: {
        dynamodb: gateway.endpoints.dynamodb,
        s3: gateway.endpoints.s3,
        mail: gateway.endpoints.ses,
      },
      credentials: registry.credentialsOf(principals[0] ?? EMBEDDED_PRINCIPAL),
      registry,
      onS3Event: (listener) => s3.on('event', listener),
      async stop() {
        await gateway.stop();
        await stopEmulators();
      },
    };
  } catch (error) {
    await gateway.stop();
    await stopEmulators();
    throw error;
  }
}
