// The single DynamoDB table's key design, shared by the repository, the local table creation and the CDK stack.

export const tableKeys = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** Secondary indexes: each answers one question the secretariat or the runtime asks. */
export const tableIndexes = [
  { name: 'byStage', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { name: 'byDueDate', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { name: 'byVerifier', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  { name: 'byGroup', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  { name: 'pendingRuns', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
] as const;

export const keys = {
  pilot: (pilotId: string) => `PILOT#${pilotId}`,
  state: 'STATE',
  event: (seq: number) => `EVENT#${String(seq).padStart(10, '0')}`,
  upload: (uploadId: string) => `UPLOAD#${uploadId}`,
  verifier: (verifierId: string) => `VERIFIER#${verifierId}`,
  profile: 'PROFILE',
  stage: (stage: string) => `STAGE#${stage}`,
  due: 'DUE',
  verifierIndex: (verifierId: string) => `VERIFIER#${verifierId}`,
  city: (cityId: string) => `CITY#${cityId}`,
  pending: 'PENDING',
  verifiers: 'VERIFIERS',
  /** One partition per programme table; the benchmark targets' name predates the others. */
  programmeTable: (kind: 'targets' | 'readiness' | 'validation') =>
    ({ targets: 'TARGETS', readiness: 'READINESS_RULES', validation: 'VALIDATION_SEVERITIES' })[kind],
  tableVersion: (version: number) => `V#${String(version).padStart(6, '0')}`,
  certificate: (certificateNumber: string) => `CERTIFICATE#${certificateNumber}`,
};
