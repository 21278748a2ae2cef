// Template integrity: the structure hash of a workbook layout and the HMAC-SHA256 signature over the Meta fields.
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { canonicalJson, sha256Hex } from '../kpis/canonical-json.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const templateMetaSchema = z.object({
  format: z.string().min(1),
  pilotId: z.string().min(1),
  templateId: z.string().min(1),
  catalogueVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  catalogueChecksum: hex64,
  issuedAt: z.iso.datetime({ offset: true }),
  structureHash: hex64,
  signature: hex64,
});

export type TemplateMeta = z.infer<typeof templateMetaSchema>;
export type UnsignedMeta = Omit<TemplateMeta, 'signature'>;

/** Meta keys in the order they are written to (and read from) the Meta sheet. */
export const metaKeys = Object.keys(templateMetaSchema.shape) as (keyof TemplateMeta)[];

/** What the structure hash covers: sheet order, data point rows and the header text of every column. */
export interface TemplateStructure {
  sheetNames: string[];
  dataPointIds: string[];
  profileFieldIds: string[];
  maturityIds: string[];
  headers: { cityProfile: string[]; dataPoints: string[]; maturity: string[] };
}

export function structureHash(structure: TemplateStructure): string {
  return sha256Hex(canonicalJson(structure));
}

export function signMeta(meta: UnsignedMeta, signingKey: string): string {
  const { format, pilotId, templateId, catalogueVersion, catalogueChecksum, issuedAt, structureHash } = meta;
  // Only the listed fields are signed, so extra keys added to an object by a caller cannot change the signature.
  const payload = {
    format,
    pilotId,
    templateId,
    catalogueVersion,
    catalogueChecksum,
    issuedAt,
    structureHash,
  };
  return createHmac('sha256', signingKey).update(canonicalJson(payload), 'utf8').digest('hex');
}

/** True when the signature matches the other Meta fields under signingKey (constant-time comparison). */
export function verifyTemplateSignature(meta: TemplateMeta, signingKey: string): boolean {
  const expected = Buffer.from(signMeta(meta, signingKey), 'hex');
  const actual = Buffer.from(meta.signature, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
