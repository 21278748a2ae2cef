// The local IAM evaluator on hand-written policies: one rule of IAM's identity-policy logic per test.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../local/iam/evaluate.ts';
import { principalPoliciesSchema } from '../../../local/iam/policy.ts';

const TABLE = 'arn:aws:dynamodb:us-east-1:000000000000:table/u4ssc-local';
const OBJECTS = 'arn:aws:s3:::u4ssc-documents/*';
const SES_IDENTITIES = 'arn:aws:ses:us-east-1:000000000000:identity/*';

/** Policies written the way a template holds them (single strings allowed), normalized by the schema. */
const policiesOf = (statements: unknown[]) => principalPoliciesSchema.parse({ worker: statements });
const request = (action: string, resources: string[], context: Record<string, string | string[]> = {}) => ({
  principal: 'worker',
  action,
  resources,
  context,
});

describe('actions and resources', () => {
  it('allows an action a statement lists on the resource', () => {
    const policies = policiesOf([{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE }]);

    const decision = evaluate(policies, request('dynamodb:GetItem', [TABLE]));

    expect(decision.allowed).toBe(true);
  });

  it('denies an action no statement lists, naming the principal, the action and the resource as AWS does', () => {
    const policies = policiesOf([{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE }]);

    const decision = evaluate(policies, request('dynamodb:PutItem', [TABLE]));

    expect(decision).toEqual({
      allowed: false,
      reason: `worker is not authorized to perform: dynamodb:PutItem on resource: ${TABLE} because no identity-based policy allows the dynamodb:PutItem action`,
      because: 'because no identity-based policy allows the dynamodb:PutItem action',
    });
  });

  it('lets an explicit Deny win over an Allow of the same action', () => {
    const policies = policiesOf([
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:PutObject', Resource: OBJECTS, origin: 'stack/Guard' },
    ]);

    const decision = evaluate(policies, request('s3:PutObject', ['arn:aws:s3:::u4ssc-documents/a.pdf']));

    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('with an explicit deny in an identity-based policy (stack/Guard)');
  });

  it('needs an Allow for every resource of the request and names the one without', () => {
    const policies = policiesOf([{ Effect: 'Allow', Action: 'dynamodb:Query', Resource: TABLE }]);

    const decision = evaluate(policies, request('dynamodb:Query', [TABLE, `${TABLE}/index/byStage`]));

    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain(`on resource: ${TABLE}/index/byStage because`);
  });

  it('applies NotAction to every action except those listed', () => {
    const policies = policiesOf([{ Effect: 'Allow', NotAction: 'dynamodb:DeleteItem', Resource: TABLE }]);

    expect(evaluate(policies, request('dynamodb:PutItem', [TABLE])).allowed).toBe(true);
    expect(evaluate(policies, request('dynamodb:DeleteItem', [TABLE])).allowed).toBe(false);
  });

  it('applies NotResource to every resource except those listed', () => {
    const policies = policiesOf([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Effect: 'Deny', Action: 's3:GetObject', NotResource: OBJECTS },
    ]);

    expect(evaluate(policies, request('s3:GetObject', ['arn:aws:s3:::u4ssc-documents/a'])).allowed).toBe(
      true,
    );
    expect(evaluate(policies, request('s3:GetObject', ['arn:aws:s3:::u4ssc-uploads/a'])).allowed).toBe(false);
  });

  it('matches action wildcards * and ? without regard to case', () => {
    const policies = policiesOf([
      { Effect: 'Allow', Action: ['DynamoDB:Get*', 's3:???Object'], Resource: '*' },
    ]);

    expect(evaluate(policies, request('dynamodb:GetItem', [TABLE])).allowed).toBe(true);
    expect(evaluate(policies, request('s3:GetObject', [OBJECTS])).allowed).toBe(true);
    expect(evaluate(policies, request('s3:PutObject', [OBJECTS])).allowed).toBe(true);
    expect(evaluate(policies, request('s3:DeleteObject', [OBJECTS])).allowed).toBe(false);
  });

  it('matches resource wildcards with regard to case; ? stands for exactly one character', () => {
    const policies = policiesOf([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::u4ssc-documents/reports/*' },
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: 'arn:aws:sm:::secret:key-??' },
    ]);

    expect(
      evaluate(policies, request('s3:GetObject', ['arn:aws:s3:::u4ssc-documents/reports/p/a.pdf'])).allowed,
    ).toBe(true);
    expect(
      evaluate(policies, request('s3:GetObject', ['arn:aws:s3:::u4ssc-documents/Reports/a.pdf'])).allowed,
    ).toBe(false);
    expect(
      evaluate(policies, request('secretsmanager:GetSecretValue', ['arn:aws:sm:::secret:key-ab'])).allowed,
    ).toBe(true);
    expect(
      evaluate(policies, request('secretsmanager:GetSecretValue', ['arn:aws:sm:::secret:key-abc'])).allowed,
    ).toBe(false);
  });

  it('denies a principal the synthesized app has no role for', () => {
    const policies = policiesOf([{ Effect: 'Allow', Action: '*', Resource: '*' }]);

    const decision = evaluate(policies, { ...request('dynamodb:GetItem', [TABLE]), principal: 'stranger' });

    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('because the synthesized app has no role for stranger');
  });

  it('refuses a request that names no resource', () => {
    const policies = policiesOf([{ Effect: 'Allow', Action: '*', Resource: '*' }]);

    expect(() => evaluate(policies, request('xray:PutTraceSegments', []))).toThrow();
  });

  it('says which statements allowed the request', () => {
    const policies = policiesOf([
      { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE, origin: 'wf/P1' },
    ]);

    expect(evaluate(policies, request('dynamodb:GetItem', [TABLE])).reason).toBe(
      `worker may perform dynamodb:GetItem on ${TABLE}: allowed by wf/P1`,
    );
  });
});

describe('conditions', () => {
  const sender = (condition: unknown) =>
    policiesOf([
      { Effect: 'Allow', Action: 'ses:SendEmail', Resource: SES_IDENTITIES, Condition: condition },
    ]);
  const send = (context: Record<string, string | string[]>) =>
    request('ses:SendEmail', ['arn:aws:ses:us-east-1:000000000000:identity/city@example.org'], context);

  it('StringEquals holds only for the exact value, and the key is found whatever its case', () => {
    const policies = sender({ StringEquals: { 'ses:FromAddress': 'no-reply@u4ssc.local' } });

    expect(evaluate(policies, send({ 'SES:fromaddress': 'no-reply@u4ssc.local' })).allowed).toBe(true);
    expect(evaluate(policies, send({ 'ses:FromAddress': 'No-Reply@u4ssc.local' })).allowed).toBe(false);
  });

  it('denies when the request lacks the condition key, and the reason says so', () => {
    const policies = sender({ StringEquals: { 'ses:FromAddress': 'no-reply@u4ssc.local' } });

    const decision = evaluate(policies, send({}));

    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('the request has no ses:FromAddress');
  });

  it('StringLike matches wildcards', () => {
    const policies = sender({ StringLike: { 'ses:FromAddress': '*@u4ssc.local' } });

    expect(evaluate(policies, send({ 'ses:FromAddress': 'a@u4ssc.local' })).allowed).toBe(true);
    expect(evaluate(policies, send({ 'ses:FromAddress': 'a@u4ssc.example' })).allowed).toBe(false);
  });

  it('ArnLike compares ARN parts one by one, so a wildcard never spans a colon', () => {
    const policies = policiesOf([
      {
        Effect: 'Allow',
        Action: 'lambda:InvokeFunction',
        Resource: '*',
        Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:states:*:000000000000:stateMachine:*' } },
      },
    ]);
    const invoke = (sourceArn: string) =>
      request('lambda:InvokeFunction', ['*'], { 'aws:SourceArn': sourceArn });

    expect(
      evaluate(policies, invoke('arn:aws:states:us-east-1:000000000000:stateMachine:u4ssc-reporting'))
        .allowed,
    ).toBe(true);
    expect(evaluate(policies, invoke('arn:aws:states:us-east-1:111111111111:stateMachine:x')).allowed).toBe(
      false,
    );
    expect(evaluate(policies, invoke('not-an-arn')).allowed).toBe(false);
  });

  it('ArnEquals holds for the same ARN only', () => {
    const arn = 'arn:aws:states:us-east-1:000000000000:stateMachine:u4ssc-reporting';
    const policies = sender({ ArnEquals: { 'aws:SourceArn': arn } });

    expect(evaluate(policies, send({ 'aws:SourceArn': arn })).allowed).toBe(true);
    expect(evaluate(policies, send({ 'aws:SourceArn': `${arn}-2` })).allowed).toBe(false);
  });

  it('Bool compares true and false without regard to case, including a boolean written in the template', () => {
    const policies = sender({ Bool: { 'aws:SecureTransport': true } });

    expect(evaluate(policies, send({ 'aws:SecureTransport': 'TRUE' })).allowed).toBe(true);
    expect(evaluate(policies, send({ 'aws:SecureTransport': 'false' })).allowed).toBe(false);
  });

  it('ForAnyValue holds when one value of the request matches', () => {
    const policies = sender({ 'ForAnyValue:StringEquals': { 'ses:Recipients': ['a@x.org', 'b@x.org'] } });

    expect(evaluate(policies, send({ 'ses:Recipients': ['z@x.org', 'b@x.org'] })).allowed).toBe(true);
    expect(evaluate(policies, send({ 'ses:Recipients': ['z@x.org'] })).allowed).toBe(false);
  });

  it('ForAllValues holds only when every value of the request matches, and denies when the key is absent', () => {
    const policies = sender({ 'ForAllValues:StringLike': { 'ses:Recipients': '*@x.org' } });

    expect(evaluate(policies, send({ 'ses:Recipients': ['a@x.org', 'b@x.org'] })).allowed).toBe(true);
    expect(evaluate(policies, send({ 'ses:Recipients': ['a@x.org', 'b@y.org'] })).allowed).toBe(false);
    expect(evaluate(policies, send({})).allowed).toBe(false);
  });

  it('denies a multi-valued key under a single-valued operator', () => {
    const policies = sender({ StringEquals: { 'ses:Recipients': 'a@x.org' } });

    const decision = evaluate(policies, send({ 'ses:Recipients': ['a@x.org', 'b@x.org'] }));

    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain("the request's ses:Recipients has several values");
  });

  it('needs every operator and every key of a condition to hold', () => {
    const policies = sender({
      StringEquals: { 'ses:FromAddress': 'no-reply@u4ssc.local', 'ses:FromDisplayName': 'U4SSC' },
      Bool: { 'aws:SecureTransport': 'true' },
    });
    const context = { 'ses:FromAddress': 'no-reply@u4ssc.local', 'ses:FromDisplayName': 'U4SSC' };

    expect(evaluate(policies, send({ ...context, 'aws:SecureTransport': 'true' })).allowed).toBe(true);
    expect(evaluate(policies, send({ ...context, 'aws:SecureTransport': 'false' })).allowed).toBe(false);
  });

  it('denies when a matching statement uses an operator it cannot evaluate, even if another statement allows', () => {
    const policies = policiesOf([
      { Effect: 'Allow', Action: 'ses:SendEmail', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 'ses:SendEmail',
        Resource: '*',
        Condition: { NumericGreaterThan: { 'ses:Recipients': '10' } },
        origin: 'wf/Limit',
      },
    ]);

    const decision = evaluate(policies, send({ 'ses:Recipients': '3' }));

    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain(
      'cannot evaluate the condition operator NumericGreaterThan in wf/Limit',
    );
  });
});
