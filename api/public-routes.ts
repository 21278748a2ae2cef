// The API paths that answer without sign-in; the router registers them before authentication and CDK exempts exactly
// these from the JWT authorizer, so the two cannot drift apart.
export const publicApiPaths = {
  health: '/health',
  /** What the QR code on a certificate opens. */
  certificate: '/public/certificates/:number',
  /** A document the city consented to publish, reached from the certificate check. */
  certificateDocument: '/public/certificates/:number/:document',
  /** The published editions of the Smart Sustainable Cities Index, one edition, and its open data. */
  indexEditions: '/public/index/editions',
  indexEdition: '/public/index/editions/:edition',
  indexDataPackage: '/public/index/editions/:edition/datapackage.json',
  indexTable: '/public/index/editions/:edition/data/:table',
  /** The case studies certified cities published with consent, and one of them whole. */
  caseStudies: '/public/case-studies',
  caseStudy: '/public/case-studies/:pilot/:caseStudy',
  /** The OpenAPI 3.1 description of every route. */
  openapi: '/openapi.json',
} as const;

export const API_BASE_PATH = '/api';

/** The same paths in API Gateway's route syntax: `/api/public/certificates/{number}`. */
export const publicGatewayPaths = Object.values(publicApiPaths).map(
  (path) => API_BASE_PATH + path.replace(/:(\w+)/g, '{$1}'),
);
