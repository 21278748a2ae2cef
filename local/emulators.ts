// Starts the embedded AWS stand-ins (dynalite, s3rver, the mail catcher) persisting under the data folder.
import type { Server } from 'node:http';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver, { type S3rverEvent } from 's3rver';
import { tableIndexes, tableKeys } from '../adapters/aws/table-design.ts';
import { startMailCatcher } from './mail-catcher.ts';

export interface EmulatorConfig {
  dataDir: string;
  host: string;
  ports: { dynamodb: number; s3: number; mail: number };
  buckets: { uploads: string; documents: string };
  tableName: string;
}

export interface Emulators {
  endpoints: { dynamodb: string; s3: string; mail: string };
  onS3Event(listener: (event: S3rverEvent) => void): void;
  stop(): Promise<void>;
}

const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader></CORSRule></CORSConfiguration>`;

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

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
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  // The table answers only once ACTIVE; dynalite takes a moment even with createTableMs 0.
  await waitUntilTableExists(
    { client, maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.5 },
    { TableName: tableName },
  );
}

export async function startEmulators(config: EmulatorConfig): Promise<Emulators> {
  const { host, ports } = config;
  const dynamo = dynalite({
    path: join(config.dataDir, 'dynamodb'),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve) => dynamo.listen(ports.dynamodb, host, () => resolve()));
  const s3 = new S3rver({
    port: ports.s3,
    address: host,
    directory: join(config.dataDir, 's3'),
    silent: true,
    configureBuckets: [
      { name: config.buckets.uploads, configs: [CORS] },
      { name: config.buckets.documents, configs: [CORS] },
    ],
  });
  await s3.run();
  const mail = startMailCatcher(join(config.dataDir, 'mail'), ports.mail, host);
  const endpoints = {
    dynamodb: `http://${host}:${ports.dynamodb}`,
    s3: `http://${host}:${ports.s3}`,
    mail: `http://${host}:${ports.mail}`,
  };
  const ddb = new DynamoDBClient({
    endpoint: endpoints.dynamodb,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await createTableIfMissing(ddb, config.tableName);
  ddb.destroy();
  return {
    endpoints,
    onS3Event: (listener) => s3.on('event', listener),
    async stop() {
      await Promise.all([s3.close(), closeServer(mail as unknown as Server), closeServer(dynamo)]);
    },
  };
}
