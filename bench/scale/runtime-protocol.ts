// The IPC messages between a scale benchmark and the runtime process it starts (bench/scale/runtime-process.ts).
import * as z from 'zod';

export const runtimeRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('resetPeak') }),
  z.object({ type: z.literal('peak') }),
  z.object({ type: z.literal('stop') }),
  z.object({ type: z.literal('seedBoard'), pilots: z.number().int().positive() }),
  z.object({
    type: z.literal('seedIndexEdition'),
    editionId: z.string(),
    cities: z.number().int().positive(),
  }),
]);
export type RuntimeRequest = z.infer<typeof runtimeRequest>;

export const runtimeReplies = {
  started: z.object({
    type: z.literal('started'),
    urls: z.object({ portal: z.string(), inbox: z.string(), api: z.string() }),
  }),
  peakReset: z.object({ type: z.literal('peakReset'), rss: z.number() }),
  peak: z.object({ type: z.literal('peak'), rss: z.number(), slots: z.number().int() }),
  stopped: z.object({ type: z.literal('stopped') }),
  seeded: z.object({ type: z.literal('seeded'), pilots: z.number().int(), ms: z.number() }),
  seededEdition: z.object({ type: z.literal('seededEdition'), ms: z.number() }),
};
export type RuntimeReplyType = keyof typeof runtimeReplies;
export type RuntimeReply<K extends RuntimeReplyType> = z.infer<(typeof runtimeReplies)[K]>;
