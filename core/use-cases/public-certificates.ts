// The public certificate check behind the QR code: valid, revoked or unknown, showing only what the city chose to publish.
import * as z from 'zod';
import { NotFoundError } from '../errors.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { CoreDeps } from './deps.ts';

const LINK_SECONDS = 300;
type Published = z.infer<typeof publishedSchema>;
const documentKinds: Record<Published, string> = {
  report: 'verification_report',
  snapshot: 'city_snapshot',
  factsheet: 'factsheet',
};

/** The documents a city may consent to publish; the factsheet is one PDF in both languages. */
export const publishedSchema = z.enum(['report', 'snapshot', 'factsheet']);

export const certificateCheckSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unknown'), certificateNumber: z.string(), reason: z.string() }),
  z.object({
    status: z.enum(['valid', 'revoked']),
    certificateNumber: z.string(),
    cityName: z.string(),
    country: z.string(),
    issuedAt: z.string(),
    datasetHash: z.string(),
    revoked: z.object({ reason: z.string(), at: z.string() }).optional(),
    /** Documents the city consented to publish, by kind. */
    published: z.array(publishedSchema),
    /** The languages each published document exists in (the report comes in the city's language and English). */
    languages: z.partialRecord(publishedSchema, z.array(z.string())),
  }),
]);
export type CertificateCheck = z.infer<typeof certificateCheckSchema>;

const languageOf = (key: string) => /-(en|zh)\.pdf$/.exec(key)?.[1];

async function certifiedPilot(deps: CoreDeps, certificateNumber: string): Promise<Pilot | undefined> {
  const pilotId = await deps.certificates.pilotOfCertificate(certificateNumber);
  const pilot = pilotId ? await deps.pilots.load(pilotId) : undefined;
  return pilot?.certificate?.certificateNumber === certificateNumber ? pilot : undefined;
}

/** A hash given by the verifier of a printed certificate must match the one on record, or the answer is "unknown". */
export async function checkCertificate(
  deps: CoreDeps,
  certificateNumber: string,
  hash?: string,
): Promise<CertificateCheck> {
  const pilot = await certifiedPilot(deps, certificateNumber);
  const certificate = pilot?.certificate;
  if (!pilot || !certificate)
    return { status: 'unknown', certificateNumber, reason: 'No certificate has this number' };
  if (hash && hash.toLowerCase() !== certificate.datasetHash) {
    return {
      status: 'unknown',
      certificateNumber,
      reason: 'The dataset hash does not match this certificate',
    };
  }
  const published = (Object.keys(documentKinds) as Published[]).filter(
    (p) => pilot.publication[p] === 'publish',
  );
  return {
    status: certificate.revoked ? 'revoked' : 'valid',
    certificateNumber,
    cityName: pilot.cityName,
    country: pilot.country,
    issuedAt: certificate.issuedAt,
    datasetHash: certificate.datasetHash,
    revoked: certificate.revoked,
    published,
    languages: Object.fromEntries(
      published.map((p) => [
        p,
        [
          ...new Set(
            pilot.documents
              .filter((d) => d.kind === documentKinds[p])
              .flatMap((d) => languageOf(d.key) ?? []),
          ),
        ],
      ]),
    ),
  };
}

/** A download link for a published document; withheld documents are refused, never revealed. */
export async function publishedDocumentUrl(
  deps: CoreDeps,
  certificateNumber: string,
  document: string,
  /** en or zh; the city's preferred language when absent. */
  requestedLanguage?: string,
): Promise<string> {
  const pilot = await certifiedPilot(deps, certificateNumber);
  const kind = documentKinds[document as Published];
  if (
    !pilot ||
    !kind ||
    pilot.publication[document as Published] !== 'publish' ||
    pilot.certificate?.revoked
  ) {
    throw new NotFoundError('This document is not published');
  }
  const docs = pilot.documents.filter((d) => d.kind === kind);
  const doc = docs.every((d) => languageOf(d.key) === undefined)
    ? docs.at(-1)
    : requestedLanguage
      ? docs.findLast((d) => languageOf(d.key) === requestedLanguage)
      : (docs.findLast((d) => languageOf(d.key) === pilot.letter.preferredLanguage) ?? docs.at(-1));
  if (!doc) throw new NotFoundError('This document is not published');
  return deps.documents.presignGet(doc.key, doc.key.split('/').at(-1) ?? 'document.pdf', LINK_SECONDS);
}
