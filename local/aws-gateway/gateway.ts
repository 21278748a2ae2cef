// Starts the strict front of the local emulators: one HTTP server per service on the advertised ports, each
// checking what AWS would check before it passes a request to the emulator behind it.
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Authorizer, allowRegisteredPrincipals } from './authorization.ts';
import type { GatewayContext } from './context.ts';
import type { CredentialsRegistry } from './credentials.ts';
import { dynamoFront } from './dynamodb-front.ts';
import { GatewayError } from './errors.ts';
import { type ObjectLockConfig, ObjectLocks } from './object-lock.ts';
import { s3Front } from './s3-front.ts';
import { sesFront } from './ses-front.ts';

export interface AwsGatewayConfig {
  /** Where the gateway listens; loopback unless the runtime is told otherwise. */
  host: string;
  ports: { s3: number; dynamodb: number; ses: number };
  /**
   * The emulators' own addresses, known only to the gateway. May be given later through `connect`: the gateway
   * binds its advertised ports first, so an emulator's system-chosen port can never be one of them.
   */
  upstream?: Upstream;
  region: string;
  registry: CredentialsRegistry;
  /** Defaults to allowing every registered principal everything. */
  authorize?: Authorizer;
  /** Origins allowed to call the buckets from a browser: the portal's. */
  corsOrigins: string[];
  spoolDir: string;
  /** The buckets with Object Lock, as the stacks create them; none when omitted. */
  objectLock?: ObjectLockConfig;
  now?: () => Date;
  log?: (message: string, details: Record<string, unknown>) => void;
}

export interface Upstream {
  s3: string;
  dynamodb: string;
  ses: string;
}

export interface AwsGateway {
  endpoints: { s3: string; dynamodb: string; ses: string };
  /** Names the emulators to pass requests to; until then every request is answered 503. */
  connect(upstream: Upstream): void;
  stop(): Promise<void>;
}

function listen(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  port: number,
  host: string,
) {
  const server = createServer(handler);
  return new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // SDK clients keep connections alive; idle ones would hold the close open.
    server.closeIdleConnections();
  });
}

export async function startAwsGateway(config: AwsGatewayConfig): Promise<AwsGateway> {
  // Spooled bodies left by a process that died mid-upload are of no use to anyone.
  rmSync(config.spoolDir, { recursive: true, force: true });
  mkdirSync(config.spoolDir, { recursive: true });
  let upstream: GatewayContext['upstream'] | undefined;
  const connect = (to: Upstream) => {
    upstream = { s3: new URL(to.s3), dynamodb: new URL(to.dynamodb), ses: new URL(to.ses) };
  };
  if (config.upstream) connect(config.upstream);
  const context: GatewayContext = {
    region: config.region,
    registry: config.registry,
    authorize: config.authorize ?? allowRegisteredPrincipals(config.registry),
    now: config.now ?? (() => new Date()),
    get upstream() {
      if (!upstream)
        throw new GatewayError('ServiceUnavailable', 503, 'The local emulators are not running yet.');
      return upstream;
    },
    corsOrigins: new Set(config.corsOrigins),
    spoolDir: config.spoolDir,
    objectLocks: new ObjectLocks(config.objectLock),
    log: config.log ?? (() => {}),
  };
  const servers: Server[] = [];
  try {
    servers.push(await listen(s3Front(context), config.ports.s3, config.host));
    servers.push(await listen(dynamoFront(context), config.ports.dynamodb, config.host));
    servers.push(await listen(sesFront(context), config.ports.ses, config.host));
  } catch (error) {
    await Promise.all(servers.map(close));
    throw error;
  }
  const url = (port: number) => `http://${config.host}:${port}`;
  return {
    endpoints: { s3: url(config.ports.s3), dynamodb: url(config.ports.dynamodb), ses: url(config.ports.ses) },
    connect,
    stop: async () => {
      await Promise.all(servers.map(close));
    },
  };
}
