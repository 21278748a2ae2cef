// Type declarations for the two emulator packages that ship none; only what the runtime uses.
declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}

declare module 's3rver' {
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    port?: number;
    address?: string;
    directory: string;
    silent?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }
  export interface S3rverEvent {
    Records: {
      eventName: string;
      s3: {
        bucket: { name: string };
        object: { key: string; size: number; eTag?: string; sequencer: string };
      };
    }[];
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Resolves with the address it listens on (with the port picked when asked for port 0). */
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    on(event: 'event', listener: (event: S3rverEvent) => void): this;
  }
}
