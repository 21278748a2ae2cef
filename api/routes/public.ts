// Routes that answer without sign-in: health, the certificate check behind the QR code, published documents and
// case studies, and the API's own description.
import * as z from 'zod';
import {
  caseStudySearchSchema,
  findPublishedCaseStudies,
  publishedCaseStudy,
  publishedCaseStudySchema,
  publishedCaseStudySummarySchema,
} from '../../core/use-cases/case-studies.ts';
import {
  certificateCheckSchema,
  checkCertificate,
  publishedDocumentUrl,
  publishedSchema,
} from '../../core/use-cases/public-certificates.ts';
import { publicApiPaths } from '../public-routes.ts';
import { linkResponse } from '../responses.ts';
import { idParam, positiveIntParam, route } from '../route.ts';

/** Certificate numbers as the system prints them: `U4SSC-<year>-<id>`. */
const certificateNumber = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, 'A certificate number has letters, digits and hyphens only');
/** The SHA-256 of the certified dataset, as printed: a well-formed hash that does not match answers "unknown". */
const datasetHash = z.string().regex(/^[0-9A-Fa-f]{64}$/, 'A dataset hash is 64 hexadecimal digits');

export const publicRoutes = [
  route({
    method: 'get',
    path: publicApiPaths.health,
    summary: 'Whether the API answers, with its clock',
    tag: 'public',
    public: true,
    response: z.object({ status: z.literal('ok'), time: z.string() }),
    handle: async ({ deps }) => ({ status: 'ok', time: deps.clock.now().toISOString() }),
  }),
  route({
    method: 'get',
    path: publicApiPaths.certificate,
    summary: 'Check a certificate: valid, revoked or unknown, with what the city consented to publish',
    tag: 'public',
    public: true,
    params: z.object({ number: certificateNumber }),
    query: z.strictObject({ hash: datasetHash.optional() }),
    response: certificateCheckSchema,
    handle: ({ deps, params, query }) => checkCertificate(deps, params.number, query.hash),
  }),
  route({
    method: 'get',
    path: publicApiPaths.certificateDocument,
    summary: 'A download link for a document the certified city consented to publish',
    tag: 'public',
    public: true,
    params: z.object({ number: certificateNumber, document: publishedSchema }),
    query: z.strictObject({ language: z.enum(['en', 'zh']).optional() }),
    response: linkResponse,
    handle: async ({ deps, params, query }) => ({
      url: await publishedDocumentUrl(deps, params.number, params.document, query.language),
    }),
  }),
  route({
    method: 'get',
    path: publicApiPaths.caseStudies,
    summary:
      'The case studies certified cities published with consent, newest first, filtered by KPI category (a tree path such as EC.ICT.ICT) and maturity characteristic',
    tag: 'public',
    public: true,
    query: caseStudySearchSchema,
    response: z.object({ caseStudies: z.array(publishedCaseStudySummarySchema) }),
    handle: async ({ deps, query }) => ({ caseStudies: await findPublishedCaseStudies(deps, query) }),
  }),
  route({
    method: 'get',
    path: publicApiPaths.caseStudy,
    summary:
      'One published case study whole: challenge, initiative, ICT, results in KPI terms, lessons, SDG targets',
    tag: 'public',
    public: true,
    params: z.object({ pilot: idParam, caseStudy: positiveIntParam }),
    response: publishedCaseStudySchema,
    handle: ({ deps, params }) => publishedCaseStudy(deps, params.pilot, params.caseStudy),
  }),
];
