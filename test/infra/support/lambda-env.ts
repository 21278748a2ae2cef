// A well-formed Lambda environment for loading function modules outside Lambda (parity test, bundle bench).
export const sampleLambdaEnv = {
  AWS_REGION: 'eu-west-1',
  TABLE_NAME: 'pilots',
  UPLOADS_BUCKET: 'uploads',
  DOCUMENTS_BUCKET: 'documents',
  FROM_ADDRESS: 'no-reply@u4ssc.test',
  SECRETARIAT_EMAIL: 'secretariat@u4ssc.test',
  PORTAL_URL: 'https://portal.u4ssc.test',
  TEMPLATE_SIGNING_KEY: 'k'.repeat(32),
  STATE_MACHINE_ARNS: '{}',
};
