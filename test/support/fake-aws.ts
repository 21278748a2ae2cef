// SDK client configuration whose transport is a stand-in: every call gets one canned HTTP response or network error,
// so the real SDK parses it into the error an adapter sees from AWS.
export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export function fakeAwsConfig(canned: CannedResponse | Error) {
  return {
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    // The SDK's own retries are not under test; one attempt shows what is left after them.
    maxAttempts: 1,
    requestHandler: {
      handle: async () => {
        if (canned instanceof Error) throw canned;
        const { status, headers = {}, body = '' } = canned;
        return { response: { statusCode: status, headers, body: new TextEncoder().encode(body) } };
      },
    },
  };
}

/** An error of the JSON protocols (DynamoDB, Step Functions, Secrets Manager, SES v2). */
export const jsonError = (
  status: number,
  type: string,
  message = `${type} from the fake`,
): CannedResponse => ({
  status,
  headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': type },
  body: JSON.stringify({ __type: type, message }),
});

/** An error of S3's REST-XML protocol. */
export const xmlError = (
  status: number,
  code: string,
  message = `${code} from the fake`,
): CannedResponse => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body: `<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
});

/** A socket failure as Node's HTTP client raises it. */
export const networkError = (code: string, message = `${code.toLowerCase()} from the fake`) =>
  Object.assign(new Error(message), { code });
