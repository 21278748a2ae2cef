// The web portal: a private bucket served only through CloudFront (origin access control), with SPA routing.
import { Aws, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import {
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { DeployConfig } from '../config.ts';
import { createDataBucket, createLogBucket } from '../constructs/buckets.ts';
import { acknowledge } from '../nag.ts';

export interface WebStackProps extends StackProps {
  config: DeployConfig;
}

/**
 * What the portal's pages may load and call: its own files, the API, Cognito's sign-in domain (the token exchange)
 * and the uploads bucket (presigned POSTs), all in the stage's region; no frames, no plug-ins, no inline script.
 * Charts set inline style attributes, hence style-src 'unsafe-inline'.
 */
export function contentSecurityPolicy(region: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' https://*.execute-api.${region}.amazonaws.com https://*.auth.${region}.amazoncognito.com https://*.s3.${region}.amazonaws.com https://*.s3.amazonaws.com`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' https://*.auth.${region}.amazoncognito.com`,
  ].join('; ');
}

export class WebStack extends Stack {
  readonly portalBucket: Bucket;
  readonly distribution: Distribution;
  /** https://<distribution domain>; the API's CORS, the uploads bucket's CORS and e-mail links all use it. */
  readonly portalOrigin: string;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const { prefix, logRetention } = props.config;
    const logBucket = createLogBucket(this, {
      prefix,
      purpose: 'web-logs',
      retentionDays: logRetention,
      acls: true,
    });
    this.portalBucket = createDataBucket(this, 'Portal', { prefix, purpose: 'portal', logBucket });

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `${prefix} portal: CSP, HSTS, no framing, no sniffing`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(Aws.REGION), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${prefix} web portal`,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.portalBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: securityHeaders,
      },
      defaultRootObject: 'index.html',
      // The portal routes in the browser: an unknown path must return the app, which then shows its own 404.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.minutes(5),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Pilot cities are worldwide, but the secretariat is in Europe; PriceClass_100 keeps costs low and latency acceptable.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cloudfront/',
    });
    acknowledge(this.distribution, {
      'AwsSolutions-CFR1':
        'The portal serves cities in every country of the pilot; no geography may be excluded.',
      'AwsSolutions-CFR2':
        'The distribution serves only static files; the public API routes are rate-limited on the HTTP API itself (decision 0022), and a WAF would cost more than the whole pilot.',
      'AwsSolutions-CFR4':
        'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, which allows TLSv1; docs/deploy.md adds a domain with TLSv1.2_2021.',
    });
    this.portalOrigin = `https://${this.distribution.distributionDomainName}`;
  }
}
