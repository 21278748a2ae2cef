// The web portal: a private bucket served only through CloudFront (origin access control), with SPA routing.
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Distribution, HttpVersion, PriceClass, ViewerProtocolPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { DeployConfig } from '../config.ts';
import { createDataBucket, createLogBucket } from '../constructs/buckets.ts';
import { acknowledge } from '../nag.ts';

export interface WebStackProps extends StackProps {
  config: DeployConfig;
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

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${prefix} web portal`,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.portalBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
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
        'The distribution serves only static files; the API is behind Cognito JWT and a WAF would cost more than the whole pilot.',
      'AwsSolutions-CFR4':
        'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, which allows TLSv1; docs/deploy.md adds a domain with TLSv1.2_2021.',
    });
    this.portalOrigin = `https://${this.distribution.distributionDomainName}`;
  }
}
