// The Cognito calls adapters/aws/cognito-accounts.ts makes, which infra/constructs/auth.ts grants the API exactly;
// a file of its own so that the CDK app does not import the SDK.
export const cognitoAccountActions = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminEnableUser',
] as const;
